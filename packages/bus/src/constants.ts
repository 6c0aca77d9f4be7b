/** How long `request` waits for a reply unless told otherwise: 10 s. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000

/** The header a serving side sets on a reply that carries a `skarm.common.v1.Error`. */
export const ERROR_HEADER = 'Skarm-Error'

/** Milliseconds between reconnect attempts: nats-server is local, so retry soon and forever. */
export const RECONNECT_WAIT_MS = 250
