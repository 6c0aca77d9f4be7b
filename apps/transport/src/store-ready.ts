// The services of a stack start together: what needs the store waits until it answers.
import type { Bus } from '@skarm/bus'
import { healthMethod } from '@skarm/proto'

/** Delay before asking the store again, ms: doubled after each failure, up to {@link MAX_DELAY_MS}. */
const FIRST_DELAY_MS = 100
const MAX_DELAY_MS = 2_000
/** Timeout of one health request to the store, ms. */
const HEALTH_TIMEOUT_MS = 2_000

/**
 * Resolves once the store answers its health request, asked again after a delay that doubles
 * (100 ms, then up to 2 s); resolves as well, without an answer, once `stopped()` is true.
 */
export async function storeReady (bus: Bus, stopped: () => boolean): Promise<void> {
  for (let delay = FIRST_DELAY_MS; !stopped(); delay = Math.min(delay * 2, MAX_DELAY_MS)) {
    try {
      await bus.request(healthMethod('store'), {}, { timeoutMs: HEALTH_TIMEOUT_MS })
      return
    } catch {
      await new Promise((resolve) => setTimeout(resolve, delay))
    }
  }
}
