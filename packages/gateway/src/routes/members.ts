import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { AddMemberBody, ConversationParams, MemberParams, NoQuery } from '../schemas.ts'
import type { RouteOptions } from './options.ts'

/** `/v1/conversations/:id/members…`: list, invite, and the admin votes (ban, unban, promote). */
export const memberRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { deps: { store } }) => {
  app.get('/conversations/:id/members', { schema: { params: ConversationParams, querystring: NoQuery } }, async (request) => {
    const { members } = await store.listMembers({ id: request.params.id })
    return {
      members: members.map((m) => ({
        uri: m.uri ?? '',
        role: m.role ?? '',
        ...(m.lastDisplayed == null || m.lastDisplayed === '' ? {} : { lastDisplayed: m.lastDisplayed })
      }))
    }
  })

  app.post('/conversations/:id/members', { schema: { params: ConversationParams, querystring: NoQuery, body: AddMemberBody } }, async (request) => {
    const { commit } = await store.addMember({ id: request.params.id, uri: request.body.uri })
    return { commit }
  })

  // DELETE is the ban vote of API.md: the store commits the vote and, on a majority, the ban.
  app.delete('/conversations/:id/members/:uri', { schema: { params: MemberParams, querystring: NoQuery } }, async (request) => {
    const { commit } = await store.banMember({ id: request.params.id, uri: request.params.uri })
    return { commit }
  })

  app.post('/conversations/:id/members/:uri/unban', { schema: { params: MemberParams, querystring: NoQuery } }, async (request) => {
    const { commit } = await store.unbanMember({ id: request.params.id, uri: request.params.uri })
    return { commit }
  })

  app.post('/conversations/:id/members/:uri/promote', { schema: { params: MemberParams, querystring: NoQuery } }, async (request) => {
    const { commit } = await store.promoteMember({ id: request.params.id, uri: request.params.uri })
    return { commit }
  })
}
