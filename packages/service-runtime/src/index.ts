/**
 * @packageDocumentation
 * The process shell every Skarm service shares: configuration in layers (defaults <
 * `DATA/config.json` < `SKARM_*` environment < flags), a JSON logger on stderr (pino's lines), the bus,
 * the `health` method, signals and a clean stop.
 *
 * ```ts
 * // apps/store/src/main.ts
 * await runService('store', async ({ config, logger, bus }) => {
 *   const store = await createStore({ bus, logger }, { dataDir: config.dataDir })
 *   return { stop: () => store.close(), details: () => ({ conversations: store.size }) }
 * })
 * ```
 */
export { runService, createLogger, isReadyMessage, type ServiceContext, type RunningService, type ReadyMessage } from './run.ts'
export { createJsonLogger, serializeError, LOG_LEVELS, type JsonLoggerOptions } from './logger.ts'
export { loadConfig, loadStackConfig, parseHostPort, type ServiceConfig, type StackConfig } from './config.ts'
export { DEFAULT_API, DEFAULT_LISTEN, DEFAULT_LOG_LEVEL, CONFIG_FILE, EXIT_BAD_CONFIG, EXIT_NO_BUS, READY_MESSAGE } from './constants.ts'
export { ensurePorts, pickFreePort, isPortFree, busyListenPort, tcpPort, PORT_RANGE, type EnsuredPorts } from './ports.ts'
