import net from 'node:net'
import { tcp, type TCPOptions, type TCPComponents } from '@libp2p/tcp'
import type { Listener, Transport } from '@libp2p/interface'
import { multiaddr, type Multiaddr } from '@multiformats/multiaddr'
import { isPrivateIp } from './nat.ts'
import { overriding } from './override.ts'

// TCP hole punching needs what a home router remembers: a device behind a NAT that dials out
// from its listening port gets a mapping (router address, that port) which the router opens to
// the peers it dialed. @libp2p/tcp dials from a new ephemeral port every time, so the address a
// relay observes leads nowhere, and DCUtR has nothing to offer. Here dials towards public
// addresses leave from the listening port (SO_REUSEPORT on the listener and on the dialing
// socket), and DCUtR's Connect message carries the address a public peer observed for that
// port. Two devices behind two such routers then reach each other directly by TCP simultaneous
// open (DCUtR's responder acts as the multistream-select server: see PunchResponders).

/** How many observed addresses DCUtR offers at most (the newest first). */
export const PUNCH_MAX_OBSERVED = 4

interface TcpHandle {
  bind: (host: string, port: number, flags: number) => number
  bind6: (host: string, port: number, flags: number) => number
  close: () => void
}

interface TcpWrap {
  TCP: new (type: number) => TcpHandle
  constants: { SOCKET: number, UV_TCP_REUSEPORT?: number }
}

/**
 * Node's TCP handle, which takes SO_REUSEPORT on bind (what `server.listen({ reusePort })` uses):
 * `net.connect` has no such option. Undefined where this Node has none (dials then use an
 * ephemeral port, as before). Looked up once.
 */
let wrapLookedUp = false
let wrapFound: TcpWrap | undefined
function tcpWrap (): TcpWrap | undefined {
  if (wrapLookedUp) return wrapFound
  wrapLookedUp = true
  try {
    const wrap = (process as unknown as { binding: (name: string) => TcpWrap }).binding('tcp_wrap')
    wrapFound = wrap.constants.UV_TCP_REUSEPORT === undefined ? undefined : wrap
  } catch {}
  return wrapFound
}

/** A TCP handle bound to `port` on every address of `family`, shared with our listener; undefined if the bind fails. */
export function reusePortHandle (family: 4 | 6, port: number): TcpHandle | undefined {
  const wrap = tcpWrap()
  if (wrap === undefined) return undefined
  const handle = new wrap.TCP(wrap.constants.SOCKET)
  const flags = wrap.constants.UV_TCP_REUSEPORT!
  const err = family === 4 ? handle.bind('0.0.0.0', port, flags) : handle.bind6('::', port, flags)
  if (err !== 0) {
    handle.close()
    return undefined
  }
  return handle
}

/** The IP family, host and port of a `/ip4|ip6/H/tcp/P` address (undefined for others). */
export function tcpEndpoint (addr: Multiaddr): { family: 4 | 6, host: string, port: number } | undefined {
  const [ip, proto] = addr.getComponents()
  if (ip === undefined || proto?.name !== 'tcp' || ip.value === undefined || proto.value === undefined) return undefined
  if (ip.name !== 'ip4' && ip.name !== 'ip6') return undefined
  return { family: ip.name === 'ip4' ? 4 : 6, host: ip.value, port: Number(proto.value) }
}

/** The TCP ports our listeners listen on, by family. */
function listeningPorts (listeners: Listener[]): Map<4 | 6, number> {
  const ports = new Map<4 | 6, number>()
  for (const l of listeners) {
    for (const a of l.getAddrs()) {
      const e = tcpEndpoint(a)
      if (e !== undefined && !ports.has(e.family)) ports.set(e.family, e.port)
    }
  }
  return ports
}

/** A dial that fell on a connection already open between the same two ports (or one closing): it is retried from an ephemeral port. */
function portClash (err: unknown): boolean {
  const code = (err as { code?: string } | undefined)?.code
  return code === 'EADDRNOTAVAIL' || code === 'EADDRINUSE'
}

