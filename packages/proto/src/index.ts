/**
 * @packageDocumentation
 * The bus contract: code generated from `proto/` (protobufjs static modules, committed;
 * `npm run gen:proto` regenerates it and a test fails on drift) and the subject names.
 *
 * ```ts
 * import { skarm, requestSubject } from '@skarm/proto'
 * const bytes = skarm.store.v1.SendMessageRequest.encode({ id, body: 'hi' }).finish()
 * requestSubject('store', 'send_message') // 'skarm.store.v1.send_message'
 * ```
 */
export { skarm } from './generated/skarm.js'
export { StoreMethods, ValidatorMethods, TransportMethods, DhtMethods, DhtEvents, FilesMethods, healthMethod, Events, type Method } from './methods.ts'
export { SyncMethods, SyncEvents } from './methods-sync.ts'
export { requestSubject, healthSubject, eventSubject, ALL_EVENTS, SERVICES, type ServiceName } from './subjects.ts'

/** What the bus needs of a generated message type. */
export interface ProtoType<T> {
  encode: (message: T) => { finish: () => Uint8Array }
  decode: (data: Uint8Array) => T
}
