import { StoreMethods, SyncMethods } from '@skarm/proto'
import type { Method } from '@skarm/proto'
import type { BusRequester, StoreClient, SyncClient } from './types.ts'

/**
 * A {@link StoreClient} over the bus: each method is `bus.request(StoreMethods.<name>, req)`.
 * Errors are the bus's: `SkarmError`s rebuilt from the store's reply, `UnavailableError`
 * when the store does not answer.
 */
export function busStoreClient (bus: BusRequester): StoreClient {
  const client: Record<string, (req: unknown) => Promise<unknown>> = {}
  for (const [name, method] of Object.entries(StoreMethods) as Array<[string, Method<unknown, unknown>]>) {
    client[name] = async (req) => await bus.request(method, req)
  }
  return client as StoreClient
}

/** A {@link SyncClient} over the bus: each call is `bus.request(SyncMethods[name], req)`. */
export function busSyncClient (bus: BusRequester): SyncClient {
  const client: Record<string, (req: unknown) => Promise<unknown>> = {}
  for (const [name, method] of Object.entries(SyncMethods) as Array<[string, Method<unknown, unknown>]>) {
    client[name] = async (req) => await bus.request(method, req)
  }
  return client as SyncClient
}
