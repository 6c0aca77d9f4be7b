import { BACKOFF_INITIAL_MS, BACKOFF_MAX_MS, BACKOFF_RESET_AFTER_MS } from './constants.ts'

/** Restart backoff of a crashed child. */
export interface BackoffOptions {
  /** First delay; default {@link BACKOFF_INITIAL_MS} (100 ms). */
  initialMs?: number
  /** Longest delay; default {@link BACKOFF_MAX_MS} (5 s). */
  maxMs?: number
  /** A child that stayed up this long starts again from `initialMs`; default {@link BACKOFF_RESET_AFTER_MS} (30 s). */
  resetAfterMs?: number
}

/**
 * The delay before restarting a child that just exited: `initialMs` the first time or when
 * it had been up for `resetAfterMs`, else the previous delay doubled, at most `maxMs`.
 */
export function nextRestartDelay (previousDelayMs: number | undefined, upMs: number, opts: BackoffOptions = {}): number {
  const initial = opts.initialMs ?? BACKOFF_INITIAL_MS
  const max = opts.maxMs ?? BACKOFF_MAX_MS
  const resetAfter = opts.resetAfterMs ?? BACKOFF_RESET_AFTER_MS
  if (previousDelayMs === undefined || upMs >= resetAfter) return Math.min(initial, max)
  return Math.min(Math.max(previousDelayMs * 2, initial), max)
}
