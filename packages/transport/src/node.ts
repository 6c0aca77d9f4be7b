import { createLibp2p } from 'libp2p'
import { tcp } from '@libp2p/tcp'
import { noise } from '@chainsafe/libp2p-noise'
import { yamux } from '@chainsafe/libp2p-yamux'
import { identify } from '@libp2p/identify'
import { ping } from '@libp2p/ping'
import { circuitRelayServer, circuitRelayTransport, RELAY_V2_HOP_CODEC, type CircuitRelayService } from '@libp2p/circuit-relay-v2'
import { autoNAT } from '@libp2p/autonat'
import { dcutr } from '@libp2p/dcutr'
import type { Identify } from '@libp2p/identify'
import type { Ping } from '@libp2p/ping'
import type { Connection, ConnectionGater, IdentifyResult, Libp2p, PeerDiscovery, PeerId, PeerInfo, PrivateKey, ServiceMap } from '@libp2p/interface'
import { multiaddr, type Multiaddr } from '@multiformats/multiaddr'
import { peerIdFromString } from '@libp2p/peer-id'
import type { ServiceFactoryMap, Libp2pOptions } from 'libp2p'
import type { Logger } from 'pino'
import { dialableAddresses } from './addresses.ts'
import { overriding } from './override.ts'
import { PunchResponders, punchComponents, reusePortTcp } from './punch.ts'
import { startBootstrapDialer, type BootstrapDialerInit } from './bootstrap.ts'
import { MDNS_SERVICE_TAG } from './constants.ts'
import type { DeviceCertificates, PeerIdentity } from './certs.ts'
import { handleHello, sayHello } from './hello.ts'
import { deviceIdOfPeer } from './keys.ts'
import { isCircuit, isRelayed, reachabilityOf, RELAY_LIMITS, RELAY_RESERVATIONS_WANTED, relaysOf, transportListen, type AddressInfo, type NetworkStatus, type RelayLimits } from './nat.ts'

/** The services every Skarm libp2p node runs. */
export interface BaseServices extends ServiceMap {
  identify: Identify
  ping: Ping
}

/** Options of {@link createLibp2pNode}. */
export interface Libp2pNodeInit<S extends ServiceMap> {
  privateKey: PrivateKey
  /** Listen multiaddrs, e.g. `/ip4/0.0.0.0/tcp/0`. */
  listen: string[]
  /** Addresses announced as they are, beside the listen ones (libp2p's `appendAnnounce`: no AutoNAT check). Default none. */
  announce?: string[]
  /** Services beyond identify and ping (kad-dht, …). */
  services?: { [K in keyof S]: (components: any) => S[K] }
  peerDiscovery?: Libp2pOptions['peerDiscovery']
  /** Which dials and connections libp2p refuses (default: none). */
  connectionGater?: ConnectionGater
  /** QUIC beside TCP (`@chainsafe/libp2p-quic`, loaded only then). Default false. */
  quic?: boolean
  /**
   * NAT traversal: the circuit relay transport (dial and listen through relays), AutoNAT and
   * DCUtR (hole punching). Default false.
   */
  nat?: boolean
  /** Serve as a circuit relay for others, with these limits (true: {@link RELAY_LIMITS}). Default false. */
  relay?: boolean | RelayLimits
}

/** What the address manager knows of our addresses, and listening on more (a tiny service that keeps those components). */
interface AddressesProbe {
  addresses: () => AddressInfo[]
  listen: (addrs: Multiaddr[]) => Promise<void>
}

type AutoNatComponents = Parameters<ReturnType<typeof autoNAT>>[0]

/**
 * The components of libp2p's AutoNAT service, with dials that always open a new connection.
 * Asked to dial a peer back at one of its addresses, the AutoNAT server (`@libp2p/autonat`
 * 3.0.28) calls `openConnection(addr)`, which answers the connection we already hold to that
 * address, and then closes it: a device connected to a public relay lost its link to the relay
 * (and its reservation) at every check the relay ran, several times a second while the relay
 * checked its addresses. With `force` the check dials apart and closes only its own connection,
 * as the AutoNAT protocol means it to.
 */
