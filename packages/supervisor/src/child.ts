import { spawn, type ChildProcess } from 'node:child_process'
import { closeSync, openSync } from 'node:fs'
import { isReadyMessage } from '@skarm/service-runtime'
import type { Logger } from 'pino'
import { nextRestartDelay, type BackoffOptions } from './backoff.ts'

/** How to run one supervised process. */
export interface ChildSpec {
  /** Name in logs (the service name). */
  name: string
  command: string
  args: string[]
  /** Evaluated at every (re)spawn: a restart may get pinned ports. */
  env: () => NodeJS.ProcessEnv
  /** stdout and stderr are appended here. */
  logFile: string
}

/** How one run of a child ended. */
export interface ChildExit {
  pid: number
  code: number | null
  signal: NodeJS.Signals | null
  upMs: number
  /** True when the supervisor asked for it (stop). */
  expected: boolean
}

/** Callbacks of a {@link ManagedChild}. */
export interface ChildEvents {
  /** A new process runs. */
  spawned?: (pid: number, restarts: number) => void
  /** The running process reported, over its IPC channel, that it serves health (`runService`), with its health details. */
  ready?: (pid: number, details: Record<string, unknown>) => void
  /** A process ended (before any restart is scheduled). */
  exited?: (exit: ChildExit) => void
}

function signalGroup (pid: number, signal: NodeJS.Signals): void {
  try {
    // the child leads its own process group (detached): this reaches anything it started too
    process.kill(-pid, signal)
  } catch {}
}

/**
 * One supervised process: spawned detached (own process group, so a terminal's Ctrl-C
 * reaches only the supervisor, which stops children in order) with an IPC channel (its
 * closing tells the child that the supervisor died; the child says on it when it is ready),
 * restarted with backoff when it exits on its own.
 */
export class ManagedChild {
  readonly spec: ChildSpec
  readonly #log: Logger
  readonly #backoff: BackoffOptions
  readonly #events: ChildEvents
  #proc: ChildProcess | undefined
  #startedAt = 0
  #exited: Promise<void> = Promise.resolve()
  #delay: number | undefined
  #timer: NodeJS.Timeout | undefined
  #stopping = false
  restarts = 0

  constructor (spec: ChildSpec, log: Logger, backoff: BackoffOptions = {}, events: ChildEvents = {}) {
    this.spec = spec
    this.#log = log
    this.#backoff = backoff
    this.#events = events
  }

  /** The pid of the running process, if one runs. */
  get pid (): number | undefined {
    return this.#proc?.pid
  }

  /** Spawns the process (no-op when it runs or the child is stopping). */
  start (): void {
    if (this.#stopping || this.#proc !== undefined) return
    const out = openSync(this.spec.logFile, 'a', 0o600)
    let proc: ChildProcess
    try {
      proc = spawn(this.spec.command, this.spec.args, {
        env: this.spec.env(),
        stdio: ['ignore', out, out, 'ipc'],
        detached: true
      })
    } finally {
      closeSync(out)
    }
    this.#proc = proc
    this.#startedAt = Date.now()
    let done!: () => void
    this.#exited = new Promise((resolve) => { done = resolve })
    let settled = false
    const onEnd = (code: number | null, signal: NodeJS.Signals | null): void => {
      if (settled) return
      settled = true
      this.#onExit(proc, code, signal)
      done()
    }
    proc.once('exit', onEnd)
    proc.once('error', (err) => {
      this.#log.error({ err, service: this.spec.name }, 'service could not be spawned')
      // 'exit' may follow 'error' or not: whichever comes first settles
      onEnd(null, null)
    })
    proc.on('message', (m) => {
      if (this.#proc === proc && isReadyMessage(m) && m.pid === proc.pid) this.#events.ready?.(m.pid, m.details)
    })
    // the channel closes when we die (the child then stops) and carries the ready message: it
    // must not keep us alive (unref after the listener, which would ref it again)
    proc.channel?.unref()
    if (proc.pid !== undefined) {
      this.#log.info({ service: this.spec.name, childPid: proc.pid, restarts: this.restarts }, 'service spawned')
      this.#events.spawned?.(proc.pid, this.restarts)
    }
  }

  #onExit (proc: ChildProcess, code: number | null, signal: NodeJS.Signals | null): void {
    if (this.#proc !== proc) return
    this.#proc = undefined
    const pid = proc.pid ?? 0
    if (pid > 0) signalGroup(pid, 'SIGKILL')
    const upMs = Date.now() - this.#startedAt
    const expected = this.#stopping
    this.#events.exited?.({ pid, code, signal, upMs, expected })
    if (expected) {
      this.#log.info({ service: this.spec.name, childPid: pid, code, signal }, 'service stopped')
      return
    }
    this.#delay = nextRestartDelay(this.#delay, upMs, this.#backoff)
    this.#log.warn({ service: this.spec.name, childPid: pid, code, signal, upMs, restartInMs: this.#delay }, 'service exited; restarting')
    this.#schedule()
  }

  #schedule (): void {
    this.#timer = setTimeout(() => {
      this.#timer = undefined
      this.restarts++
      try {
        this.start()
      } catch (err) {
        // spawning itself failed (no log file, no pid left…): try again later, never crash the supervisor
        this.#delay = nextRestartDelay(this.#delay, 0, this.#backoff)
        this.#log.error({ err, service: this.spec.name, restartInMs: this.#delay }, 'service restart failed')
        this.#schedule()
      }
    }, this.#delay)
  }

  /**
   * SIGTERM, then SIGKILL to its process group at `deadline` (ms since epoch); cancels any
   * pending restart. Resolves when the process has exited.
   */
  async stop (deadline: number): Promise<void> {
    this.#stopping = true
    if (this.#timer !== undefined) clearTimeout(this.#timer)
    this.#timer = undefined
    const proc = this.#proc
    if (proc === undefined) return
    proc.kill('SIGTERM')
    const kill = setTimeout(() => {
      this.#log.warn({ service: this.spec.name, childPid: proc.pid }, 'service ignored SIGTERM; killing it')
      if (proc.pid !== undefined) signalGroup(proc.pid, 'SIGKILL')
      proc.kill('SIGKILL')
    }, Math.max(0, deadline - Date.now()))
    await this.#exited
    clearTimeout(kill)
  }
}
