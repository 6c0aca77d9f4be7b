import { mkdir, rm } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { connectBus, type Bus } from '@skarm/bus'
import { SkarmError, UnavailableError, InvalidInputError } from '@skarm/errors'
import { healthMethod, TransportMethods, type ServiceName } from '@skarm/proto'
import { pino, type Logger } from 'pino'
import { DIST_CONDITION } from '../build-state.js'
import { nextRestartDelay, type BackoffOptions } from './backoff.ts'
import { ensureBuild } from './build.ts'
import { ManagedChild, type ChildExit } from './child.ts'
import { HEALTH_POLL_MS, HEALTH_TIMEOUT_MS, MALLOC_ARENA_MAX, READY_TIMEOUT_MS, SERVICE_NODE_FLAGS, STACK_SERVICES, STOP_TIMEOUT_MS } from './constants.ts'
import { randomToken, startNatsServer, type NatsServer } from './nats-server.ts'
import { pinApi, pinListen } from './pins.ts'
import { acquireLock, writeFileAtomic, type RunInfo } from './run-file.ts'

/** Options of {@link startStack}: the device's configuration plus what the caller's process knows. */
export interface StackOptions {
  /** The data folder (created if needed). */
  dataDir: string
  /** Gateway address `HOST:PORT` (port 0 = any). */
  api: string
  /** libp2p listen multiaddrs. */
  listen: string[]
  /** Multiaddrs of other devices to start from. */
  bootstrap: string[]
  /** An existing NATS server; without it a private one is started on 127.0.0.1 with a random token. */
  natsUrl?: string
  /** Token of the server at `natsUrl`. */
  natsToken?: string
  mdns: boolean
  logLevel: string
  /** The supervisor's own logger; silent by default. */
  logger?: Logger
  /** Base environment of the children (PATH, HOME…); their `SKARM_*` variables are set from the options. Default: empty. */
  env?: NodeJS.ProcessEnv
  /** Node executable for the services; default `process.execPath`. */
  nodePath?: string
  /** Entry script per service (run as given); default `<repo>/apps/<service>/dist/main.js` or `src/main.ts` (see `build`). */
  entries?: Partial<Record<ServiceName, string>>
  /**
   * Run the services of `<repo>/apps` as plain JS (`dist/main.js` under `--conditions=skarm-dist`,
   * built first, in a child process, when a source changed): type stripping costs ~22 MB per
   * process. Default true; false, or a build that fails, runs the TypeScript sources.
   */
  build?: boolean
  /** How long services have to answer health; default {@link READY_TIMEOUT_MS}. */
  readyTimeoutMs?: number
  /** SIGTERM grace before SIGKILL at stop; default {@link STOP_TIMEOUT_MS}. */
  stopTimeoutMs?: number
  /** Restart backoff of crashed children. */
  backoff?: BackoffOptions
  /** Aborting it while the stack starts stops what was started; `startStack` then rejects with `STACK_STOPPING`. */
  signal?: AbortSignal
}

/** A running device stack. */
export interface Stack {
  /** What `DATA/run.json` holds (updated when a restarted gateway or transport comes back). */
  readonly info: RunInfo
  /** The bus URL the services use. */
  readonly natsUrl: string
  /** Pid of the private nats-server (undefined with an external one). */
  natsPid: () => number | undefined
  /** Current pid of each service process (absent while one restarts). */
  pids: () => Partial<Record<ServiceName, number>>
  /** How many times each service was restarted. */
  restarts: () => Partial<Record<ServiceName, number>>
  /** Stops every child (SIGTERM, then SIGKILL after the grace), the nats-server, removes run.json. Idempotent. */
  stop: () => Promise<void>
}

const REPO_ROOT = resolve(import.meta.dirname, '../../..')

async function sleep (ms: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms))
}

function serviceEnv (base: NodeJS.ProcessEnv, vars: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  // Our SKARM_* settings replace whatever the caller had (e.g. a token of another server).
  for (const [k, v] of Object.entries(base)) if (!k.startsWith('SKARM_')) env[k] = v
  env.MALLOC_ARENA_MAX ??= MALLOC_ARENA_MAX
  for (const [k, v] of Object.entries(vars)) if (v !== undefined) env[k] = v
  return env
}

