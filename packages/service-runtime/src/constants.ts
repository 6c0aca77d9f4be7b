/** Default of `ServiceConfig.api`: loopback, any free port. */
export const DEFAULT_API = '127.0.0.1:0'

/** Default of `ServiceConfig.listen`: every IPv4 interface, any free port. */
export const DEFAULT_LISTEN: readonly string[] = ['/ip4/0.0.0.0/tcp/0']

/** Default of `ServiceConfig.logLevel`. */
export const DEFAULT_LOG_LEVEL = 'info'

/** The optional config file inside the data folder. */
export const CONFIG_FILE = 'config.json'

/** How long `stop()` plus the bus drain may take after SIGTERM before the process exits anyway. */
export const SHUTDOWN_TIMEOUT_MS = 9_000

/** Exit code of a service whose configuration cannot work (the supervisor then stops waiting for it). */
export const EXIT_BAD_CONFIG = 2

/** Exit code of a service that could not make its first bus connection (wrong URL or token). */
export const EXIT_NO_BUS = 3

/** `type` of the message a service sends its supervisor over the IPC channel once it serves health. */
export const READY_MESSAGE = 'skarm:service-ready'

/** Default fetch limits (SPEC.md §5): 10,000 commits or 64 MiB of pack data in one fetch. */
export const DEFAULT_FETCH_MAX_COMMITS = 10_000
export const DEFAULT_FETCH_MAX_MIB = 64
