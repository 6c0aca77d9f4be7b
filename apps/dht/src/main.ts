// The DHT process: a Kademlia node of its own (key derived from the device key), on the bus.
// It publishes this device's signed address and account records, finds other devices, and
// keeps offline invites/announcements (inboxes), publishing what arrives as events.
import { join } from 'node:path'
import { createDhtNode, deriveDhtSeed, dhtAnnounce, dhtListen, loadAccountKey, peerScanDelay, readRevokedDevices, startDhtService, withPortZero, type DhtNode, type DhtService } from '@skarm/dht'
import { InvalidInputError } from '@skarm/errors'
import { DhtEvents, DhtMethods, skarm, SyncEvents, TransportMethods } from '@skarm/proto'
import { runService, tcpPort } from '@skarm/service-runtime'
import { libp2pKeyFromSeed, loadDeviceKey } from '@skarm/transport'

await runService('dht', async ({ config, logger, bus }) => {
  // Only the device and account keys: loadIdentity would also load X.509 (~20 MB) for nothing here.
  const device = await loadDeviceKey(config.dataDir)
  const account = await loadAccountKey(config.dataDir)
  let service: DhtService | undefined
  const privateKey = await libp2pKeyFromSeed(deriveDhtSeed(device.seed))
  const start = async (listen: string[], announce: string[]): Promise<DhtNode> => await createDhtNode({
    privateKey,
    listen,
    announce,
    // a QUIC-only bootstrap address (or peer) is dialed over QUIC
    quic: config.quic === true,
    // Other devices' transport addresses: their DHT is found over /skarm/dht-addr/1.0.0.
    bootstrap: config.bootstrap,
    logger,
    onInbox: (record) => { service?.onInboxSeen(record) }
  })
  // Same hosts as the transport, on the device's own DHT port (dhtPort in DATA/config.json,
  // chosen once by `skarm init`): peers find our DHT node where they met it, across restarts.
  const listen = dhtListen(config.listen, config.dhtPort)
  let node: DhtNode
  try {
    // the hosts the device announces, at our own port (none when that is any port)
    node = await start(listen, dhtAnnounce(config.announce ?? [], tcpPort(listen[0] ?? '') ?? 0))
  } catch (err) {
    // the DHT port is taken (another program): any port will do, peers learn it again through
    // /skarm/dht-addr/1.0.0 from our transport
    const anyPort = [...new Set(listen.map(withPortZero))]
    if (anyPort.join(',') === listen.join(',')) throw err
    logger.warn({ listen, err: (err as Error).message }, 'the DHT port is not available; listening on any port')
    node = await start(anyPort, [])
  }
  const peerId = node.peerId.toString()
  bus.serve(DhtMethods.getInfo, () => skarm.dht.v1.GetInfoResponse.create({ peerId, addresses: node.addresses(), routingTableSize: node.routingTableSize() }))

  service = await startDhtService({
    node,
    device,
    ...(account === undefined ? {} : { account }),
    transportAddresses: async () => (await bus.request(TransportMethods.getAddresses, {}, { timeoutMs: 5000 })).addresses,
    onEntry: (e) => {
      const evt = e.kind === 'invite' ? DhtEvents.InviteReceived : e.kind === 'announce' ? DhtEvents.AnnounceReceived : undefined
      if (evt !== undefined) bus.publish(evt.subject, evt.type, skarm.dht.v1.OfflineEntryReceived.create(e))
    },
    onPush: (p) => { bus.publish(DhtEvents.Push.subject, DhtEvents.Push.type, skarm.dht.v1.Push.create(p)) },
    stateDir: join(config.dataDir, 'dht'),
    // a revoked device of the account is not published as one of its devices
    revokedDevices: async () => await readRevokedDevices(config.dataDir),
    logger
  })
  const svc = service

  bus.serve(DhtMethods.findDevice, async (req) => {
    const r = await svc.findDevice(req.deviceId ?? '')
    return r === undefined
      ? skarm.dht.v1.FindDeviceResponse.create({ found: false, deviceId: req.deviceId ?? '' })
      : skarm.dht.v1.FindDeviceResponse.create({ found: true, deviceId: r.deviceId, accountUri: r.accountUri ?? '', addresses: r.addresses, seq: r.seq })
  })
  bus.serve(DhtMethods.findAccountDevices, async (req) => {
    const r = await svc.findAccountDevices(req.uri ?? '')
    return skarm.dht.v1.FindAccountDevicesResponse.create(r === undefined ? { found: false } : { found: true, deviceIds: r.deviceIds, seq: r.seq })
  })
  bus.serve(DhtMethods.deliverOffline, async (req) => {
    if (req.entry == null) throw new InvalidInputError('DHT_BAD_ENTRY', 'deliver_offline needs an entry')
    const r = await svc.deliverOffline(req.deviceId ?? '', req.entry.kind ?? '', req.entry.payloadJson ?? '')
    return skarm.dht.v1.DeliverOfflineResponse.create(r)
  })
  bus.serve(DhtMethods.pollInbox, async () => skarm.dht.v1.PollInboxResponse.create({ newEntries: await svc.pollInbox() }))
  bus.serve(DhtMethods.publishRecords, async () => skarm.dht.v1.PublishRecordsResponse.create(await svc.publishRecords()))

  // The account's devices changed (one revoked, here or on another of its devices): the account
  // record is published again at once, without it.
  const offAccount = bus.subscribe(SyncEvents.AccountStateChanged.subject, SyncEvents.AccountStateChanged.type, (evt) => {
    if ((evt.keys ?? []).some((k) => k.startsWith('device/'))) svc.publishRecords().catch((err: Error) => { logger.debug({ err: err.message }, 'account record not published again') })
  })

  // Devices the transport is connected to (mDNS, their own bootstrap): join their DHT too.
  const scan = async (): Promise<void> => {
    const { peers } = await bus.request(TransportMethods.listPeers, {}, { timeoutMs: 5000 })
    for (const p of peers) {
      for (const a of p.addresses ?? []) node.addTransportPeer(a.includes('/p2p/') ? a : `${a}/p2p/${p.peerId ?? ''}`, { persistent: false })
    }
  }
  // soon and often while our DHT node knows nobody (just started: the transport redials the
  // devices it remembers within seconds), every 30 s after that
  let scanTimer: NodeJS.Timeout | undefined
  let stopped = false
  const nextScan = (): void => {
    if (stopped) return
    scanTimer = setTimeout(() => {
      scan().catch((err: Error) => { logger.debug({ err: err.message }, 'transport peer scan failed') }).finally(nextScan)
    }, peerScanDelay(node.routingTableSize()))
    scanTimer.unref()
  }
  nextScan()

  logger.info({ peerId, addresses: node.addresses(), account: account !== undefined }, 'dht ready')
  return {
    stop: async () => {
      stopped = true
      clearTimeout(scanTimer)
      offAccount()
      await svc.stop()
      await node.stop()
    },
    details: () => ({ peerId, addresses: node.addresses(), routingTableSize: node.routingTableSize(), connections: node.libp2p.getConnections().length })
  }
})
