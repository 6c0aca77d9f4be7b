// Reaching devices behind NATs (docs/sync.md): AutoNAT, circuit relay v2, DCUtR, QUIC.
import type { Connection } from '@libp2p/interface'
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

/**
 * The listen addresses of a transport node: `listen`, plus with `quic` a sibling
 * `/ip4|ip6/X/udp/P/quic-v1` of every `/ip4|ip6/X/tcp/P` (same port number; 0 stays 0), plus
 * with `reserve` one `/p2p-circuit` (libp2p then reserves a slot on a relay it is connected to).
 */
export function transportListen (listen: string[], opts: { quic?: boolean, reserve?: boolean } = {}): string[] {
  const out: string[] = []
  for (const a of listen) {
    if (!out.includes(a)) out.push(a)
    if (opts.quic !== true) continue
    const m = /^\/(ip4|ip6)\/([^/]+)\/tcp\/(\d+)$/.exec(a)
    if (m === null) continue
    const sibling = `/${m[1]}/${m[2]}/udp/${m[3]}/quic-v1`
    if (!listen.includes(sibling) && !out.includes(sibling)) out.push(sibling)
  }
  if (opts.reserve === true && !out.includes('/p2p-circuit')) out.push('/p2p-circuit')
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

/** Is this IP address private, loopback, link-local or carrier-grade NAT (not reachable from the internet)? */
export function isPrivateIp (ip: string): boolean {
  if (ip.includes(':')) {
    const s = ip.toLowerCase()
    if (s === '::1' || s === '::') return true
    if (s.startsWith('::ffff:')) return isPrivateIp(s.slice(7))
    return /^f[cd]/.test(s) || /^fe[89ab]/.test(s)
  }
  const p = ip.split('.').map(Number)
  if (p.length !== 4 || p.some((n) => !Number.isInteger(n))) return false
  const [a, b] = p as [number, number, number, number]
  return a === 10 || a === 127 || a === 0 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) ||
    (a === 169 && b === 254) || (a === 100 && b >= 64 && b <= 127)
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
