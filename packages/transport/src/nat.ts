// Reaching devices behind NATs (docs/sync.md): AutoNAT, circuit relay v2, DCUtR, QUIC.
import type { AbortOptions, Connection, Libp2p, PeerId, Stream } from '@libp2p/interface'
import { multiaddr, type Multiaddr } from '@multiformats/multiaddr'

/** How many reservations a relay holds at once (one per peer: a peer refreshes its own). */
export const RELAY_MAX_RESERVATIONS = 128
/**
 * Bytes a relayed connection may carry, both directions together, before the relay resets it:
 * the default fetch limit (64 MiB), so one clone of a conversation at the limit fits in one
 * relayed connection. A reset connection is dialed again (a fresh allowance).
 */
export const RELAY_DATA_LIMIT_BYTES = 64 * 1024 * 1024
/** How long a relayed connection may stay open, ms (then the relay resets it; DCUtR has usually replaced it by then). */
export const RELAY_DURATION_LIMIT_MS = 10 * 60_000
/** How long a reservation lasts before its holder must refresh it, ms. */
export const RELAY_RESERVATION_TTL_MS = 60 * 60_000
/**
 * Relayed connections a peer may open through the relay at once (hop streams per connection),
 * and relayed connections the relay opens to one reserving peer at once (stop streams).
 */
export const RELAY_MAX_HOP_STREAMS_PER_PEER = 16
export const RELAY_MAX_STOP_STREAMS_PER_PEER = 64

/** The relay server's limits, as `circuitRelayServer()` takes them. */
export interface RelayLimits {
  maxReservations: number
  dataLimitBytes: number
  durationLimitMs: number
  reservationTtlMs: number
  maxHopStreamsPerPeer: number
  maxStopStreamsPerPeer: number
}

/** Skarm's relay limits (docs/sync.md, "Reaching devices behind NATs"). */
export const RELAY_LIMITS: RelayLimits = {
  maxReservations: RELAY_MAX_RESERVATIONS,
  dataLimitBytes: RELAY_DATA_LIMIT_BYTES,
  durationLimitMs: RELAY_DURATION_LIMIT_MS,
  reservationTtlMs: RELAY_RESERVATION_TTL_MS,
  maxHopStreamsPerPeer: RELAY_MAX_HOP_STREAMS_PER_PEER,
  maxStopStreamsPerPeer: RELAY_MAX_STOP_STREAMS_PER_PEER
}

/**
 * Stream options of every Skarm protocol: allowed on a limited (relayed) connection too. The
 * relay carries Noise-encrypted bytes between the two devices; it sees no content.
 */
export const ON_LIMITED = { runOnLimitedConnection: true } as const

/**
 * Opens a stream of `protocol` to a peer on a connection we have: a direct one first, else a
 * relayed (limited) one. libp2p's own `dialProtocol` ignores limited connections and dials the
 * peer again (through the relay, a new relayed connection per stream); only with no open
 * connection at all is the peer dialed.
 */
export async function openStream (lib: Pick<Libp2p, 'getConnections' | 'dialProtocol'>, peer: PeerId, protocol: string, options: AbortOptions = {}): Promise<Stream> {
  const open = lib.getConnections(peer).filter((c) => c.status === 'open')
  const best = open.find((c) => c.limits === undefined) ?? open[0]
  if (best !== undefined) {
    try {
      return await best.newStream(protocol, { ...options, ...ON_LIMITED })
    } catch (err) {
      // the connection closed under us: dial instead; anything else (protocol refused) is the answer
      if (best.status === 'open' || options.signal?.aborted === true) throw err
    }
  }
  return await lib.dialProtocol(peer, protocol, { ...options, ...ON_LIMITED })
}

/** Is this address relayed (`…/p2p-circuit…`)? */
export function isCircuit (addr: Multiaddr | string): boolean {
  const ma = typeof addr === 'string' ? multiaddr(addr) : addr
  return ma.getComponents().some((c) => c.name === 'p2p-circuit')
}

/** Is this connection relayed (limited by a relay)? */
export function isRelayed (conn: Pick<Connection, 'remoteAddr' | 'limits'>): boolean {
  return conn.limits !== undefined || isCircuit(conn.remoteAddr)
}

/**
 * The relays of our `/p2p-circuit` addresses: the peer id just before `/p2p-circuit`, i.e. the
 * relays we hold a reservation on.
 */
