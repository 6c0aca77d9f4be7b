/**
 * @packageDocumentation
 * The device bus: one NATS connection carrying protobuf request/reply (methods of
 * `@skarm/proto`) and events. Errors thrown by a handler cross the bus as
 * `skarm.common.v1.Error` (reply header `Skarm-Error: 1`) and are rebuilt as SkarmErrors.
 *
 * ```ts
 * const bus = await connectBus({ servers: 'nats://127.0.0.1:4222', name: 'store' })
 * bus.serve(healthMethod('store'), () => ({ service: 'store', status: 'up' }))
 * const res = await bus.request(healthMethod('store'), {}) // from any process
 * await bus.close()
 * ```
 */
export { connectBus, type Bus, type BusOptions } from './bus.ts'
export { DEFAULT_REQUEST_TIMEOUT_MS, ERROR_HEADER } from './constants.ts'
