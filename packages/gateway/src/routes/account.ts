import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { DeviceParams, NoQuery } from '../schemas.ts'
import type { RouteOptions } from './options.ts'

/**
 * `GET /v1/account`: the local account and its devices (not revoked; this device first).
 * `DELETE /v1/account/devices/:deviceId`: revokes another device of the account (204): the
 * account's CRL revokes it and every conversation of the account carries that CRL; 403
 * `DEVICE_SELF` for this device, 404 `DEVICE_NOT_FOUND` for a device not of this account.
 */
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

  app.delete('/account/devices/:deviceId', { schema: { params: DeviceParams, querystring: NoQuery } }, async (request, reply) => {
    await store.revokeDevice({ deviceId: request.params.deviceId })
    return await reply.code(204).send()
  })
}
