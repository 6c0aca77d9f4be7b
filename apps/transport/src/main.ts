// The transport process: the device's libp2p node (peer id = device key) on the bus.
import { DhtMethods, skarm, TransportMethods } from '@skarm/proto'
import { runService } from '@skarm/service-runtime'
import { startSync } from './sync.ts'
import { createTransportNode, handleDhtAddr, libp2pKeyFromSeed, loadDeviceCertificates, loadDeviceKey } from '@skarm/transport'

await runService('transport', async ({ config, logger, bus }) => {
  // Only the device key: loadIdentity would also load X.509 (~20 MB) for nothing here.
  const device = await loadDeviceKey(config.dataDir)
  const node = await createTransportNode({
    privateKey: await libp2pKeyFromSeed(device.seed),
    listen: config.listen,
    bootstrap: config.bootstrap,
    mdns: config.mdns,
    // sent in every hello: peers learn our account (chain-checked with node:crypto only)
    certificates: await loadDeviceCertificates(config.dataDir),
    logger
  })
  const peerId = node.peerId.toString()
  // /skarm/dht-addr/1.0.0: tells another device's DHT node where our DHT node listens.
  await handleDhtAddr(node.libp2p, { addresses: async () => (await bus.request(DhtMethods.getInfo, {}, { timeoutMs: 3000 })).addresses, logger })
  bus.serve(TransportMethods.getAddresses, () => skarm.transport.v1.GetAddressesResponse.create({ peerId, addresses: node.addresses() }))
  bus.serve(TransportMethods.listPeers, () => skarm.transport.v1.ListPeersResponse.create({ peers: node.peers() }))
  // sync between devices: heads, announce, git fetch, invites (docs/sync.md)
  const stopSync = await startSync(bus, node, config.dataDir, logger)
  logger.info({ deviceId: device.deviceId, peerId, addresses: node.addresses() }, 'transport ready')
  return {
    stop: async () => {
      await stopSync()
      await node.stop()
    },
    details: () => ({ peerId, addresses: node.addresses(), connections: node.libp2p.getConnections().length })
  }
})