export function dialBackApart<C extends { connectionManager: { openConnection: (addr: any, options?: any) => Promise<any> } }> (components: C): C {
  const manager = components.connectionManager
  const forced = overriding(manager, {
    openConnection: async (addr: unknown, options?: Record<string, unknown>) => await manager.openConnection(addr, { ...options, force: true })
  })
  return overriding(components, { connectionManager: forced })
}

/** The `circuitRelayServer()` options of Skarm's limits. */
export function relayServerInit (limits: RelayLimits = RELAY_LIMITS): Parameters<typeof circuitRelayServer>[0] {
  return {
    maxInboundHopStreams: limits.maxHopStreamsPerPeer,
    maxOutboundStopStreams: limits.maxStopStreamsPerPeer,
    reservations: {
      maxReservations: limits.maxReservations,
      reservationTtl: limits.reservationTtlMs,
      applyDefaultLimit: true,
      // enforced by the relay in ms (libp2p's createLimitedRelay), both directions together
      defaultDurationLimit: limits.durationLimitMs,
      defaultDataLimit: BigInt(limits.dataLimitBytes)
    }
  }
}

/**
 * A started libp2p 3 node with Skarm's fixed stack: TCP, Noise (fresh ephemeral keys on
 * every connection: forward secrecy), Yamux, identify and ping, plus `services`.
 */
export async function createLibp2pNode<S extends ServiceMap = ServiceMap> (init: Libp2pNodeInit<S>): Promise<Libp2p<BaseServices & S>> {
  const extra: Record<string, (components: any) => unknown> = {}
  // behind a NAT, dials to public addresses leave from the listening port (see punch.ts)
  const responders = new PunchResponders()
  const transports: Libp2pOptions['transports'] = [init.nat === true ? reusePortTcp({}, { responders }) : tcp()]
  if (init.quic === true) {
    // loaded only when enabled: a TCP-only process never loads the native module
    const { quic } = await import('@chainsafe/libp2p-quic')
    transports.push(quic())
  }
  if (init.nat === true) {
    transports.push(circuitRelayTransport({ reservationCompletionTimeout: 10_000 }))
    // dial-backs on a connection of their own (see dialBackApart)
    const autonat = autoNAT()
    extra.autonat = (components: AutoNatComponents) => autonat(dialBackApart(components))
    // DCUtR's Connect also offers the TCP addresses public peers observed, and its responder dials as one (see punchComponents)
    const holePunch = dcutr()
    extra.dcutr = (components: Parameters<typeof holePunch>[0] & Parameters<typeof punchComponents>[0]) => holePunch(punchComponents(components, responders))
    extra.addressesProbe = (components: { addressManager: { getAddressesWithMetadata: () => AddressInfo[] }, transportManager: { listen: (addrs: Multiaddr[]) => Promise<void> } }): AddressesProbe => ({
      addresses: () => components.addressManager.getAddressesWithMetadata(),
      listen: async (addrs) => { await components.transportManager.listen(addrs) }
    })
  }
  if (init.relay !== undefined && init.relay !== false) extra.relay = circuitRelayServer(relayServerInit(init.relay === true ? RELAY_LIMITS : init.relay))
  const services = { identify: identify(), ping: ping(), ...extra, ...init.services } as unknown as ServiceFactoryMap<BaseServices & S>
  return await createLibp2p<BaseServices & S>({
    privateKey: init.privateKey,
    addresses: { listen: init.listen, appendAnnounce: init.announce ?? [] },
    transports,
    connectionEncrypters: [noise()],
    streamMuxers: [yamux()],
    peerDiscovery: init.peerDiscovery,
    connectionGater: init.connectionGater,
    services
  })
}