export function relaysOf (addrs: Array<Multiaddr | string>): string[] {
  const out = new Set<string>()
  for (const a of addrs) {
    const comps = (typeof a === 'string' ? multiaddr(a) : a).getComponents()
    const i = comps.findIndex((c) => c.name === 'p2p-circuit')
    const relay = i > 0 ? comps[i - 1] : undefined
    if (relay?.name === 'p2p' && relay.value !== undefined) out.add(relay.value)
  }
  return [...out]
}

/** How many relays a device reserves a slot on (each a connected peer speaking the HOP protocol). */
export const RELAY_RESERVATIONS_WANTED = 2

/**
 * The listen addresses of a transport node: `listen`, plus with `quic` a sibling
 * `/ip4|ip6/X/udp/P/quic-v1` of every `/ip4|ip6/X/tcp/P` (same port number; 0 stays 0).
 */
export function transportListen (listen: string[], opts: { quic?: boolean } = {}): string[] {
  const out: string[] = []
  for (const a of listen) {
    if (!out.includes(a)) out.push(a)
    if (opts.quic !== true) continue
    const m = /^\/(ip4|ip6)\/([^/]+)\/tcp\/(\d+)$/.exec(a)
    if (m === null) continue
    const sibling = `/${m[1]}/${m[2]}/udp/${m[3]}/quic-v1`
    if (!listen.includes(sibling) && !out.includes(sibling)) out.push(sibling)
  }
  return out
}

/** Whether another network can reach us directly. */
export type Reachability = 'public' | 'nat' | 'unknown'

/** An address as libp2p's address manager reports it. */
export interface AddressInfo {
  multiaddr: Multiaddr
  /** Confirmed dialable (AutoNAT for public addresses; private ones count as verified). */
  verified: boolean
}

/**
 * IPv4 ranges libp2p treats as private (`@libp2p/utils` isPrivate): AutoNAT never verifies
 * them and DCUtR never punches towards them. Documentation ranges (TEST-NET-1/2/3) and the
 * benchmarking range are among them.
 */
const PRIVATE_V4: Array<[string, number]> = [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.31.196.0', 24], ['192.52.193.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16],
  ['192.175.48.0', 24], ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24], ['240.0.0.0', 4], ['255.255.255.255', 32]
]

function v4 (ip: string): number | undefined {
  const p = ip.split('.')
  if (p.length !== 4 || !p.every((x) => /^\d{1,3}$/.test(x) && Number(x) < 256)) return undefined
  return p.reduce((n, x) => n * 256 + Number(x), 0)
}

/** Is this IP address private, loopback, link-local, reserved or carrier-grade NAT (as libp2p counts them)? */
export function isPrivateIp (ip: string): boolean {
  const s = ip.toLowerCase()
  if (s.includes(':')) {
    if (s.startsWith('::ffff:') && s.includes('.')) return isPrivateIp(s.slice(7))
    return s === '::1' || s === '::' || /^f[cd]/.test(s) || /^fe[89ab]/.test(s)
  }
  const n = v4(s)
  if (n === undefined) return false
  return PRIVATE_V4.some(([base, bits]) => Math.floor(n / 2 ** (32 - bits)) === Math.floor(v4(base)! / 2 ** (32 - bits)))
}

function hostOf (addr: Multiaddr): string | undefined {
  const c = addr.getComponents()[0]
  return c !== undefined && (c.name === 'ip4' || c.name === 'ip6') ? c.value : undefined
}

/**
 * Our reachability from our addresses: `public` once a direct address with a public IP is
 * verified (AutoNAT: peers dialed it back); `nat` when every direct address is private (the
 * device sits behind a NAT, or on a LAN only) or we listen through a relay only; `unknown`
 * while public candidates wait for AutoNAT's verdict.
 */
export function reachabilityOf (addrs: AddressInfo[]): Reachability {
  const direct = addrs.filter((a) => !isCircuit(a.multiaddr) && hostOf(a.multiaddr) !== undefined)
  const publicAddrs = direct.filter((a) => !isPrivateIp(hostOf(a.multiaddr)!))
  if (publicAddrs.some((a) => a.verified)) return 'public'
  if (publicAddrs.length === 0) return 'nat'
  return 'unknown'
}

/** The network view of a transport node (status, health). */
export interface NetworkStatus {
  reachability: Reachability
  /** Peer ids of the relays we hold a reservation on. */
  relays: string[]
  /** Our `/p2p-circuit` addresses. */
  relayAddresses: string[]
  /** Whether this node serves as a relay. */
  relayServer: boolean
  /** Reservations held on us (as a relay). */
  reservationsServed: number
  /** Open connections: direct and relayed. */
  directConnections: number
  relayedConnections: number
  /** Whether QUIC is listened on. */
  quic: boolean
}
