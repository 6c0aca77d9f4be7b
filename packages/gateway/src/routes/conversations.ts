import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { modeName, modeNumber } from '../json.ts'
import { ConversationParams, CreateConversationBody, NoQuery, UpdateProfileBody } from '../schemas.ts'
import type { RouteOptions } from './options.ts'

/** `/v1/conversations` and `/v1/conversations/:id`: create, list, read, update the profile, remove. */
export const conversationRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { deps: { store } }) => {
  app.post('/conversations', { schema: { querystring: NoQuery, body: CreateConversationBody } }, async (request, reply) => {
    const { mode, invited } = request.body
    const created = await store.createConversation({ mode: modeNumber(mode), ...(invited === undefined ? {} : { invited }) })
    return await reply.code(201).send({ id: created.id })
  })

  app.get('/conversations', { schema: { querystring: NoQuery } }, async () => {
    const { conversations } = await store.listConversations({})
    return {
      conversations: conversations.map((c) => ({ id: c.id ?? '', mode: modeName(c.mode), syncing: c.syncing === true }))
    }
  })

  app.get('/conversations/:id', { schema: { params: ConversationParams, querystring: NoQuery } }, async (request) => {
    const info = await store.getConversation({ id: request.params.id })
    return {
      id: info.id,
      mode: modeName(info.mode),
      title: info.title,
      description: info.description,
      avatar: info.avatar,
      syncing: info.syncing,
      ...(info.rdvUri === '' ? {} : { rdvUri: info.rdvUri })
    }
  })

  app.patch('/conversations/:id', { schema: { params: ConversationParams, querystring: NoQuery, body: UpdateProfileBody } }, async (request) => {
    const { commit } = await store.updateProfile({ id: request.params.id, ...request.body })
    return { commit }
  })

  app.delete('/conversations/:id', { schema: { params: ConversationParams, querystring: NoQuery } }, async (request, reply) => {
    await store.removeConversation({ id: request.params.id })
    return await reply.code(204).send()
  })
}