/** Options of {@link createTransportNode}. */
export interface TransportNodeInit {
  /** The device key as a libp2p key (`libp2pKeyFromSeed(rawPrivateKey(device.privateKey))`). */
  privateKey: PrivateKey
  /** Listen multiaddrs. */
  listen: string[]
  /** Multiaddrs dialed at start and redialed whenever they drop. Default none. */
  bootstrap?: string[]
  /** LAN discovery by mDNS; discovered peers are dialed. Default false. */
  mdns?: boolean
  logger: Logger
  /** Backoff of bootstrap redials. */
  bootstrapDialer?: BootstrapDialerInit
  /**
   * Serve as a circuit relay for other devices (true: {@link RELAY_LIMITS}). A node that is no
   * relay reserves a slot on relays it is connected to (a bootstrap peer or any peer speaking
   * the relay's HOP protocol) and advertises its `/p2p-circuit` address through them.
   * Default false.
   */
  relay?: boolean | RelayLimits
  /** QUIC beside TCP: every `/ip4|ip6/X/tcp/P` listen address gets a `/udp/P/quic-v1` sibling. Default false. */
  quic?: boolean
  /**
   * Addresses this device is reachable at that it cannot learn by itself (a public server's, a
   * forwarded port), announced as they are, with a QUIC sibling when `quic` is on. Default none.
   */
  announce?: string[]
  /** Refuses more connections than the node's own gater (tests: no direct dials between two nodes). */
  connectionGater?: ConnectionGater
  /** Called when a peer proved its device id over `/skarm/hello/1.0.0` (we answered its hello). */
  onHello?: (deviceId: string, peerId: PeerId) => void
  /**
   * Our device and account certificates: sent in every hello, so peers learn our account.
   * Without them peers know our device only and authorize us for nothing.
   */
  certificates?: DeviceCertificates
  /**
   * Decides whether a peer found by discovery (mDNS) is dialed (e.g. a connection manager's
   * routing tables). Default: every discovered peer is dialed.
   */
  dialDiscovered?: (peerId: PeerId) => boolean
}

/** A connected peer whose hello was checked. */
export interface KnownPeer extends PeerIdentity {
  peerId: PeerId
}

/** A connected peer as the bus reports it. */
export interface PeerSummary {
  peerId: string
  addresses: string[]
  /** Open connections to it: direct and relayed (through a circuit relay). */
  direct: number
  relayed: number
}

/** The device's transport node. */
export interface TransportNode {
  libp2p: Libp2p<BaseServices>
  peerId: PeerId
  /** Our device id, from the same key as the peer id. */
  deviceId: string
  /** Full dialable multiaddrs ending in `/p2p/<peerId>`, no wildcard hosts. */
  addresses: () => string[]
  /** Connected peers with the remote address of each connection. */
  peers: () => PeerSummary[]
  /** Reachability, relay reservations and direct/relayed connections (docs/sync.md, "Reaching devices behind NATs"). */
  network: () => NetworkStatus
  /** Peer ids of the relays we hold a reservation on (never closed by routing). */
  relayPeers: () => string[]
  /** Hello exchange with a peer: its device id (and account), proven by the connection. */
  hello: (peer: PeerId | Multiaddr) => Promise<PeerIdentity>
  /** The checked identity of a connected peer, once its hello is done. */
  identityOf: (peerId: PeerId | string) => KnownPeer | undefined
  /** Every connected peer whose hello is done. */
  knownPeers: () => KnownPeer[]
  /**
   * Calls `fn` each time a connection's hello completes (either side's hello: the dialer
   * says hello on every outbound connection, the listener answers). Returns the unsubscribe.
   */
  onPeer: (fn: (peer: KnownPeer) => void) => () => void
  /** Peer ids of the bootstrap peers (from `/p2p/` in their addresses, or learned when dialed). */
  bootstrapPeers: () => string[]
  /**
   * Refuses a peer (docs/sync.md, "Bans and revocations"): its connections are closed now, and
   * until {@link TransportNode.allowPeer} a connection gater denies every dial to it (routing,
   * mDNS, bootstrap, offline delivery alike) and every connection from it (once Noise proved
   * its key, before any stream); discovery skips it.
   */
  refusePeer: (peerId: PeerId) => Promise<void>
  /** Lifts a refusal: the peer may be dialed and may connect again. */
  allowPeer: (peerId: PeerId | string) => void
  /** True while the peer (its peer id) is refused. */
  isRefused: (peerId: PeerId | string) => boolean
  /** True while the device (its device id) is refused. */
  isDeviceRefused: (deviceId: string) => boolean
  /** The refused peers: peer ids. */
  refusedPeers: () => string[]
  stop: () => Promise<void>
}

