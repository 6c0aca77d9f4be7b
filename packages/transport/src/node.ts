import { createLibp2p } from 'libp2p'
import { tcp } from '@libp2p/tcp'
import { noise } from '@chainsafe/libp2p-noise'
import { yamux } from '@chainsafe/libp2p-yamux'
import { identify } from '@libp2p/identify'
import { ping } from '@libp2p/ping'
import type { Identify } from '@libp2p/identify'
import type { Ping } from '@libp2p/ping'
import type { Connection, ConnectionGater, Libp2p, PeerDiscovery, PeerId, PeerInfo, PrivateKey, ServiceMap } from '@libp2p/interface'
import { multiaddr, type Multiaddr } from '@multiformats/multiaddr'
import { peerIdFromString } from '@libp2p/peer-id'
import type { ServiceFactoryMap, Libp2pOptions } from 'libp2p'
import type { Logger } from 'pino'
import { dialableAddresses } from './addresses.ts'
import { startBootstrapDialer, type BootstrapDialerInit } from './bootstrap.ts'
import { MDNS_SERVICE_TAG } from './constants.ts'
import type { DeviceCertificates, PeerIdentity } from './certs.ts'
import { handleHello, sayHello } from './hello.ts'
import { deviceIdOfPeer } from './keys.ts'

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
  /** Services beyond identify and ping (kad-dht, …). */
  services?: { [K in keyof S]: (components: any) => S[K] }
  peerDiscovery?: Libp2pOptions['peerDiscovery']
  /** Which dials and connections libp2p refuses (default: none). */
  connectionGater?: ConnectionGater
}

/**
 * A started libp2p 3 node with Skarm's fixed stack: TCP, Noise (fresh ephemeral keys on
 * every connection: forward secrecy), Yamux, identify and ping, plus `services`.
 */
export async function createLibp2pNode<S extends ServiceMap = ServiceMap> (init: Libp2pNodeInit<S>): Promise<Libp2p<BaseServices & S>> {
  const services = { identify: identify(), ping: ping(), ...init.services } as unknown as ServiceFactoryMap<BaseServices & S>
  return await createLibp2p<BaseServices & S>({
    privateKey: init.privateKey,
    addresses: { listen: init.listen },
    transports: [tcp()],
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
  const connectionGater: ConnectionGater = {
    denyDialPeer: denied,
    denyInboundEncryptedConnection: denied,
    denyOutboundEncryptedConnection: denied
  }
  const node = await createLibp2pNode({ privateKey: init.privateKey, listen: init.listen, peerDiscovery, connectionGater })
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

  const dialer = startBootstrapDialer(node, init.bootstrap ?? [], logger.child({ component: 'bootstrap' }), init.bootstrapDialer)
  logger.info({ peerId: node.peerId.toString() }, 'transport node started')

  return {
    libp2p: node,
    peerId: node.peerId,
    deviceId,
    addresses: () => dialableAddresses(node.getMultiaddrs(), node.peerId),
    peers: () => {
      const byPeer = new Map<string, Set<string>>()
      for (const conn of node.getConnections()) {
        const id = conn.remotePeer.toString()
        const set = byPeer.get(id) ?? new Set<string>()
        set.add(conn.remoteAddr.toString())
        byPeer.set(id, set)
      }
      return [...byPeer].map(([peerId, addrs]) => ({ peerId, addresses: [...addrs] }))
    },
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
      await node.stop()
    }
  }
}

/** A multiaddr without its `/p2p/<id>` part, as a string (to compare dialed addresses). */
function withoutPeer (addr: Multiaddr): string {
  return addr.getComponents().filter((c) => c.name !== 'p2p').map((c) => c.value === undefined ? `/${c.name}` : `/${c.name}/${c.value}`).join('')
}
