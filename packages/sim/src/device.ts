import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { UnavailableError } from '@skarm/errors'
import { DEFAULT_READY_TIMEOUT_MS, DEFAULT_STOP_TIMEOUT_MS, OUTPUT_TAIL } from './constants.ts'
import { exec } from './exec.ts'

/** The `skarm` command of this repository (the same path from src/ and dist/). */
export const DEFAULT_SKARM = fileURLToPath(new URL('../../cli/bin/skarm.js', import.meta.url))

/** A running device stack (`skarm up`). */
export interface SimDevice {
  /** The name given to `startDevice` (also the account's display name). */
  name: string
  /** The data directory (`skarm init` / `skarm up --data`). */
  dataDir: string
  /** The gateway base URL, e.g. `http://10.77.3.130:41234`. */
  api: string
  /** The device's libp2p addresses (`run.json` `p2p`): usable as `bootstrap`. */
  p2p: string[]
  /** The account URI. */
  uri: string
  /** The device id. */
  deviceId: string
  /** The `skarm up` process id (inside its namespace it is the same process). */
  pid: number
  /** The last 64 KiB of the stack's stdout and stderr. */
  output: () => string
  /** SIGTERM, then SIGKILL after the stop timeout; resolves with the exit code. Idempotent. */
  stop: () => Promise<number | null>
}

/** How to start one stack. */
export interface StackOptions {
  name: string
  dataDir: string
  /** Run inside this network namespace (`ip netns exec`); the root namespace when undefined. */
  namespace?: string
  /** `--api` HOST:PORT. */
  api: string
  /** `--listen` multiaddrs. */
  listen: string[]
  /** `--bootstrap` multiaddrs. Default none. */
  bootstrap?: string[]
  /** mDNS discovery. Default true. */
  mdns?: boolean
  /** `--log-level`. Default `info`. */
  logLevel?: string
  /** More `skarm up` flags (e.g. `--relay`). */
  args?: string[]
  /** The node binary. Default this process's. */
  node?: string
  /** The `skarm` command file. Default {@link DEFAULT_SKARM}. */
  skarm?: string
  /** Default {@link DEFAULT_READY_TIMEOUT_MS}. */
  readyTimeoutMs?: number
  /** Default {@link DEFAULT_STOP_TIMEOUT_MS}. */
  stopTimeoutMs?: number
}

/** Runs `skarm init` in `dataDir` unless it holds an identity already; answers the account. */
export async function initDevice (dataDir: string, name: string, node = process.execPath, skarm = DEFAULT_SKARM): Promise<{ uri: string, deviceId: string } | undefined> {
  if (existsSync(join(dataDir, 'identity'))) return undefined
  const r = await exec(node, [skarm, 'init', '--data', dataDir, '--name', name])
  if (r.code !== 0) throw new UnavailableError('SIM_INIT_FAILED', `skarm init failed: ${r.stderr.trim()}`, { name })
  return JSON.parse(r.stdout) as { uri: string, deviceId: string }
}

/**
 * `skarm init` (when the data directory is new) + `skarm up`; resolves when the stack printed
 * `ready` and answered `GET /v1/account`.
 */
export async function startStack (o: StackOptions): Promise<SimDevice> {
  const node = o.node ?? process.execPath
  const skarm = o.skarm ?? DEFAULT_SKARM
  await initDevice(o.dataDir, o.name, node, skarm)
  const args = [skarm, 'up', '--data', o.dataDir, '--api', o.api, '--log-level', o.logLevel ?? 'info']
  for (const l of o.listen) args.push('--listen', l)
  for (const b of o.bootstrap ?? []) args.push('--bootstrap', b)
  if (o.mdns === false) args.push('--no-mdns')
  args.push(...o.args ?? [])
  // `ip netns exec` execs the command in place: the child's pid is the stack's.
  const proc: ChildProcess = o.namespace === undefined
    ? spawn(node, args, { stdio: ['ignore', 'pipe', 'pipe'] })
    : spawn('ip', ['netns', 'exec', o.namespace, node, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  const keep = (d: Buffer): void => {
    out += d.toString()
    if (out.length > OUTPUT_TAIL * 2) out = out.slice(-OUTPUT_TAIL)
  }
  proc.stdout!.on('data', keep)
  proc.stderr!.on('data', keep)
  const exited = new Promise<number | null>((resolve) => {
    proc.on('exit', (code, signal) => resolve(code ?? (signal === null ? null : 128)))
    proc.on('error', (err) => { keep(Buffer.from(`spawn failed: ${err.message}\n`)); resolve(127) })
  })
  const stopTimeoutMs = o.stopTimeoutMs ?? DEFAULT_STOP_TIMEOUT_MS
  let stopping: Promise<number | null> | undefined
  const stop = async (): Promise<number | null> => {
    stopping ??= (async () => {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGTERM')
      const timer = setTimeout(() => proc.kill('SIGKILL'), stopTimeoutMs)
      const code = await exited
      clearTimeout(timer)
      return code
    })()
    return await stopping
  }
  try {
    await new Promise<void>((resolve, reject) => {
      const timeoutMs = o.readyTimeoutMs ?? DEFAULT_READY_TIMEOUT_MS
      const timer = setTimeout(() => reject(new UnavailableError('SIM_DEVICE_NOT_READY', `skarm up of ${o.name} not ready in ${timeoutMs} ms:\n${out.slice(-4000)}`, { name: o.name })), timeoutMs)
      const onData = (): void => {
        if (/^ready /m.test(out)) {
          clearTimeout(timer)
          proc.stdout!.off('data', onData)
          resolve()
        }
      }
      proc.stdout!.on('data', onData)
      void exited.then((code) => {
        clearTimeout(timer)
        reject(new UnavailableError('SIM_DEVICE_EXITED', `skarm up of ${o.name} exited ${code}:\n${out.slice(-4000)}`, { name: o.name }))
      })
    })
    const run = JSON.parse(await readFile(join(o.dataDir, 'run.json'), 'utf8')) as { api: string, p2p: string[], pid: number }
    let account: { uri: string, deviceId: string }
    try {
      const res = await fetch(`${run.api}/v1/account`, { signal: AbortSignal.timeout(30_000) })
      if (!res.ok) throw new Error(`answered ${res.status}`)
      account = await res.json() as { uri: string, deviceId: string }
    } catch (err) {
      throw new UnavailableError('SIM_DEVICE_NOT_READY', `GET /v1/account of ${o.name} failed (${(err as Error).message}):\n${out.slice(-4000)}`, { name: o.name })
    }
    return { name: o.name, dataDir: o.dataDir, api: run.api, p2p: run.p2p, uri: account.uri, deviceId: account.deviceId, pid: proc.pid!, output: () => out, stop }
  } catch (err) {
    await stop()
    throw err
  }
}
