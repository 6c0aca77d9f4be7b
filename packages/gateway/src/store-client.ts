import { StoreMethods } from '@skarm/proto'
import type { Method } from '@skarm/proto'
import type { BusRequester, StoreClient } from './types.ts'

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
