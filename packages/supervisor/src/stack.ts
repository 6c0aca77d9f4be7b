import { mkdir, rm } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { SkarmError, UnavailableError, InvalidInputError } from '@skarm/errors'
import type { ServiceName } from '@skarm/proto'
import { createJsonLogger, EXIT_BAD_CONFIG, EXIT_NO_BUS } from '@skarm/service-runtime'
import type { Logger } from 'pino'
import { DIST_CONDITION } from '../build-state.js'
import { nextRestartDelay, type BackoffOptions } from './backoff.ts'
import { ensureBuild } from './build.ts'
import { ManagedChild, type ChildExit } from './child.ts'
import { READY_POLL_MS, MALLOC_ARENA_MAX, READY_TIMEOUT_MS, SERVICE_NODE_FLAGS, STACK_SERVICES, STOP_TIMEOUT_MS } from './constants.ts'
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
  /** Addresses announced as they are (SKARM_ANNOUNCE): a public server's, a forwarded port; default none. */
  announce?: string[]
  /** An existing NATS server; without it a private one is started on 127.0.0.1 with a random token. */
  natsUrl?: string
  /** Token of the server at `natsUrl`. */
  natsToken?: string
  mdns: boolean
  /** Serve as a circuit relay (SKARM_RELAY); default false. */
  relay?: boolean
  /** Listen on QUIC beside TCP (SKARM_QUIC); default false. */
  quic?: boolean
  logLevel: string
  /** Fetch limits handed to the services (SKARM_FETCH_MAX_COMMITS, SKARM_FETCH_MAX_MIB); default theirs. */
  fetchMaxCommits?: number
  fetchMaxMiB?: number
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
  /** Services that exited with EXIT_BAD_CONFIG or EXIT_NO_BUS before they were ever ready: waiting for them is pointless. */
  readonly #failed = new Map<ServiceName, number>()
  /** What each service's last ready message said (`details` of its health). */
  readonly #details = new Map<ServiceName, Record<string, unknown>>()
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
  #releaseLock: (() => Promise<void>) | undefined
  #stopping: Promise<void> | undefined
  #ready = false
  /** The services of `<repo>/apps` run from dist/ (decided once per start: every restart runs the same code). */
  #dist = false
  info: RunInfo = { api: '', p2p: [], pid: process.pid }

  constructor (opts: StackOptions) {
    this.#opts = { ...opts, dataDir: resolve(opts.dataDir) }
    this.#log = opts.logger ?? createJsonLogger({ level: 'silent' })
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

    const deadline = Date.now() + (this.#opts.readyTimeoutMs ?? READY_TIMEOUT_MS)
    for (const name of STACK_SERVICES) this.#children.set(name, this.#makeChild(name))
    // store first: every other service asks it for state as it starts
    this.#children.get('store')!.start()
    await this.#waitReady('store', deadline)
    const rest = STACK_SERVICES.filter((s) => s !== 'store')
    for (const name of rest) this.#children.get(name)!.start()
    await Promise.all(rest.map(async (name) => await this.#waitReady(name, deadline)))

    this.info = this.#readInfo()
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
    const args = [...SERVICE_NODE_FLAGS[name] ?? [], ...(custom !== undefined
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
      SKARM_ANNOUNCE: (o.announce ?? []).join(','),
      SKARM_MDNS: o.mdns ? '1' : '0',
      SKARM_RELAY: o.relay === true ? '1' : '0',
      SKARM_QUIC: o.quic === true ? '1' : '0',
      SKARM_LOG_LEVEL: o.logLevel,
      SKARM_FETCH_MAX_COMMITS: o.fetchMaxCommits === undefined ? undefined : String(o.fetchMaxCommits),
      SKARM_FETCH_MAX_MIB: o.fetchMaxMiB === undefined ? undefined : String(o.fetchMaxMiB)
    })
    return new ManagedChild(
      { name, command: o.nodePath ?? process.execPath, args, env, logFile: join(this.#logDir, `${name}.log`) },
      this.#log,
      o.backoff,
      {
        spawned: () => {
          this.#readySinceSpawn.delete(name)
        },
        ready: (pid, details) => this.#onChildReady(name, pid, details),
        exited: (exit) => this.#onChildExit(name, exit)
      }
    )
  }

  #onChildReady (name: ServiceName, pid: number, details: Record<string, unknown>): void {
    const again = this.#everReady.has(name)
    this.#everReady.add(name)
    this.#readySinceSpawn.add(name)
    this.#details.set(name, details)
    this.#log.info({ service: name, childPid: pid }, again ? 'service ready again' : 'service ready')
    // a restarted gateway or transport may listen elsewhere: keep run.json true
    if (this.#ready && (name === 'gateway' || name === 'transport')) void this.#refreshInfo()
  }

  #onChildExit (name: ServiceName, exit: ChildExit): void {
    if (exit.expected) return
    // the service refused its configuration or cannot reach the bus: waiting for it is pointless
    if ((exit.code === EXIT_BAD_CONFIG || exit.code === EXIT_NO_BUS) && !this.#everReady.has(name)) this.#failed.set(name, exit.code)
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

  /** Resolves once the service's current process has sent its ready message (see `runService`). */
  async #waitReady (name: ServiceName, deadline: number): Promise<void> {
    const child = this.#children.get(name)!
    while (true) {
      this.#checkStopping()
      const failed = this.#failed.get(name)
      if (failed === EXIT_BAD_CONFIG) {
        throw new InvalidInputError('SERVICE_BAD_CONFIG', `the ${name} service refused its configuration (see ${child.spec.logFile})`, { service: name, logFile: child.spec.logFile })
      }
      if (failed === EXIT_NO_BUS) {
        throw new UnavailableError('BUS_UNAVAILABLE', `the ${name} service cannot connect to the bus at ${this.#natsUrl} (see ${child.spec.logFile})`, { service: name, logFile: child.spec.logFile })
      }
      if (this.#readySinceSpawn.has(name)) return
      if (Date.now() > deadline) {
        throw new UnavailableError('STACK_NOT_READY', `the ${name} service did not become ready in time (see ${child.spec.logFile})`, { service: name, logFile: child.spec.logFile })
      }
      await sleep(READY_POLL_MS)
    }
  }

  async #refreshInfo (): Promise<void> {
    try {
      const info = this.#readInfo()
      if (this.#stopping !== undefined) return
      this.info = info
      await writeFileAtomic(this.#runFile, JSON.stringify(info) + '\n')
      this.#log.info({ api: info.api, p2p: info.p2p }, 'run.json updated')
    } catch (err) {
      this.#log.warn({ err }, 'run.json not updated')
    }
  }

  /** run.json from the ready messages: the gateway's `api` and the transport's `addresses`. */
  #readInfo (): RunInfo {
    const gw = this.#details.get('gateway') ?? {}
    if (typeof gw.api !== 'string' || !/^https?:\/\//.test(gw.api)) {
      throw new SkarmError('GATEWAY_NO_API', 'the gateway health details lack "api" (http://HOST:PORT)', { details: gw })
    }
    const addresses = this.#details.get('transport')?.addresses
    if (!Array.isArray(addresses) || !addresses.every((a) => typeof a === 'string')) {
      throw new SkarmError('TRANSPORT_NO_ADDRESSES', 'the transport health details lack "addresses" (multiaddrs)', { details: this.#details.get('transport') ?? {} })
    }
    return { api: gw.api, p2p: [...addresses as string[]], pid: process.pid }
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
