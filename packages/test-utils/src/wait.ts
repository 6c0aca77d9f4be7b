/** Options of {@link waitFor}. */
export interface WaitForOptions {
  /** Give up after this long; default 10 000 ms. */
  timeoutMs?: number
  /** Pause between attempts; default 50 ms. */
  intervalMs?: number
  /** Said in the timeout error. */
  message?: string
}

/**
 * Calls `fn` until it returns a truthy value (which is returned) without throwing.
 * On timeout it rejects with the last error `fn` threw, or with a timeout error.
 *
 * ```ts
 * const pid = await waitFor(() => readPid(), { timeoutMs: 5000 })
 * ```
 */
export async function waitFor<T> (fn: () => T | Promise<T>, opts: WaitForOptions = {}): Promise<NonNullable<T>> {
  const timeoutMs = opts.timeoutMs ?? 10_000
  const intervalMs = opts.intervalMs ?? 50
  const deadline = Date.now() + timeoutMs
  let lastError: unknown
  while (true) {
    try {
      const v = await fn()
      if (v !== undefined && v !== null && v !== false && v !== 0 && v !== '') return v as NonNullable<T>
      lastError = undefined
    } catch (err) {
      lastError = err
    }
    if (Date.now() >= deadline) {
      const what = opts.message ?? 'condition'
      throw new Error(`waitFor: ${what} not met within ${timeoutMs} ms${lastError instanceof Error ? `: ${lastError.message}` : ''}`, { cause: lastError })
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
}
