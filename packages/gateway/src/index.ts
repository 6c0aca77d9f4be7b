/**
 * @packageDocumentation
 * The HTTP gateway of API.md: `buildGateway()` makes a fastify instance (one plugin per
 * resource, TypeBox schemas on every route, one error handler) over a {@link StoreClient},
 * a health probe and an event source. It never listens itself.
 *
 * ```ts
 * import { buildGateway, busStoreClient, busEvents } from '@skarm/gateway'
 * const app = buildGateway({ store: busStoreClient(bus), health: busHealth(bus), events: busEvents(bus) }, { logger })
 * await app.listen({ host: '127.0.0.1', port: 0 })
 * ```
 */
export { buildGateway } from './gateway.ts'
export { busStoreClient, busSyncClient } from './store-client.ts'
export { busEvents, eventToJson } from './events.ts'
export { busHealth, busNetwork, type BusHealthInit, type BusHealthRequester } from './health.ts'
export { messageToJson, preferencesToJson, modeName, modeNumber, type MessageJson, type ReactionJson, type PreferencesJson, type ModeName } from './json.ts'
export { GATEWAY_ERROR_CODES, STATUS_BY_KIND, toHttpError, errorBody, type GatewayErrorCode, type HttpError, type ErrorBody } from './errors.ts'
export {
  DEFAULT_HEARTBEAT_MS, DEFAULT_BODY_LIMIT, DEFAULT_MAX_EVENT_BACKLOG, DEFAULT_MESSAGE_LIMIT, MAX_MESSAGE_LIMIT,
  MAX_MESSAGE_BYTES, MODES, MEMBER_ACTIONS, DEFAULT_HEALTH_TIMEOUT_MS
} from './constants.ts'
export type {
  StoreClient, SyncClient, GatewayDeps, GatewayInit, ServiceHealth, NetworkHealth, GatewayEvent, GatewayEventSource, BusRequester, BusSubscriber,
  RequestOf, ResponseOf
} from './types.ts'