class DeviceStack implements Stack {
  readonly #opts: StackOptions
  readonly #log: Logger
  readonly #children = new Map<ServiceName, ManagedChild>()
  readonly #everReady = new Set<ServiceName>()
  readonly #readySinceSpawn = new Set<ServiceName>()
  readonly #badConfig = new Map<ServiceName, number>()
  readonly #pins: { api?: string, listen?: string[] } = {}
  readonly #runFile: string
  readonly #logDir: string
  readonly #runDir: string
  #nats: NatsServer | undefined
  /** The restart in progress after a nats-server crash (resolved when none). */
  #natsRestart: Promise<void> = Promise.resolve()
  #natsDelay: number | undefined
  #natsUrl = ''
  #natsToken: string | undefined
  #bus: Bus | undefined
  #releaseLock: (() => Promise<void>) | undefined
  #stopping: Promise<void> | undefined
  #ready = false
  /** The services of `<repo>/apps` run from dist/ (decided once per start: every restart runs the same code). */
  #dist = false
  info: RunInfo = { api: '', p2p: [], pid: process.pid }

  constructor (opts: StackOptions) {
    this.#opts = { ...opts, dataDir: resolve(opts.dataDir) }
    this.#log = opts.logger ?? pino({ level: 'silent' })
    this.#runFile = join(this.#opts.dataDir, 'run.json')
    this.#logDir = join(this.#opts.dataDir, 'logs')
    this.#runDir = join(this.#opts.dataDir, 'run')
  }

  get natsUrl (): string {
    return this.#natsUrl
  }

  natsPid (): number | undefined {
    return this.#nats?.process.pid
  }

