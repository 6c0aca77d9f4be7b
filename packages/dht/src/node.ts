import { kadDHT, passthroughMapper, type KadDHT, type KadDHTInit } from '@libp2p/kad-dht'
import { createLibp2pNode, dialableAddresses, startBootstrapDialer, type BaseServices, type BootstrapDialerInit } from '@skarm/transport'
import type { Connection, IdentifyResult, Libp2p, PeerId, PrivateKey } from '@libp2p/interface'
import type { Logger } from 'pino'
import { DHT_PROTOCOL, KEY_NAMESPACE } from './constants.ts'
import { decodeDeviceRecord, deviceRecordKey, encodeDeviceRecord, selectSkarmRecord, validateSkarmRecord, type DeviceRecord } from './record.ts'

/** How long to wait for a bootstrap peer's identify before keeping it anyway, in ms. */
const IDENTIFY_WAIT_MS = 10_000

/**
 * The protocols a peer announced in identify (which libp2p runs on every new connection),
 * or undefined when no answer came within `timeoutMs`. Not a second identify of our own:
 * identify allows one outbound stream per connection and the automatic one holds it.
 */
async function identifiedProtocols (node: Libp2p, peer: PeerId, timeoutMs: number): Promise<string[] | undefined> {
  return await new Promise((resolve) => {
    let settled = false
    const done = (protocols: string[] | undefined): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      node.removeEventListener('peer:identify', onIdentify)
      resolve(protocols)
    }
    const onIdentify = (evt: CustomEvent<IdentifyResult>): void => {
      if (evt.detail.peerId.equals(peer)) done(evt.detail.protocols)
    }
    const timer = setTimeout(() => { done(undefined) }, timeoutMs)
    node.addEventListener('peer:identify', onIdentify)
    // Identify may have finished before we listened.
    node.peerStore.get(peer).then((p) => { if (p.protocols.length > 0) done(p.protocols) }, () => {})
  })
}

/** Options of {@link createDhtNode}. */
export interface DhtNodeInit {
  /** The DHT node key (`libp2pKeyFromSeed(deriveDhtSeed(deviceSeed))`), not the device key. */
  privateKey: PrivateKey
  /** Listen multiaddrs (the transport's hosts with port 0: see `withPortZero`). */
  listen: string[]
  /** Other DHT nodes, dialed at start and redialed when they drop. Default none. */
  bootstrap?: string[]
  logger: Logger
  /** Backoff of bootstrap redials. */
  bootstrapDialer?: BootstrapDialerInit
  /** Extra kad-dht options (tests). Protocol, validators and selectors are fixed. */
  kad?: Omit<KadDHTInit, 'protocol' | 'validators' | 'selectors' | 'peerInfoMapper'>
}

/** The libp2p services of a DHT node. */
export interface DhtServices extends BaseServices {
  dht: KadDHT
}

/** The device's DHT node. */
export interface DhtNode {
  libp2p: Libp2p<DhtServices>
  peerId: PeerId
  /** Full dialable multiaddrs ending in `/p2p/<peerId>`. */
  addresses: () => string[]
  /** Peers in the Kademlia routing table. */
  routingTableSize: () => number
  /** Stores a device record (checked first: a bad record never leaves this node). */
  putDeviceRecord: (record: DeviceRecord, options?: { signal?: AbortSignal }) => Promise<void>
  /** The valid device record with the highest seq, or undefined when none is found. */
  getDeviceRecord: (deviceId: string, options?: { signal?: AbortSignal }) => Promise<DeviceRecord | undefined>
  stop: () => Promise<void>
}

/**
 * Starts a Kademlia DHT node (server mode, LAN addresses kept: devices of one subnet must
 * find each other without the internet) with the `/skarm/` validator and selector.
 */
export async function createDhtNode (init: DhtNodeInit): Promise<DhtNode> {
  const logger = init.logger
  const node = await createLibp2pNode<{ dht: KadDHT }>({
    privateKey: init.privateKey,
    listen: init.listen,
    services: {
      dht: kadDHT({
        clientMode: false,
        // A lone device still stores and answers; records spread when peers arrive.
        allowQueryWithZeroPeers: true,
        ...init.kad,
        protocol: DHT_PROTOCOL,
        peerInfoMapper: passthroughMapper,
        validators: { [KEY_NAMESPACE]: validateSkarmRecord },
        selectors: { [KEY_NAMESPACE]: selectSkarmRecord }
      })
    }
  })
  // The stack hands every service the same --bootstrap list, i.e. other devices' TRANSPORT
  // addresses: a bootstrap peer that does not speak our DHT protocol is dropped, not kept.
  // Only a positive "no" drops it: without an identify answer the peer is kept.
  const keep = async (connection: Connection): Promise<boolean> => {
    const protocols = await identifiedProtocols(node, connection.remotePeer, IDENTIFY_WAIT_MS)
    return protocols === undefined || protocols.includes(DHT_PROTOCOL)
  }
  const dialer = startBootstrapDialer(node, init.bootstrap ?? [], logger.child({ component: 'bootstrap' }), { keep, ...init.bootstrapDialer })
  logger.info({ peerId: node.peerId.toString() }, 'dht node started')
  const dht = node.services.dht as KadDHT & { routingTable?: { size: number } }

  return {
    libp2p: node,
    peerId: node.peerId,
    addresses: () => dialableAddresses(node.getMultiaddrs(), node.peerId),
    routingTableSize: () => dht.routingTable?.size ?? 0,
    putDeviceRecord: async (record, options = {}) => {
      const key = deviceRecordKey(record.deviceId)
      const value = encodeDeviceRecord(record)
      // kad-dht stores a put locally without validating it: we do.
      decodeDeviceRecord(value, key)
      for await (const evt of dht.put(key, value, options)) {
        if (evt.name === 'QUERY_ERROR') logger.debug({ err: evt.error.message }, 'dht put to a peer failed')
      }
    },
    getDeviceRecord: async (deviceId, options = {}) => {
      const key = deviceRecordKey(deviceId)
      let best: DeviceRecord | undefined
      try {
        for await (const evt of dht.get(key, options)) {
          if (evt.name !== 'VALUE') continue
          const r = decodeDeviceRecord(evt.value, key)
          if (best === undefined || r.seq > best.seq) best = r
        }
      } catch (err) {
        logger.debug({ deviceId, err: (err as Error).message }, 'dht get failed')
      }
      return best
    },
    stop: async () => {
      dialer.stop()
      await node.stop()
    }
  }
}
