import { kadDHT, passthroughMapper, type KadDHT, type KadDHTInit } from '@libp2p/kad-dht'
import { askDhtAddr, createLibp2pNode, dialableAddresses, DHT_ADDR_PROTOCOL, startBootstrapDialer, type BaseServices, type BootstrapDialerInit } from '@skarm/transport'
import type { Connection, IdentifyResult, Libp2p, PeerId, PrivateKey } from '@libp2p/interface'
import type { Logger } from 'pino'
import { DHT_PROTOCOL, KEY_NAMESPACE } from './constants.ts'
import { decodeDeviceRecord, deviceRecordKey, encodeDeviceRecord, selectSkarmRecord, validateSkarmRecord, type DeviceRecord } from './record.ts'
import { accountRecordKey, decodeAccountRecord, encodeAccountRecord, type AccountRecord } from './account.ts'
import { decodeInbox, encodeInbox, inboxEntryId, inboxKey, inboxKeyDevice, mergeInbox, type InboxEntry, type InboxRecord } from './inbox.ts'
import { TransportResolver, type ResolverInit } from './discovery.ts'

/** Put-and-read-back rounds of {@link DhtNode.addInboxEntry}. */
const INBOX_PUT_ATTEMPTS = 4

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
  /** Addresses announced as they are (a public host's: see `dhtAnnounce`). Default none. */
  announce?: string[]
  /**
   * Dial QUIC addresses too (the device runs QUIC: its bootstrap peers and the transports it
   * asks where their DHT listens may be reachable over QUIC only). The node listens on TCP. Default false.
   */
  quic?: boolean
  /** Other DHT nodes, dialed at start and redialed when they drop. Default none. */
  bootstrap?: string[]
  logger: Logger
  /** Backoff of bootstrap redials. */
  bootstrapDialer?: BootstrapDialerInit
  /** Backoff of re-asking a transport where its device's DHT listens. */
  resolver?: ResolverInit
  /**
   * Called with each inbox record this node validates (stored here by a peer's put, or read
   * by a get), after its signatures were checked: the hook of the push event.
   */
  onInbox?: (record: InboxRecord) => void
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
  /** Stores an account record (checked first). */
  putAccountRecord: (record: AccountRecord, options?: { signal?: AbortSignal }) => Promise<void>
  /** Every valid account record found (the caller merges their devices), highest seq first. */
  getAccountRecords: (uri: string, options?: { signal?: AbortSignal }) => Promise<AccountRecord[]>
  /** Stores an inbox record (checked first). */
  putInbox: (record: InboxRecord, options?: { signal?: AbortSignal }) => Promise<void>
  /**
   * The union of every valid inbox record found for the device (all peers' copies, not only
   * the selector's pick), merged; `copies` = how many distinct values were seen.
   */
  getInbox: (deviceId: string, options?: { signal?: AbortSignal }) => Promise<{ record: InboxRecord, copies: number }>
  /** Adds an entry to a device's inbox: get, merge, put. Returns the record put. */
  addInboxEntry: (entry: InboxEntry, options?: { signal?: AbortSignal }) => Promise<InboxRecord>
  /**
   * Follows another device's TRANSPORT address (with `/p2p/`): its DHT node is asked for and
   * dialed. `persistent: false` (a peer seen once, e.g. by the local transport) gives up after
   * a few failures.
   */
  addTransportPeer: (addr: string, options?: { persistent?: boolean }) => void
  stop: () => Promise<void>
}

/**
 * Starts a Kademlia DHT node (server mode, LAN addresses kept: devices of one subnet must
 * find each other without the internet) with the `/skarm/` validator and selector.
 */