type Connect = (ma: Multiaddr, options: Record<string, unknown>) => Promise<net.Socket>

function endpointKey (e: { host: string, port: number }): string {
  return `${e.host}/${e.port}`
}

/**
 * The TCP addresses DCUtR is dialing as the responder. In a simultaneous open both devices dial,
 * and one connection comes out: DCUtR asks its responder's dial for `initiator: false` (act as
 * the multistream-select server, Noise responder), but libp2p 3.3.11's dial queue keeps only a
 * few options of a dial and drops that one, so both sides started Noise as initiators and the
 * handshake failed ("handshake stage 1 validation fail"). The transport reads it from here.
 */
export class PunchResponders {
  readonly #pending = new Map<string, number>()

  /** While `dial` runs, dials to these addresses act as the responder. */
  async during<T> (addrs: Multiaddr[], dial: () => Promise<T>): Promise<T> {
    const keys = addrs.map(tcpEndpoint).filter((e) => e !== undefined).map(endpointKey)
    for (const k of keys) this.#pending.set(k, (this.#pending.get(k) ?? 0) + 1)
    try {
      return await dial()
    } finally {
      for (const k of keys) {
        const n = (this.#pending.get(k) ?? 1) - 1
        if (n <= 0) this.#pending.delete(k)
        else this.#pending.set(k, n)
      }
    }
  }

  has (e: { host: string, port: number }): boolean {
    return this.#pending.has(endpointKey(e))
  }
}

/**
 * Dial options of a connection we open as DCUtR's responder: the upgrader runs Noise as the
 * responder (`initiator: false`), and the connection reads as inbound, so Yamux takes the
 * server's side too (it looks at the direction of the connection: "Both endpoints are
 * clients" otherwise).
 */
export function asResponder (options: Record<string, unknown>): void {
  options.initiator = false
  const upgrader = options.upgrader as { upgradeOutbound: (maConn: { direction: string }, opts: unknown) => Promise<unknown> } | undefined
  if (upgrader === undefined) return
  options.upgrader = overriding(upgrader, {
    upgradeOutbound: async (maConn: { direction: string }, opts: unknown) => {
      maConn.direction = 'inbound'
      return await upgrader.upgradeOutbound(maConn, opts)
    }
  })
}

/** Options of {@link reusePortTcp}. */
export interface ReusePortInit {
  /** DCUtR's responder dials (see {@link PunchResponders}). */
  responders?: PunchResponders
  /** Whether a dial to this host leaves from the listening port. Default: public hosts ({@link isPrivateIp} false). */
  reuseTowards?: (host: string) => boolean
}

/**
 * `@libp2p/tcp` whose listeners set SO_REUSEPORT and whose dials to public addresses leave from
 * the listening port. Dials to private, loopback and link-local addresses (a LAN, this
 * machine) keep an ephemeral port: no NAT stands between, and two devices dialing each other
 * at once from their listening ports would meet as one connection with two initiators.
 */
export function reusePortTcp (init: TCPOptions = {}, opts: ReusePortInit = {}): (components: TCPComponents) => Transport {
  const { responders } = opts
  const reuseTowards = opts.reuseTowards ?? ((host: string) => !isPrivateIp(host))
  // reusePort reaches server.listen (Node ≥ 22.12) through the listener's options
  const listenOpts = { ...init.listenOpts, reusePort: true } as TCPOptions['listenOpts']
  const factory = tcp({ ...init, listenOpts })
  return (components) => {
    const transport = factory(components)
    // @libp2p/tcp 11.0.28's TCP class: dial() opens its socket through _connect(ma, options),
    // which passes options on to net.connect (a pre-bound handle among them)
    const inner = transport as unknown as { _connect: Connect, createListener: Transport['createListener'] }
    const listeners = new Set<Listener>()
    const createListener = inner.createListener.bind(transport)
    inner.createListener = (options) => {
      const listener = createListener(options)
      listeners.add(listener)
      listener.addEventListener('close', () => listeners.delete(listener))
      return listener
    }
    const connect = inner._connect.bind(transport)
    inner._connect = async (ma, options) => {
      const to = tcpEndpoint(ma)
      // dial() hands these same options to the upgrader after _connect
      if (to !== undefined && responders?.has(to) === true) asResponder(options)
      const port = to === undefined || !reuseTowards(to.host) ? undefined : listeningPorts([...listeners]).get(to.family)
      const handle = port === undefined ? undefined : reusePortHandle(to!.family, port)
      if (handle === undefined) return await connect(ma, options)
      try {
        return await connect(ma, { ...options, handle, manualStart: true })
      } catch (err) {
        if (!portClash(err)) throw err
        return await connect(ma, options)
      }
    }
    return transport
  }
}

interface PunchComponents {
  addressManager: { getAddresses: () => Multiaddr[] }
  connectionManager: { openConnection: (target: any, options?: any) => Promise<any> }
  transportManager: { getListeners: () => Listener[] }
  events: EventTarget
  peerId: { toString: () => string }
}

/**
 * The addresses public peers observed us at over TCP, when the port is our listening one (the
 * router kept it: the mapping peers can punch through), newest first, at most
 * {@link PUNCH_MAX_OBSERVED}. libp2p's identify ignores observed TCP addresses, and AutoNAT
 * cannot confirm them behind a router that drops what it did not ask for, so libp2p never
 * offers them.
 */
export class ObservedTcp {
  readonly #seen = new Map<string, Multiaddr>()
  readonly #listeningPort: (family: 4 | 6) => number | undefined

