// The transport process: the device's libp2p node (peer id = device key) on the bus.
import { DhtMethods, skarm, TransportMethods } from '@skarm/proto'
import { runService } from '@skarm/service-runtime'
import { startSync } from './sync.ts'
import { startAccount } from './account.ts'
import { accountUriOf } from './own-account.ts'
import { startRouting, type RoutingHandle } from './routing.ts'
import { join } from 'node:path'
import { createTransportNode, handleDhtAddr, PeerMemory, PEER_MEMORY_FILE, rememberPeers, libp2pKeyFromSeed, loadDeviceCertificates, loadDeviceKey } from '@skarm/transport'

await runService('transport', async ({ config, logger, bus }) => {
  // Only the device key: loadIdentity would also load X.509 (~20 MB) for nothing here.
  const device = await loadDeviceKey(config.dataDir)
  // set once the node runs: until then every discovered peer is dialed
  let routing: RoutingHandle | undefined
  // the devices met before, kept across restarts: redialed first (docs/sync.md, "Rejoining after a restart")
  const memory = new PeerMemory({ file: join(config.dataDir, PEER_MEMORY_FILE), logger: logger.child({ component: 'peers' }) })
  const node = await createTransportNode({
    privateKey: await libp2pKeyFromSeed(device.seed),
    listen: config.listen,
    bootstrap: config.bootstrap,
    announce: config.announce ?? [],
    mdns: config.mdns,
    // a relay serves others (docs/sync.md, "Reaching devices behind NATs"); QUIC beside TCP
    relay: config.relay === true,
    quic: config.quic === true,
    // sent in every hello: peers learn our account (chain-checked with node:crypto only)
    certificates: await loadDeviceCertificates(config.dataDir),
    // mDNS finds everyone on the LAN; the routing tables decide whom to dial (docs/sync.md, Routing)
    // (remembered peers put into the peer store are no discovery: the routing tables dial them)
    dialDiscovered: (peerId) => !memory.isSeeding(peerId) && (routing?.manager.shouldDial(peerId) ?? true),
    logger
  })
  const peerId = node.peerId.toString()
  const stopMemory = await rememberPeers({ node, memory, logger })
  // /skarm/dht-addr/1.0.0: tells another device's DHT node where our DHT node listens.
  await handleDhtAddr(node.libp2p, { addresses: async () => (await bus.request(DhtMethods.getInfo, {}, { timeoutMs: 3000 })).addresses, logger })
  bus.serve(TransportMethods.getAddresses, () => skarm.transport.v1.GetAddressesResponse.create({ peerId, addresses: node.addresses() }))
  bus.serve(TransportMethods.listPeers, () => skarm.transport.v1.ListPeersResponse.create({ peers: node.peers() }))
  bus.serve(TransportMethods.getNetwork, () => skarm.transport.v1.GetNetworkResponse.create(node.network()))
  // sync between devices: heads, announce, git fetch, invites (docs/sync.md)
  const stopSync = await startSync(bus, node, config.dataDir, logger, { maxCommits: config.fetchMaxCommits, maxBytes: config.fetchMaxMiB * 1024 * 1024 })
  // the account state between our own devices, which stay connected (docs/sync.md, Accounts)
  const ownUri = await accountUriOf(config.dataDir)
  const account = startAccount(bus, node, ownUri, logger.child({ component: 'account' }), () => { routing?.manager.schedule() })
  // a bounded, bucketed subset of each conversation's devices stays connected (docs/sync.md, Routing)
  routing = startRouting(bus, node, ownUri, logger.child({ component: 'routing' }), account.wanted, memory)
  logger.info({ deviceId: device.deviceId, peerId, addresses: node.addresses() }, 'transport ready')
  return {
    stop: async () => {
      await routing?.stop()
      await account.stop()
      await stopSync()
      await stopMemory()
      await node.stop()
    },
    details: () => ({ peerId, addresses: node.addresses(), connections: node.libp2p.getConnections().length })
  }
})