export async function createDhtNode (init: DhtNodeInit): Promise<DhtNode> {
  const logger = init.logger
  const onInbox = init.onInbox
  const validate = onInbox === undefined
    ? validateSkarmRecord
    : (key: Uint8Array, value: Uint8Array): void => {
        validateSkarmRecord(key, value)
        if (inboxKeyDevice(new TextDecoder().decode(key)) === undefined) return
        try { onInbox(decodeInbox(value, key)) } catch (err) { logger.debug({ err: (err as Error).message }, 'inbox hook failed') }
      }
  const node = await createLibp2pNode<{ dht: KadDHT }>({
    privateKey: init.privateKey,
    listen: init.listen,
    announce: init.announce,
    quic: init.quic,
    services: {
      dht: kadDHT({
        clientMode: false,
        // A lone device still stores and answers; records spread when peers arrive.
        allowQueryWithZeroPeers: true,
        ...init.kad,
        protocol: DHT_PROTOCOL,
        peerInfoMapper: passthroughMapper,
        validators: { [KEY_NAMESPACE]: validate },
        selectors: { [KEY_NAMESPACE]: selectSkarmRecord }
      })
    }
  })
  const resolver = new TransportResolver(node, logger.child({ component: 'dht-addr' }), init.resolver)
  // The stack hands every service the same --bootstrap list, i.e. other devices' TRANSPORT
  // addresses. A bootstrap peer that speaks our DHT protocol is kept; a transport that answers
  // /skarm/dht-addr/1.0.0 tells where its device's DHT listens, which the resolver dials and
  // follows (the transport connection is dropped); anything else is dropped.
  // Only a positive "no" drops a peer: without an identify answer the peer is kept.
  const keep = async (connection: Connection): Promise<boolean> => {
    const protocols = await identifiedProtocols(node, connection.remotePeer, IDENTIFY_WAIT_MS)
    if (protocols === undefined || protocols.includes(DHT_PROTOCOL)) return true
    if (protocols.includes(DHT_ADDR_PROTOCOL)) {
      const peer = connection.remotePeer.toString()
      const remote = connection.remoteAddr.toString()
      const addr = remote.includes('/p2p/') ? remote : `${remote}/p2p/${peer}`
      let known: string[] | undefined
      try {
        known = await askDhtAddr(node, connection.remotePeer)
      } catch (err) {
        logger.debug({ peer, err: (err as Error).message }, 'dht-addr of a bootstrap transport failed; the resolver retries')
      }
      resolver.add(addr, known)
    }
    return false
  }
  const dialer = startBootstrapDialer(node, init.bootstrap ?? [], logger.child({ component: 'bootstrap' }), { keep, ...init.bootstrapDialer })
  logger.info({ peerId: node.peerId.toString() }, 'dht node started')
  const dht = node.services.dht as KadDHT & { routingTable?: { size: number } }
  // kad-dht's get() yields only the selector's pick and overwrites the other copies with it;
  // getMany() (its internal content fetcher, pinned version) yields every peer's copy, so an
  // inbox written by two senders at once loses nothing: readers merge all copies.
  const fetcher = (dht as unknown as { contentFetching?: { getMany?: (key: Uint8Array, options: { signal?: AbortSignal }) => AsyncIterable<{ name: string, value?: Uint8Array }> } }).contentFetching

  const put = async (key: Uint8Array, value: Uint8Array, options: { signal?: AbortSignal }): Promise<void> => {
    // kad-dht stores a put locally without validating it: we do.
    validateSkarmRecord(key, value)
    let accepted = 0
    for await (const evt of dht.put(key, value, options)) {
      if (evt.name === 'QUERY_ERROR') logger.debug({ err: evt.error.message }, 'dht put to a peer failed')
      if (evt.name === 'PEER_RESPONSE') accepted++
    }
    logger.debug({ accepted }, 'dht put done')
  }

  const getValues = async (key: Uint8Array, options: { signal?: AbortSignal }): Promise<Uint8Array[]> => {
    const values: Uint8Array[] = []
    try {
      const source = fetcher?.getMany !== undefined ? fetcher.getMany(key, options) : dht.get(key, options)
      for await (const evt of source) {
        if (evt.name === 'VALUE' && evt.value !== undefined) values.push(evt.value)
      }
    } catch (err) {
      logger.debug({ err: (err as Error).message }, 'dht get failed')
    }
    return values
  }

  const getInbox = async (deviceId: string, options: { signal?: AbortSignal }): Promise<{ record: InboxRecord, copies: number }> => {
    const key = inboxKey(deviceId)
    const distinct = new Set<string>()
    const entries: InboxEntry[] = []
    for (const value of await getValues(key, options)) {
      try {
        const r = decodeInbox(value, key)
        distinct.add(Buffer.from(value).toString('base64'))
        entries.push(...r.entries)
      } catch { /* a forged copy: ignored */ }
    }
    return { record: mergeInbox(deviceId, entries), copies: distinct.size }
  }

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
    putAccountRecord: async (record, options = {}) => {
      await put(accountRecordKey(record.uri), encodeAccountRecord(record), options)
    },
    getAccountRecords: async (uri, options = {}) => {
      const key = accountRecordKey(uri)
      const records = new Map<string, AccountRecord>()
      for (const value of await getValues(key, options)) {
        try {
          const r = decodeAccountRecord(value, key)
          records.set(r.signature, r)
        } catch { /* a forged copy: ignored */ }
      }
      return [...records.values()].sort((a, b) => b.seq - a.seq)
    },
    putInbox: async (record, options = {}) => {
      await put(inboxKey(record.deviceId), encodeInbox(record), options)
    },
    getInbox: async (deviceId, options = {}) => await getInbox(deviceId, options),
    addInboxEntry: async (entry, options = {}) => {
      // A peer stores the last put it receives (kad-dht does not merge): two senders at once
      // may overwrite each other. Read back; when our entry is gone, merge and put again.
      const id = inboxEntryId(entry)
      let merged: InboxRecord = { deviceId: entry.to, entries: [] }
      for (let attempt = 0; attempt < INBOX_PUT_ATTEMPTS; attempt++) {
        if (attempt > 0) await new Promise(resolve => setTimeout(resolve, 50 + Math.random() * 200 * attempt))
        const { record } = await getInbox(entry.to, options)
        if (attempt > 0 && record.entries.some(e => inboxEntryId(e) === id)) return record
        merged = mergeInbox(entry.to, [...record.entries, entry])
        await put(inboxKey(entry.to), encodeInbox(merged), options)
      }
      return merged
    },
    addTransportPeer: (addr, options = {}) => { resolver.add(addr, undefined, options) },
    stop: async () => {
      dialer.stop()
      resolver.stop()
      await node.stop()
    }
  }
}
