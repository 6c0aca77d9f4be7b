import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { ConversationParams, JoinBody, NoQuery, RequestParams } from '../schemas.ts'
import type { SyncClient } from '../types.ts'
import type { RouteOptions } from './options.ts'

/**
 * Conversation requests (SPEC.md §8): `GET /v1/requests`, `POST /v1/requests/:id/accept`
 * (202: listed with `syncing: true` while it is cloned), `POST /v1/requests/:id/decline`
 * (204, nothing committed), and `POST /v1/conversations/:id/join` for PUBLIC conversations.
 */
export const requestRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { deps }) => {
  // without a sync client (a gateway over the store only) these routes do not exist
  if (deps.sync === undefined) return
  const client: SyncClient = deps.sync
  const sync = (): SyncClient => client

  app.get('/requests', { schema: { querystring: NoQuery } }, async () => {
    const { requests } = await sync().listRequests({})
    return {
      requests: requests.map((r) => ({
        id: r.conversationId ?? '',
        from: r.from ?? '',
        received: Number(r.received ?? 0),
        ...(r.title == null || r.title === '' ? {} : { title: r.title }),
        ...(r.description == null || r.description === '' ? {} : { description: r.description }),
        ...(r.avatar == null || r.avatar === '' ? {} : { avatar: r.avatar })
      }))
    }
  })

  app.post('/requests/:id/accept', { schema: { params: RequestParams, querystring: NoQuery } }, async (request, reply) => {
    await sync().acceptRequest({ conversationId: request.params.id })
    return await reply.code(202).send({ id: request.params.id, syncing: true })
  })

  app.post('/requests/:id/decline', { schema: { params: RequestParams, querystring: NoQuery } }, async (request, reply) => {
    await sync().declineRequest({ conversationId: request.params.id })
    return await reply.code(204).send()
  })

  app.post('/conversations/:id/join', { schema: { params: ConversationParams, querystring: NoQuery, body: JoinBody } }, async (request, reply) => {
    await sync().joinPublic({ conversationId: request.params.id, from: request.body?.from ?? '' })
    return await reply.code(202).send({ id: request.params.id, syncing: true })
  })
}
