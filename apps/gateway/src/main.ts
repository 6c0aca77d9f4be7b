// The gateway process: the HTTP API of API.md over the device bus. Wiring only; the routes
// live in @skarm/gateway. Kept light (no libp2p, no git): it restarts fast and costs little.
import type { AddressInfo } from 'node:net'
import { buildGateway, busEvents, busHealth, busNetwork, busStoreClient, busSyncClient } from '@skarm/gateway'
import { parseHostPort, runService } from '@skarm/service-runtime'

const LOOPBACK_OR_ANY = new Set(['0.0.0.0', '::', '127.0.0.1', '::1', 'localhost'])

await runService('gateway', async ({ config, logger, bus }) => {
  const app = buildGateway({
    store: busStoreClient(bus),
    sync: busSyncClient(bus),
    health: busHealth(bus, { self: 'gateway' }),
    network: busNetwork(bus),
    events: busEvents(bus)
  }, { logger })
  const { host, port } = parseHostPort(config.api)
  await app.listen({ host, port })
  const bound = (app.server.address() as AddressInfo).port
  // run.json's api is a URL a local client can use: loopback unless bound to one other address
  const urlHost = LOOPBACK_OR_ANY.has(host) ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host
  const api = `http://${urlHost}:${bound}`
  logger.info({ api }, 'gateway listening')

  return {
    stop: async () => { await app.close() },
    details: () => ({ api })
  }
})
