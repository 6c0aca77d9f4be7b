// The gateway process: the HTTP API of API.md over the device bus. Wiring only; the routes
// live in @skarm/gateway. Kept light (no libp2p, no git): it restarts fast and costs little.
import type { AddressInfo } from 'node:net'
import { buildGateway, busEvents, busStoreClient, type ServiceHealth } from '@skarm/gateway'
import { SERVICES, healthMethod } from '@skarm/proto'
import { parseHostPort, runService } from '@skarm/service-runtime'

// A service that has not answered by then is reported `down`: /v1/health stays quick.
const HEALTH_TIMEOUT_MS = 1500

const LOOPBACK_OR_ANY = new Set(['0.0.0.0', '::', '127.0.0.1', '::1', 'localhost'])

await runService('gateway', async ({ config, logger, bus }) => {
  const health = async (): Promise<Record<string, ServiceHealth>> => {
    const entries = await Promise.all(SERVICES.map(async (service): Promise<[string, ServiceHealth]> => {
      // this process answers HTTP, so it is up, even before its own bus health is served
      if (service === 'gateway') return [service, { status: 'up', pid: process.pid }]
      try {
        const res = await bus.request(healthMethod(service), {}, { timeoutMs: HEALTH_TIMEOUT_MS })
        return [service, { status: res.status === 'up' ? 'up' : 'down', pid: res.pid }]
      } catch {
        return [service, { status: 'down' }]
      }
    }))
    return Object.fromEntries(entries)
  }

  const app = buildGateway({ store: busStoreClient(bus), health, events: busEvents(bus) }, { logger })
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