/**
 * Starts the device's libp2p node: its peer id is the device key, so every connection
 * authenticates a device. Bootstrap peers are dialed and kept; with `mdns`, peers found
 * on the LAN are dialed (mDNS only discovers).
 */
export async function createTransportNode (init: TransportNodeInit): Promise<TransportNode> {
  const logger = init.logger
  const peerDiscovery: Array<(components: any) => PeerDiscovery> = []
  if (init.mdns === true) {
    // Loaded only when enabled: a process started with --no-mdns never loads it.
    const { mdns } = await import('@libp2p/mdns')
    peerDiscovery.push(mdns({ serviceTag: MDNS_SERVICE_TAG }))
  }
  // refused peers (peer ids, and their device ids): a ban or a revocation left them allowed
  // nowhere here
  const refused = new Set<string>()
  const refusedDevices = new Set<string>()
  const denied = (peerId: PeerId): boolean => refused.has(peerId.toString())
  const extraGater = init.connectionGater ?? {}
  const connectionGater: ConnectionGater = {
    ...extraGater,
    denyDialPeer: async (peerId) => denied(peerId) || (await extraGater.denyDialPeer?.(peerId)) === true,
    denyInboundEncryptedConnection: async (peerId, conn) => denied(peerId) || (await extraGater.denyInboundEncryptedConnection?.(peerId, conn)) === true,
    denyOutboundEncryptedConnection: async (peerId, conn) => denied(peerId) || (await extraGater.denyOutboundEncryptedConnection?.(peerId, conn)) === true
  }
  const relayServer = init.relay !== undefined && init.relay !== false
  const quic = init.quic === true
  const listen = transportListen(init.listen, { quic })
  const announce = transportListen(init.announce ?? [], { quic })
  const node = await createLibp2pNode({ privateKey: init.privateKey, listen, announce, peerDiscovery, connectionGater, nat: true, quic, relay: init.relay })
  const services = node.services as unknown as { addressesProbe?: AddressesProbe, relay?: CircuitRelayService }
  const deviceId = deviceIdOfPeer(node.peerId)
  if (deviceId === undefined) {
    await node.stop()
    throw new TypeError('the transport key must be Ed25519')
  }

  const known = new Map<string, KnownPeer>()
  const listeners = new Set<(peer: KnownPeer) => void>()
  const learn = (identity: PeerIdentity, peerId: PeerId): void => {
    if (node.getConnections(peerId).length === 0) return
    // refused while its hello was under way: not learned, its connection goes
    if (denied(peerId)) {
      node.hangUp(peerId).catch(() => {})
      return
    }
    const peer: KnownPeer = { ...identity, peerId }
    known.set(peerId.toString(), peer)
    for (const fn of [...listeners]) {
      try {
        fn(peer)
      } catch (err) {
        logger.warn({ err: (err as Error).message }, 'peer listener failed')
      }
    }
  }

  await handleHello(node, {
    deviceId,
    certificates: init.certificates,
    logger,
    onHello: (remote, connection) => {
      init.onHello?.(remote.deviceId, connection.remotePeer)
      learn(remote, connection.remotePeer)
    }
  })

  // Bootstrap peers by peer id: named in the address, or learned from the address we dialed.
  const bootstrapIds = new Set<string>()
  const bootstrapAddrs = new Set<string>()
  for (const a of init.bootstrap ?? []) {
    const addr = multiaddr(a)
    const id = addr.getComponents().findLast((c) => c.name === 'p2p')?.value
    if (id !== undefined) bootstrapIds.add(id)
    bootstrapAddrs.add(withoutPeer(addr))
  }

  // The dialer of a connection says hello; the listener answers: both learn each other.
  const onOpen = (evt: CustomEvent<Connection>): void => {
    const conn = evt.detail
    // a direct connection to a peer we reach through a relay: DCUtR's upgrade (hole punched, or
    // a public address of the peer dialed); new streams take it, the relayed one ends at its limits
    if (!isRelayed(conn) && node.getConnections(conn.remotePeer).some((c) => c !== conn && isRelayed(c))) {
      logger.info({ peer: conn.remotePeer.toString(), address: conn.remoteAddr.toString(), direction: conn.direction }, 'direct connection to a peer reached through a relay')
    }
    if (conn.direction !== 'outbound') return
    if (bootstrapAddrs.has(withoutPeer(conn.remoteAddr))) bootstrapIds.add(conn.remotePeer.toString())
    sayHello(node, conn, deviceId, { certificates: init.certificates })
      .then((identity) => { learn(identity, conn.remotePeer) })
      .catch((err: Error) => { logger.debug({ peer: conn.remotePeer.toString(), err: err.message }, 'hello on a new connection failed') })
  }
  node.addEventListener('connection:open', onOpen)
  const onGone = (evt: CustomEvent<PeerId>): void => { known.delete(evt.detail.toString()) }
  node.addEventListener('peer:disconnect', onGone)

  const onDiscovery = (evt: CustomEvent<PeerInfo>): void => {
    const peer = evt.detail
    if (peer.id.equals(node.peerId) || node.getConnections(peer.id).length > 0 || denied(peer.id)) return
    if (init.dialDiscovered !== undefined && !init.dialDiscovered(peer.id)) return
    logger.debug({ peer: peer.id.toString() }, 'mdns peer discovered, dialing')
    node.dial(peer.multiaddrs.length > 0 ? peer.multiaddrs : peer.id).catch((err: Error) => {
      logger.debug({ peer: peer.id.toString(), err: err.message }, 'dial of discovered peer failed')
    })
  }
  node.addEventListener('peer:discovery', onDiscovery)
  const onConnect = (evt: CustomEvent<PeerId>): void => { logger.debug({ peer: evt.detail.toString() }, 'peer connected') }
  node.addEventListener('peer:connect', onConnect)

  // Relay reservations (docs/sync.md, "Reaching devices behind NATs"): a connected peer that
  // speaks the relay's HOP protocol (a device run with --relay, typically a bootstrap peer) gets
  // a reservation request, up to RELAY_RESERVATIONS_WANTED relays; our /p2p-circuit address
  // through it is then advertised. Done here rather than by listening on a bare /p2p-circuit:
  // libp2p's relay search would dial every discovered peer (mDNS) while it lacks a relay,
  // bypassing the routing tables. A relay that dropped is reserved on again when it reconnects.
  const reserving = new Set<string>()
  const onIdentify = (evt: CustomEvent<IdentifyResult>): void => {
    const { peerId, protocols, connection } = evt.detail
    if (relayServer || !protocols.includes(RELAY_V2_HOP_CODEC) || isRelayed(connection) || denied(peerId)) return
    const id = peerId.toString()
    const held = relaysOf(node.getMultiaddrs())
    if (held.includes(id) || held.length + reserving.size >= RELAY_RESERVATIONS_WANTED || reserving.has(id)) return
    reserving.add(id)
    const target = multiaddr(`${withoutPeer(connection.remoteAddr)}/p2p/${id}/p2p-circuit`)
    logger.debug({ relay: id }, 'reserving a slot on a relay')
    ;(services.addressesProbe?.listen([target]) ?? Promise.resolve())
      .then(() => { logger.info({ relay: id, addresses: relaysOf(node.getMultiaddrs()).includes(id) ? dialableAddresses(node.getMultiaddrs(), node.peerId).filter((a) => isCircuit(a)) : [] }, 'relay reservation made') })
      .catch((err: Error) => { logger.debug({ relay: id, err: err.message }, 'relay reservation failed') })
      .finally(() => { reserving.delete(id) })
  }
  node.addEventListener('peer:identify', onIdentify)

  const dialer = startBootstrapDialer(node, init.bootstrap ?? [], logger.child({ component: 'bootstrap' }), init.bootstrapDialer)
  logger.info({ peerId: node.peerId.toString() }, 'transport node started')

  return {
    libp2p: node,
    peerId: node.peerId,
    deviceId,
    addresses: () => dialableAddresses(node.getMultiaddrs(), node.peerId),
    peers: () => {
      const byPeer = new Map<string, PeerSummary>()
      for (const conn of node.getConnections()) {
        const id = conn.remotePeer.toString()
        const peer = byPeer.get(id) ?? { peerId: id, addresses: [], direct: 0, relayed: 0 }
        const addr = conn.remoteAddr.toString()
        if (!peer.addresses.includes(addr)) peer.addresses.push(addr)
        if (isRelayed(conn)) peer.relayed++
        else peer.direct++
        byPeer.set(id, peer)
      }
      return [...byPeer.values()]
    },
    network: () => {
      const own = node.getMultiaddrs()
      const conns = node.getConnections().filter((c) => c.status === 'open')
      const relayed = conns.filter((c) => isRelayed(c)).length
      return {
        reachability: reachabilityOf(services.addressesProbe?.addresses() ?? []),
        relays: relaysOf(own),
        relayAddresses: own.filter((a) => isCircuit(a)).map((a) => a.toString()),
        relayServer,
        reservationsServed: services.relay?.reservations.size ?? 0,
        directConnections: conns.length - relayed,
        relayedConnections: relayed,
        quic
      }
    },
    relayPeers: () => relaysOf(node.getMultiaddrs()),
    hello: async (peer) => {
      const identity = await sayHello(node, peer, deviceId, { certificates: init.certificates })
      return identity
    },
    identityOf: (peerId) => known.get(peerId.toString()),
    knownPeers: () => [...known.values()],
    onPeer: (fn) => {
      listeners.add(fn)
      return () => { listeners.delete(fn) }
    },
    bootstrapPeers: () => [...bootstrapIds],
    refusePeer: async (peerId) => {
      const key = peerId.toString()
      if (!refused.has(key)) logger.info({ peer: key, deviceId: deviceIdOfPeer(peerId) }, 'peer refused')
      refused.add(key)
      const id = deviceIdOfPeer(peerId)
      if (id !== undefined) refusedDevices.add(id)
      known.delete(key)
      await node.hangUp(peerId).catch((err: Error) => { logger.debug({ peer: key, err: err.message }, 'closing a refused peer failed') })
    },
    allowPeer: (peerId) => {
      const key = peerId.toString()
      if (!refused.delete(key)) return
      const id = deviceIdOfPeer(typeof peerId === 'string' ? peerIdFromString(peerId) : peerId)
      if (id !== undefined) refusedDevices.delete(id)
      logger.info({ peer: key }, 'peer allowed again')
    },
    isRefused: (peerId) => refused.has(peerId.toString()),
    isDeviceRefused: (id) => refusedDevices.has(id),
    refusedPeers: () => [...refused],
    stop: async () => {
      dialer.stop()
      listeners.clear()
      node.removeEventListener('connection:open', onOpen)
      node.removeEventListener('peer:disconnect', onGone)
      node.removeEventListener('peer:discovery', onDiscovery)
      node.removeEventListener('peer:connect', onConnect)
      node.removeEventListener('peer:identify', onIdentify)
      await node.stop()
    }
  }
}

/** A multiaddr without its `/p2p/<id>` part, as a string (to compare dialed addresses). */
function withoutPeer (addr: Multiaddr): string {
  return addr.getComponents().filter((c) => c.name !== 'p2p').map((c) => c.value === undefined ? `/${c.name}` : `/${c.name}/${c.value}`).join('')
}
