import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { accessSync, constants as fsConstants, openSync, closeSync } from 'node:fs'
import { mkdir, readFile, rm, writeFile, chmod } from 'node:fs/promises'
import { delimiter, join } from 'node:path'
import { UnavailableError } from '@skarm/errors'
import { NATS_MAX_PAYLOAD, NATS_START_TIMEOUT_MS } from './constants.ts'

/** Options of {@link startNatsServer}. */
export interface NatsServerOptions {
  /** Folder for the config file (mode 0600: it holds the token) and the ports file. */
  runDir: string
  /** File that receives the server's stdout and stderr (appended); discarded when absent. */
  logFile?: string
  /** Client auth token; none when absent. */
  token?: string
  /** Port on 127.0.0.1; 0 (the default) lets the server pick a free one. */
  port?: number
  /** The executable, found on PATH by default. */
  command?: string
  /** PATH to search (the caller's environment; core code does not read process.env). */
  path?: string
}

/** A running nats-server. */
export interface NatsServer {
  url: string
  port: number
  token?: string
  /** The server process. */
  readonly process: ChildProcess
  /** Resolves when the process has exited. */
  readonly exited: Promise<{ code: number | null, signal: NodeJS.Signals | null }>
  /** SIGTERM, then SIGKILL after `timeoutMs` (default 5 s); removes the config file. */
  stop: (timeoutMs?: number) => Promise<void>
}

/** A random token for a private server: 192 bits, URL-safe (nothing to quote in the config). */
export function randomToken (): string {
  return randomBytes(24).toString('base64url')
}

/** The nats-server configuration text: loopback only, optional token, ports file in `runDir`. */
export function natsConfig (opts: { port: number, token?: string, runDir: string }): string {
  const lines = [
    '# written by skarm: a private, loopback-only bus',
    `listen: "127.0.0.1:${opts.port === 0 ? -1 : opts.port}"`,
    `ports_file_dir: ${JSON.stringify(opts.runDir)}`,
    // files and packs travel on the bus: raise the 1 MB default
    `max_payload: ${NATS_MAX_PAYLOAD}`
  ]
  if (opts.token !== undefined) lines.push(`authorization { token: ${JSON.stringify(opts.token)} }`)
  return lines.join('\n') + '\n'
}

/** The first executable named `name` on `path`, or undefined. */
export function findExecutable (name: string, path: string | undefined): string | undefined {
  for (const dir of (path ?? '').split(delimiter)) {
    if (dir === '') continue
    const p = join(dir, name)
    try {
      accessSync(p, fsConstants.X_OK)
      return p
    } catch {}
  }
  return undefined
}

async function sleep (ms: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms))
}

/**
 * Starts nats-server bound to 127.0.0.1. The token is passed in a 0600 config file, never on
 * the command line. Where `setpriv` exists the server gets SIGTERM when its parent dies, so a
 * killed supervisor leaves no server behind.
 */
export async function startNatsServer (opts: NatsServerOptions): Promise<NatsServer> {
  const port = opts.port ?? 0
  await mkdir(opts.runDir, { recursive: true, mode: 0o700 })
  const confFile = join(opts.runDir, 'nats.conf')
  await rm(confFile, { force: true })
  await writeFile(confFile, natsConfig({ port, token: opts.token, runDir: opts.runDir }), { mode: 0o600 })
  await chmod(confFile, 0o600)

  const exe = opts.command ?? findExecutable('nats-server', opts.path) ?? 'nats-server'
  const setpriv = findExecutable('setpriv', opts.path)
  const [cmd, args] = setpriv !== undefined
    ? [setpriv, ['--pdeathsig', 'TERM', '--', exe, '-c', confFile]]
    : [exe, ['-c', confFile]]
  const out = opts.logFile !== undefined ? openSync(opts.logFile, 'a', 0o600) : 'ignore'
  let child: ChildProcess
  try {
    child = spawn(cmd, args, { stdio: ['ignore', out, out], detached: true })
  } finally {
    if (typeof out === 'number') closeSync(out)
  }
  const exited = new Promise<{ code: number | null, signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }))
    child.once('error', () => resolve({ code: null, signal: null }))
  })
  let spawnError: Error | undefined
  child.once('error', (err) => { spawnError = err })
  let dead = false
  void exited.then(() => { dead = true })

  const stop = async (timeoutMs = 5000): Promise<void> => {
    if (!dead && child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
      await exited
      clearTimeout(timer)
    }
    await rm(confFile, { force: true })
  }

  // -1 makes the server pick a port; it reports it in <runDir>/nats-server_<pid>.ports
  const portsFile = join(opts.runDir, `nats-server_${child.pid ?? 0}.ports`)
  const deadline = Date.now() + NATS_START_TIMEOUT_MS
  while (true) {
    if (dead || spawnError !== undefined) {
      await stop()
      throw new UnavailableError('NATS_NOT_STARTED', `nats-server did not start${spawnError !== undefined ? `: ${spawnError.message}` : ''}${opts.logFile !== undefined ? ` (see ${opts.logFile})` : ''}`, { logFile: opts.logFile ?? null })
    }
    try {
      const ports = JSON.parse(await readFile(portsFile, 'utf8')) as { nats?: string[] }
      const url = ports.nats?.[0]
      if (url !== undefined) {
        const actual = Number(new URL(url).port)
        return { url: `nats://127.0.0.1:${actual}`, port: actual, token: opts.token, process: child, exited, stop }
      }
    } catch {}
    if (Date.now() > deadline) {
      await stop()
      throw new UnavailableError('NATS_NOT_STARTED', `nats-server did not report its port within ${NATS_START_TIMEOUT_MS} ms`, { logFile: opts.logFile ?? null })
    }
    await sleep(20)
  }
}
