/** Largest bus message the private nats-server accepts: 8 MB (its default is 1 MB). */
export const NATS_MAX_PAYLOAD = 8 * 1024 * 1024

/** How long nats-server may take to report its port. */
export const NATS_START_TIMEOUT_MS = 10_000

/** The services of a stack, in start order: `store` first, the others depend on it. */
export const STACK_SERVICES = ['store', 'validator', 'transport', 'dht', 'files', 'gateway'] as const

/** Default of `StackOptions.readyTimeoutMs`: how long every service has to answer health. */
export const READY_TIMEOUT_MS = 60_000

/** Default of `StackOptions.stopTimeoutMs`: SIGTERM grace before SIGKILL. */
export const STOP_TIMEOUT_MS = 10_000

/** Default restart backoff: first delay. */
export const BACKOFF_INITIAL_MS = 100

/** Default restart backoff: longest delay. */
export const BACKOFF_MAX_MS = 5_000

/** Default restart backoff: a child that stayed up this long starts again from the first delay. */
export const BACKOFF_RESET_AFTER_MS = 30_000

/** How often `startStack` checks whether a starting service has reported ready. */
export const READY_POLL_MS = 50

/**
 * glibc malloc arenas per service process unless the caller's environment sets
 * MALLOC_ARENA_MAX: one arena per thread (V8 and libuv workers) costs ~10 MB of idle RSS per
 * Node process for nothing, Node's own heap does not use malloc.
 */
export const MALLOC_ARENA_MAX = '2'

/**
 * Node flags per service. Under the allocation burst of their start (libp2p, fastify) V8 grows
 * the young generation up to 3 × 16 MB and keeps it committed: 1 MB semi-spaces cost 10-25 MB
 * less idle RSS in the transport, dht and gateway (measured with bench/idle-rss.ts). Not for
 * the store and validator: they gain nothing idle and sends get slower (more scavenges,
 * earlier promotion: send p50 5.7 → 8.4 ms in tools/bench).
 */
export const SERVICE_NODE_FLAGS: Readonly<Partial<Record<typeof STACK_SERVICES[number], readonly string[]>>> = {
  transport: ['--max-semi-space-size=1'],
  dht: ['--max-semi-space-size=1'],
  gateway: ['--max-semi-space-size=1']
}
