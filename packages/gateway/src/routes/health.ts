import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { NoQuery } from '../schemas.ts'
import type { ServiceHealth } from '../types.ts'
import type { RouteOptions } from './options.ts'

/**
 * `GET /v1/health`: every service with its status and pid; 503 with `ok: false` when one is
 * down. With a `network` dependency, also `network`: reachability, relay reservations and
 * direct/relayed connections (null when the transport does not answer).
 */
export const healthRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { deps }) => {
  app.get('/health', { schema: { querystring: NoQuery } }, async (_request, reply) => {
    const [report, network] = await Promise.all([deps.health(), deps.network?.()])
    const services: Record<string, ServiceHealth> = {}
    let ok = true
    for (const [name, health] of Object.entries(report)) {
      const up = health.status === 'up'
      services[name] = health.pid === undefined ? { status: up ? 'up' : 'down' } : { status: up ? 'up' : 'down', pid: health.pid }
      if (!up) ok = false
    }
    return await reply.code(ok ? 200 : 503).send(network === undefined ? { ok, services } : { ok, services, network })
  })
}