  constructor (listeningPort: (family: 4 | 6) => number | undefined) {
    this.#listeningPort = listeningPort
  }

  /** An observed address reported by a peer's identify. */
  note (observed: Multiaddr | undefined): void {
    if (observed === undefined) return
    const e = tcpEndpoint(observed)
    if (e === undefined || isPrivateIp(e.host) || this.#listeningPort(e.family) !== e.port) return
    const addr = multiaddr(`/${e.family === 4 ? 'ip4' : 'ip6'}/${e.host}/tcp/${e.port}`)
    const key = addr.toString()
    this.#seen.delete(key)
    this.#seen.set(key, addr)
    while (this.#seen.size > PUNCH_MAX_OBSERVED) this.#seen.delete(this.#seen.keys().next().value!)
  }

  /** Newest first. */
  addresses (): Multiaddr[] {
    return [...this.#seen.values()].reverse()
  }
}

/**
 * DCUtR's components: the address manager also offers the TCP addresses public peers observed
 * (see {@link ObservedTcp}) in DCUtR's Connect message, and the responder's dials are marked in
 * `responders` (see {@link PunchResponders}). Nothing else sees the observed addresses: they
 * are not announced, since no one can dial them without punching.
 */
export function punchComponents<C extends PunchComponents> (components: C, responders: PunchResponders): C {
  const observed = new ObservedTcp((family) => listeningPorts(components.transportManager.getListeners()).get(family))
  components.events.addEventListener('peer:identify', (evt) => {
    observed.note((evt as CustomEvent<{ observedAddr?: Multiaddr }>).detail?.observedAddr)
  })
  const manager = components.addressManager
  const withObserved = overriding(manager, {
    getAddresses: () => {
      const own = manager.getAddresses()
      const known = new Set(own.map((a) => a.toString()))
      const extra = observed.addresses()
        .map((a) => a.encapsulate(`/p2p/${components.peerId.toString()}`))
        .filter((a) => !known.has(a.toString()))
      return [...own, ...extra]
    }
  })
  const dials = components.connectionManager
  const marked = overriding(dials, {
    openConnection: async (peer: unknown, options?: { initiator?: boolean }) => {
      if (options?.initiator !== false) return await dials.openConnection(peer, options)
      const addrs = (Array.isArray(peer) ? peer : [peer]).filter((a): a is Multiaddr => typeof (a as Multiaddr)?.getComponents === 'function')
      return await responders.during(addrs, async () => await dials.openConnection(peer, options))
    }
  })
  return overriding(components, { addressManager: withObserved, connectionManager: marked })
}
