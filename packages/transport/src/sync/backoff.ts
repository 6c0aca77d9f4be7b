/** Options of {@link Backoff}. */
export interface BackoffInit {
  /** Delay after the first failure, ms. */
  baseMs: number
  /** Longest delay, ms. */
  maxMs: number
  /** Clock (tests). */
  now?: () => number
}

/**
 * Bounded exponential backoff per key (a peer): after n failures the key is refused for
 * min(max, base·2^(n−1)) ms; a success clears it. Nothing is retried from here: a refused
 * peer is simply not fetched from until its delay has passed, so an invalid or failing peer
 * costs at most one attempt per delay, never a retry storm.
 */
export class Backoff {
  private readonly base: number
  private readonly max: number
  private readonly now: () => number
  private readonly state = new Map<string, { failures: number, until: number }>()

  constructor (init: BackoffInit) {
    this.base = init.baseMs
    this.max = init.maxMs
    this.now = init.now ?? Date.now
  }

  /** True when `key` may be tried now. */
  allowed (key: string): boolean {
    const s = this.state.get(key)
    return s === undefined || this.now() >= s.until
  }

  /** Milliseconds until `key` may be tried again (0 when it may be tried now). */
  remaining (key: string): number {
    const s = this.state.get(key)
    return s === undefined ? 0 : Math.max(0, s.until - this.now())
  }

  /** Records a failure; returns the delay before the next attempt. */
  fail (key: string): number {
    const s = this.state.get(key) ?? { failures: 0, until: 0 }
    s.failures++
    const delay = Math.min(this.max, this.base * 2 ** Math.min(s.failures - 1, 30))
    s.until = this.now() + delay
    this.state.set(key, s)
    return delay
  }

  /** Records a success. */
  succeed (key: string): void {
    this.state.delete(key)
  }

  /** Failures recorded for `key`. */
  failures (key: string): number {
    return this.state.get(key)?.failures ?? 0
  }
}
