import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { NoQuery } from '../schemas.ts'
import type { RouteOptions } from './options.ts'

/** `GET /v1/account`: the local account and its devices. */
export const accountRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { deps: { store } }) => {
  app.get('/account', { schema: { querystring: NoQuery } }, async () => {
    const account = await store.getAccount({})
    return {
      uri: account.uri,
      deviceId: account.deviceId,
      displayName: account.displayName,
      devices: [...account.devices]
    }
  })
}
