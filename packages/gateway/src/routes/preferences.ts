import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { preferencesToJson } from '../json.ts'
import { ConversationParams, NoQuery, PreferencesBody } from '../schemas.ts'
import type { RouteOptions } from './options.ts'

/** `GET/PUT /v1/conversations/:id/preferences`: the account's own settings for a conversation. */
export const preferenceRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { deps: { store } }) => {
  app.get('/conversations/:id/preferences', { schema: { params: ConversationParams, querystring: NoQuery } }, async (request) => {
    return preferencesToJson(await store.getPreferences({ id: request.params.id }))
  })

  app.put('/conversations/:id/preferences', { schema: { params: ConversationParams, querystring: NoQuery, body: PreferencesBody } }, async (request) => {
    return preferencesToJson(await store.setPreferences({ id: request.params.id, preferences: request.body }))
  })
}
