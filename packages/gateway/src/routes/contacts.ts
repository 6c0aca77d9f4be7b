import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { AddContactBody, ContactParams, NoQuery } from '../schemas.ts'
import type { RouteOptions } from './options.ts'

/**
 * `/v1/contacts` (SPEC.md §8, 1:1): add a contact (201 with the new ONE_TO_ONE conversation, 200
 * when one existed already), list them, remove one (204: its ONE_TO_ONE conversations go too).
 */
export const contactRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { deps: { store } }) => {
  app.post('/contacts', { schema: { querystring: NoQuery, body: AddContactBody } }, async (request, reply) => {
    const added = await store.addContact({ uri: request.body.uri })
    return await reply.code(added.created === true ? 201 : 200).send({ conversationId: added.conversationId })
  })

  app.get('/contacts', { schema: { querystring: NoQuery } }, async () => {
    const { contacts } = await store.listContacts({})
    return {
      contacts: contacts.map((c) => ({ uri: c.uri ?? '', conversationId: c.conversationId ?? '', confirmed: c.confirmed === true }))
    }
  })

  app.delete('/contacts/:uri', { schema: { params: ContactParams, querystring: NoQuery } }, async (request, reply) => {
    await store.removeContact({ uri: request.params.uri })
    return await reply.code(204).send()
  })
}
