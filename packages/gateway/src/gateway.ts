import Fastify, { LogController } from 'fastify'
import type { FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { DEFAULT_BODY_LIMIT, DEFAULT_HEARTBEAT_MS, DEFAULT_MAX_EVENT_BACKLOG } from './constants.ts'
import { errorBody, toHttpError } from './errors.ts'
import { accountRoutes } from './routes/account.ts'
import { contactRoutes } from './routes/contacts.ts'
import { conversationRoutes } from './routes/conversations.ts'
import { eventRoutes } from './routes/events.ts'
import { healthRoutes } from './routes/health.ts'
import { memberRoutes } from './routes/members.ts'
import { messageRoutes } from './routes/messages.ts'
import type { RouteOptions } from './routes/options.ts'
import { preferenceRoutes } from './routes/preferences.ts'
import { requestRoutes } from './routes/requests.ts'
import type { GatewayDeps, GatewayInit } from './types.ts'
import { typeboxValidatorCompiler } from './validation.ts'

/**
 * The HTTP gateway of API.md as a fastify instance, one plugin per resource under `/v1`.
 * It never listens: the caller does (`await app.listen({ host, port })`) or injects.
 */
export function buildGateway (deps: GatewayDeps, init: GatewayInit = {}): FastifyInstance {
  const app = Fastify({
    ...(init.logger === undefined ? { logger: false } : { loggerInstance: init.logger }),
    // no line per request: a private chat keeps no access log (errors are logged by the
    // error handler), and a burst of messages should not cost a disk write each
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: init.bodyLimit ?? DEFAULT_BODY_LIMIT
  }).withTypeProvider<TypeBoxTypeProvider>()

  app.setValidatorCompiler(typeboxValidatorCompiler)

  // JSON only. An empty JSON body counts as no body: clients often send the header on a
  // bodiless POST (unban, promote), which fastify's own parser would refuse.
  app.removeAllContentTypeParsers()
  const parseJson = app.getDefaultJsonParser('error', 'error')
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (body === '') done(null, undefined)
    else parseJson(request, body as string, done)
  })

  app.setErrorHandler((err, request, reply) => {
    const http = toHttpError(err)
    if (http.status >= 500) request.log.error({ err, code: http.code }, 'request failed')
    else request.log.info({ code: http.code, status: http.status }, 'request refused')
    return reply.code(http.status).send(errorBody(http))
  })

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? ''
    return reply.code(404).send(errorBody({ status: 404, code: 'ROUTE_NOT_FOUND', message: `no route ${request.method} ${path}` }))
  })

  const options: RouteOptions = {
    deps,
    heartbeatMs: init.heartbeatMs ?? DEFAULT_HEARTBEAT_MS,
    maxEventBacklog: init.maxEventBacklog ?? DEFAULT_MAX_EVENT_BACKLOG
  }
  for (const plugin of [healthRoutes, accountRoutes, conversationRoutes, memberRoutes, messageRoutes, preferenceRoutes, requestRoutes, contactRoutes, eventRoutes]) {
    void app.register(plugin, { ...options, prefix: '/v1' })
  }
  return app
}
