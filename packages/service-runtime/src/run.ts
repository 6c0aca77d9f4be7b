import type { Bus } from '@skarm/bus'
import { toSkarmError } from '@skarm/errors'
import type { ServiceName } from '@skarm/proto'
import type { Logger } from 'pino'
import { loadConfig, type ServiceConfig } from './config.ts'
import { EXIT_BAD_CONFIG, EXIT_NO_BUS, READY_MESSAGE, SHUTDOWN_TIMEOUT_MS } from './constants.ts'
import { createJsonLogger } from './logger.ts'

/** What a service's `start` receives. */
export interface ServiceContext {
  name: ServiceName
  config: ServiceConfig
  /** Already a child logger with `{ component: name }`. */
  logger: Logger
  bus: Bus
}

/** What a service's `start` returns. */
export interface RunningService {
  /** Releases everything; called once on SIGTERM/SIGINT, before the bus is drained. */
  stop: () => Promise<void>
  /** Extra facts for the health answer (`detailsJson`), e.g. `{ api: 'http://127.0.0.1:8080' }`. */
  details?: () => Record<string, unknown>
}

/**
 * What a service sends the supervisor that spawned it (over the IPC channel) once it answers
 * health: the supervisor needs no bus client of its own to know that, nor to read the details
 * it puts in run.json (the gateway's `api`, the transport's `addresses`).
 */
export interface ReadyMessage {
  type: typeof READY_MESSAGE
  pid: number
  /** What `RunningService.details()` answered then. */
  details: Record<string, unknown>
}

/** True when an IPC message is a {@link ReadyMessage}. */
export function isReadyMessage (m: unknown): m is ReadyMessage {
  const r = m as Partial<ReadyMessage> | null
  return typeof r === 'object' && r !== null && r.type === READY_MESSAGE && typeof r.pid === 'number' && typeof r.details === 'object' && r.details !== null
}

/**
 * The stderr logger of a process: pino's JSON lines (`level`, ISO `time`, `pid`, `component`,
 * fields, `msg`), synchronous so that nothing is lost on exit. A small logger of our own
 * ({@link createJsonLogger}), not pino: that would cost a few MB of RSS in every process.
 */
export function createLogger (level: string, component: string): Logger {
  return createJsonLogger({ level, base: { pid: process.pid } }).child({ component })
}

async function bounded (p: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined
  await Promise.race([p.then(() => {}, () => {}), new Promise<void>((resolve) => { timer = setTimeout(resolve, ms) })])
  clearTimeout(timer)
}

/**
 * The process shell of a service: config → logger → bus → `start` → health → signals → stop.
 *
 * - A bad config prints a clear message and exits 2 (so does a start that fails with an
 *   `InvalidInputError`: the configuration cannot work); no first bus connection exits 3.
 * - Serves `healthMethod(name)` once `start` has resolved; then, spawned with an IPC channel,
 *   sends its supervisor a {@link ReadyMessage}.
 * - SIGTERM/SIGINT (or the loss of the IPC channel to the supervisor that spawned it):
 *   `stop()`, drain the bus, exit 0 (1 when `stop()` failed).
 * - An uncaught exception or unhandled rejection is logged and exits 1: the supervisor restarts it.
 *
 * ```ts
 * await runService('store', async ({ bus, config, logger }) => {
 *   const store = await createStore({ bus, logger }, { dataDir: config.dataDir })
 *   return { stop: () => store.close() }
 * })
 * ```
 */
export async function runService (name: ServiceName, start: (ctx: ServiceContext) => Promise<RunningService>): Promise<void> {
  let config: ServiceConfig
  try {
    config = loadConfig(process.argv.slice(2), process.env)
  } catch (err) {
    process.stderr.write(`skarm ${name}: bad configuration: ${err instanceof Error ? err.message : String(err)}\n`)
    process.exit(EXIT_BAD_CONFIG)
  }
  const logger = createLogger(config.logLevel, name)
  process.on('uncaughtException', (err) => {
    logger.fatal({ err }, 'uncaught exception')
    process.exit(1)
  })
  process.on('unhandledRejection', (err) => {
    logger.fatal({ err }, 'unhandled rejection')
    process.exit(1)
  })

  let bus: Bus | undefined
  let starting: Promise<RunningService | undefined> = Promise.resolve(undefined)
  let stopping = false
  const shutdown = (reason: string): void => {
    if (stopping) return
    stopping = true
    logger.info({ reason }, 'service stopping')
    // stop() or the drain may hang (e.g. the bus server is gone): the process ends anyway
    setTimeout(() => {
      logger.error({ timeoutMs: SHUTDOWN_TIMEOUT_MS }, 'service did not stop in time')
      process.exit(1)
    }, SHUTDOWN_TIMEOUT_MS).unref()
    void (async () => {
      let code = 0
      const running = await starting.catch(() => undefined)
      try {
        await running?.stop()
      } catch (err) {
        logger.error({ err }, 'service stop failed')
        code = 1
      }
      if (bus !== undefined) await bounded(bus.close(), SHUTDOWN_TIMEOUT_MS / 2)
      logger.info({ code }, 'service stopped')
      process.exit(code)
    })()
  }
  process.on('SIGTERM', () => shutdown('SIGTERM'))
  process.on('SIGINT', () => shutdown('SIGINT'))
  // Spawned by the supervisor with an IPC channel: the channel closes when the supervisor
  // dies, even by SIGKILL, so a service never outlives its stack.
  if (process.channel !== undefined) process.on('disconnect', () => shutdown('supervisor gone'))

  // loaded here, not at import: `skarm up` reads config and logger from this package without the bus
  const { connectBus } = await import('@skarm/bus')
  const { healthMethod, skarm } = await import('@skarm/proto')
  try {
    bus = await connectBus({ servers: config.natsUrl, token: config.natsToken, name: `skarm-${name}`, logger })
  } catch (err) {
    logger.fatal({ err }, 'bus connection failed')
    process.exit(EXIT_NO_BUS)
  }
  const ctx: ServiceContext = { name, config, logger, bus }
  starting = start(ctx)
  let running: RunningService
  try {
    running = (await starting)!
  } catch (err) {
    const e = toSkarmError(err)
    logger.fatal({ err, code: e.code }, 'service failed to start')
    if (e.kind === 'invalid') process.stderr.write(`skarm ${name}: bad configuration: ${e.message}\n`)
    await bounded(bus.close(), 2000)
    process.exit(e.kind === 'invalid' ? EXIT_BAD_CONFIG : 1)
  }
  if (stopping) return
  bus.serve(healthMethod(name), () => skarm.common.v1.HealthResponse.create({
    service: name,
    status: 'up',
    pid: process.pid,
    uptimeSeconds: process.uptime(),
    detailsJson: JSON.stringify(running.details?.() ?? {})
  }))
  await bus.flush()
  logger.info('service started')
  if (process.connected) {
    const ready: ReadyMessage = { type: READY_MESSAGE, pid: process.pid, details: running.details?.() ?? {} }
    // a supervisor that is gone by now is noticed by 'disconnect'
    process.send?.(ready, undefined, undefined, () => {})
  }
}
