// The DHT process: a Kademlia node of its own (key derived from the device key), on the bus.
import { createDhtNode, deriveDhtSeed, withPortZero } from '@skarm/dht'
import { DhtMethods, skarm } from '@skarm/proto'
import { runService } from '@skarm/service-runtime'
import { libp2pKeyFromSeed, loadDeviceKey } from '@skarm/transport'

await runService('dht', async ({ config, logger, bus }) => {
  // Only the device key: loadIdentity would also load X.509 (~20 MB) for nothing here.
  const device = await loadDeviceKey(config.dataDir)
  const node = await createDhtNode({
    privateKey: await libp2pKeyFromSeed(deriveDhtSeed(device.seed)),
    // Same hosts as the transport, any port: the transport's port is the transport's.
    listen: [...new Set(config.listen.map(withPortZero))],
    bootstrap: config.bootstrap,
    logger
  })
  const peerId = node.peerId.toString()
  bus.serve(DhtMethods.getInfo, () => skarm.dht.v1.GetInfoResponse.create({ peerId, addresses: node.addresses(), routingTableSize: node.routingTableSize() }))
  logger.info({ peerId, addresses: node.addresses() }, 'dht ready')
  return {
    stop: node.stop,
    details: () => ({ peerId, addresses: node.addresses(), routingTableSize: node.routingTableSize(), connections: node.libp2p.getConnections().length })
  }
})