  pids (): Partial<Record<ServiceName, number>> {
    const out: Partial<Record<ServiceName, number>> = {}
    for (const [name, c] of this.#children) if (c.pid !== undefined) out[name] = c.pid
    return out
  }

  restarts (): Partial<Record<ServiceName, number>> {
    const out: Partial<Record<ServiceName, number>> = {}
    for (const [name, c] of this.#children) out[name] = c.restarts
    return out
  }

  /** Settles when {@link start} has finished, either way: stop() waits for it so nothing started late survives. */
  #started: Promise<void> = Promise.resolve()

  async start (): Promise<void> {
    const run = this.#start()
    this.#started = run.then(() => {}, () => {})
    await run
  }

  #checkStopping (): void {
    if (this.#stopping !== undefined) throw new UnavailableError('STACK_STOPPING', 'the stack is stopping')
  }

  async #start (): Promise<void> {
    const { dataDir } = this.#opts
    await mkdir(dataDir, { recursive: true, mode: 0o700 })
    await mkdir(this.#logDir, { recursive: true, mode: 0o700 })
    await mkdir(this.#runDir, { recursive: true, mode: 0o700 })
    this.#releaseLock = await acquireLock(join(this.#runDir, 'skarmd.pid'), process.pid)
    this.#checkStopping()
    // a run.json left by a killed stack would point to nothing
    await rm(this.#runFile, { force: true })

    if (this.#opts.build !== false && STACK_SERVICES.some((name) => this.#opts.entries?.[name] === undefined)) {
      const b = await ensureBuild(REPO_ROOT, this.#opts.nodePath ?? process.execPath)
      this.#dist = b.fresh
      if (!b.fresh) this.#log.warn({ output: b.output.slice(-2000) }, 'build failed; running the TypeScript sources')
      this.#checkStopping()
    }

    if (this.#opts.natsUrl !== undefined) {
      this.#natsUrl = this.#opts.natsUrl
      this.#natsToken = this.#opts.natsToken
    } else {
      this.#natsToken = randomToken()
      this.#nats = await this.#startNats(0)
      this.#natsUrl = this.#nats.url
      this.#superviseNats(this.#nats)
      this.#checkStopping()
    }
    this.#bus = await connectBus({ servers: this.#natsUrl, token: this.#natsToken, name: 'skarm-skarmd', logger: this.#log })
    this.#checkStopping()

    const deadline = Date.now() + (this.#opts.readyTimeoutMs ?? READY_TIMEOUT_MS)
    for (const name of STACK_SERVICES) this.#children.set(name, this.#makeChild(name))
    // store first: every other service asks it for state as it starts
    this.#children.get('store')!.start()
    await this.#waitReady('store', deadline)
    const rest = STACK_SERVICES.filter((s) => s !== 'store')
    for (const name of rest) this.#children.get(name)!.start()
    await Promise.all(rest.map(async (name) => await this.#waitReady(name, deadline)))

    this.info = await this.#readInfo()
    this.#checkStopping()
    if (this.#opts.api.endsWith(':0')) this.#pins.api = pinApi(this.#opts.api, this.info.api)
    const listen = pinListen(this.#opts.listen, this.info.p2p)
    if (listen.join(',') !== this.#opts.listen.join(',')) this.#pins.listen = listen
    this.#checkStopping()
    await writeFileAtomic(this.#runFile, JSON.stringify(this.info) + '\n')
    this.#ready = true
    this.#log.info({ api: this.info.api, p2p: this.info.p2p }, 'stack ready')
  }

  async #startNats (port: number): Promise<NatsServer> {
    return await startNatsServer({ runDir: this.#runDir, logFile: join(this.#logDir, 'nats.log'), token: this.#natsToken, port, path: this.#opts.env?.PATH })
  }

  /** A crashed private nats-server comes back on the same port with the same token: clients reconnect by themselves. */
  #superviseNats (server: NatsServer): void {
    const startedAt = Date.now()
    void server.exited.then(({ code, signal }) => {
      if (this.#stopping !== undefined) return
      this.#natsRestart = this.#restartNats(server.port, { code, signal, upMs: Date.now() - startedAt })
    })
  }

  async #restartNats (port: number, exit: { code: number | null, signal: NodeJS.Signals | null, upMs: number }): Promise<void> {
    this.#natsDelay = nextRestartDelay(this.#natsDelay, exit.upMs, this.#opts.backoff)
    this.#log.warn({ service: 'nats', code: exit.code, signal: exit.signal, restartInMs: this.#natsDelay }, 'nats-server exited; restarting')
    while (this.#stopping === undefined) {
      await sleep(this.#natsDelay)
      if (this.#stopping !== undefined) return
      try {
        const next = await this.#startNats(port)
        this.#nats = next
        // stop() waits for this restart: it then stops the new server itself
        if (this.#stopping !== undefined) return
        this.#superviseNats(next)
        return
      } catch (err) {
        this.#natsDelay = nextRestartDelay(this.#natsDelay, 0, this.#opts.backoff)
        this.#log.error({ err, restartInMs: this.#natsDelay }, 'nats-server restart failed')
      }
    }
  }

  #makeChild (name: ServiceName): ManagedChild {
    const o = this.#opts
    const custom = o.entries?.[name]
    const args = [...SERVICE_NODE_FLAGS, ...(custom !== undefined
      ? [custom]
      : this.#dist
        ? [`--conditions=${DIST_CONDITION}`, join(REPO_ROOT, 'apps', name, 'dist', 'main.js')]
        : [join(REPO_ROOT, 'apps', name, 'src', 'main.ts')])]
    const env = (): NodeJS.ProcessEnv => serviceEnv(o.env ?? {}, {
      SKARM_DATA: o.dataDir,
      SKARM_NATS_URL: this.#natsUrl,
      SKARM_NATS_TOKEN: this.#natsToken,
      SKARM_API: name === 'gateway' ? (this.#pins.api ?? o.api) : o.api,
      SKARM_LISTEN: (name === 'transport' ? (this.#pins.listen ?? o.listen) : o.listen).join(','),
      SKARM_BOOTSTRAP: o.bootstrap.join(','),
      SKARM_MDNS: o.mdns ? '1' : '0',
      SKARM_LOG_LEVEL: o.logLevel
    })
    return new ManagedChild(
      { name, command: o.nodePath ?? process.execPath, args, env, logFile: join(this.#logDir, `${name}.log`) },
      this.#log,
      o.backoff,
      {
        spawned: (_pid, restarts) => {
          this.#readySinceSpawn.delete(name)
          if (restarts > 0 && this.#ready) void this.#afterRestart(name)
        },
        exited: (exit) => this.#onChildExit(name, exit)
      }
    )
  }

  #onChildExit (name: ServiceName, exit: ChildExit): void {
    if (exit.expected) return
    // exit code 2 = the service refused its configuration: waiting for it is pointless
    if (exit.code === 2 && !this.#everReady.has(name)) this.#badConfig.set(name, exit.code)
    if (!this.#readySinceSpawn.has(name)) {
      // a restart with a pinned port that never came up: let it pick any port next time
      if (name === 'gateway' && this.#pins.api !== undefined) {
        this.#log.warn({ service: name, api: this.#pins.api }, 'dropping the pinned api port')
        delete this.#pins.api
      }
      if (name === 'transport' && this.#pins.listen !== undefined) {
        this.#log.warn({ service: name, listen: this.#pins.listen }, 'dropping the pinned listen ports')
        delete this.#pins.listen
      }
    }
  }

  async #health (name: ServiceName): Promise<{ detailsJson: string, pid: number }> {
    return await this.#bus!.request(healthMethod(name), {}, { timeoutMs: HEALTH_TIMEOUT_MS })
  }

  async #waitReady (name: ServiceName, deadline: number): Promise<void> {
    const child = this.#children.get(name)!
    while (true) {
      this.#checkStopping()
      if (this.#badConfig.has(name)) {
        throw new InvalidInputError('SERVICE_BAD_CONFIG', `the ${name} service refused its configuration (see ${child.spec.logFile})`, { service: name, logFile: child.spec.logFile })
      }
      try {
        const h = await this.#health(name)
        if (h.pid === child.pid) {
          this.#everReady.add(name)
          this.#readySinceSpawn.add(name)
          this.#log.info({ service: name, childPid: h.pid }, 'service ready')
          return
        }
      } catch {}
      if (Date.now() > deadline) {
        throw new UnavailableError('STACK_NOT_READY', `the ${name} service did not answer on the bus in time (see ${child.spec.logFile})`, { service: name, logFile: child.spec.logFile })
      }
      await sleep(HEALTH_POLL_MS)
    }
  }

  async #afterRestart (name: ServiceName): Promise<void> {
    const child = this.#children.get(name)!
    const pid = child.pid
    while (this.#stopping === undefined && child.pid === pid && pid !== undefined) {
      try {
        const h = await this.#health(name)
        if (h.pid === pid) {
          this.#readySinceSpawn.add(name)
          this.#log.info({ service: name, childPid: pid }, 'service ready again')
          if (name === 'gateway' || name === 'transport') await this.#refreshInfo()
          return
        }
      } catch {}
      await sleep(HEALTH_POLL_MS)
    }
  }

  async #refreshInfo (): Promise<void> {
    try {
      const info = await this.#readInfo()
      if (this.#stopping !== undefined) return
      this.info = info
      await writeFileAtomic(this.#runFile, JSON.stringify(info) + '\n')
      this.#log.info({ api: info.api, p2p: info.p2p }, 'run.json updated')
    } catch (err) {
      this.#log.warn({ err }, 'run.json not updated')
    }
  }

  async #readInfo (): Promise<RunInfo> {
    const gw = await this.#health('gateway')
    let details: { api?: unknown }
    try {
      details = JSON.parse(gw.detailsJson === '' ? '{}' : gw.detailsJson) as { api?: unknown }
    } catch {
      details = {}
    }
    if (typeof details.api !== 'string' || !/^https?:\/\//.test(details.api)) {
      throw new SkarmError('GATEWAY_NO_API', 'the gateway health details lack "api" (http://HOST:PORT)', { detailsJson: gw.detailsJson })
    }
    const addrs = await this.#bus!.request(TransportMethods.getAddresses, {}, { timeoutMs: HEALTH_TIMEOUT_MS })
    return { api: details.api, p2p: [...addrs.addresses], pid: process.pid }
  }

  async stop (): Promise<void> {
    this.#stopping ??= this.#stop()
    await this.#stopping
  }

  async #stop (): Promise<void> {
    this.#log.info('stack stopping')
    await this.#started
    const deadline = Date.now() + (this.#opts.stopTimeoutMs ?? STOP_TIMEOUT_MS)
    // Everything that talks to the store goes first, so that its last requests are answered.
    const others = [...this.#children].filter(([n]) => n !== 'store').map(([, c]) => c)
    await Promise.all(others.map(async (c) => await c.stop(deadline)))
    await this.#children.get('store')?.stop(deadline)
    if (this.#bus !== undefined) {
      await Promise.race([this.#bus.close().catch(() => {}), sleep(2000)])
    }
    // the restart loop sees #stopping at its next step; wait so that a server it just started is the one stopped
    await this.#natsRestart
    await this.#nats?.stop()
    await rm(this.#runFile, { force: true })
    await this.#releaseLock?.()
    this.#log.info('stack stopped')
  }
}

/**
 * Starts a device stack: a private nats-server (unless `natsUrl`), then the six services as
 * separate processes (`store` first), each restarted with backoff when it dies. Resolves once
 * every service answers health, with `DATA/run.json` written; rejects (having stopped what it
 * started) when a service does not come up in `readyTimeoutMs` or refuses its configuration.
 *
 * ```ts
 * const stack = await startStack({ dataDir, api: '127.0.0.1:0', listen: ['/ip4/0.0.0.0/tcp/0'], bootstrap: [], mdns: true, logLevel: 'info', env: process.env })
 * console.log(`ready ${JSON.stringify(stack.info)}`)
 * process.once('SIGTERM', () => { void stack.stop() })
 * ```
 */
export async function startStack (opts: StackOptions): Promise<Stack> {
  const stack = new DeviceStack(opts)
  const onAbort = (): void => { void stack.stop() }
  opts.signal?.addEventListener('abort', onAbort, { once: true })
  try {
    if (opts.signal?.aborted === true) throw new UnavailableError('STACK_STOPPING', 'the stack is stopping')
    await stack.start()
  } catch (err) {
    await stack.stop()
    throw err
  } finally {
    opts.signal?.removeEventListener('abort', onAbort)
  }
  return stack
}
