// Black-box helpers: run the `skarm` command as a user would and speak HTTP to the stack.
import { spawn, execFile, type ChildProcess } from 'node:child_process'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { connectBus, type Bus } from '@skarm/bus'
import { startNats, type TestNats } from '@skarm/test-utils'


/** The repository root. */
export const ROOT = resolve(import.meta.dirname, '../..')
/** The `skarm` command (its shim picks Node 22). */
export const SKARM = join(ROOT, 'packages/cli/bin/skarm.js')

const run = promisify(execFile)

/** Runs `skarm ARGS…`; resolves with stdout/stderr and the exit code (never rejects on exit ≠ 0). */
export async function skarm (args: string[]): Promise<{ code: number, stdout: string, stderr: string }> {
  try {
    const r = await run(process.execPath, [SKARM, ...args], { cwd: ROOT, maxBuffer: 16 << 20 })
    return { code: 0, stdout: r.stdout, stderr: r.stderr }
  } catch (err) {
    const e = err as { code?: number, stdout?: string, stderr?: string }
    return { code: typeof e.code === 'number' ? e.code : 1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' }
  }
}

/** A running device stack started with `skarm up`. */
export interface Device {
  dataDir: string
  uri: string
  deviceId: string
  api: string
  p2p: string[]
  proc: ChildProcess
  output: () => string
  stop: () => Promise<number | null>
}

/** Options of {@link startDevice} and {@link restartDevice}. */
export interface UpOptions {
  /**
   * Listen where the data directory's config.json says (the device's own port, chosen by
   * `skarm init`) instead of `--listen /ip4/127.0.0.1/tcp/0`.
   */
  ownPorts?: boolean
}

/** `skarm init` + `skarm up` in a fresh data directory; resolves when the `ready` line comes. */
export async function startDevice (name: string, extra: string[] = [], opts: UpOptions = {}): Promise<Device> {
  const dataDir = await mkdtemp(join(tmpdir(), `skarm-${name}-`))
  const init = await skarm(['init', '--data', dataDir, '--name', name])
  if (init.code !== 0) throw new Error(`skarm init failed: ${init.stderr}`)
  const { uri, deviceId } = JSON.parse(init.stdout) as { uri: string, deviceId: string }
  return await up({ dataDir, uri, deviceId }, extra, opts)
}

/** `skarm up` again on a stopped device's data directory (same account and device), or on one set up by other means. */
export async function restartDevice (d: Pick<Device, 'dataDir' | 'uri' | 'deviceId'>, extra: string[] = [], opts: UpOptions = {}): Promise<Device> {
  return await up(d, extra, opts)
}

// `skarm up` on loopback (no mDNS) for `d`'s data directory; resolves once it printed `ready`.
async function up (d: Pick<Device, 'dataDir' | 'uri' | 'deviceId'>, extra: string[], opts: UpOptions = {}): Promise<Device> {
  const listen = opts.ownPorts === true ? [] : ['--listen', '/ip4/127.0.0.1/tcp/0']
  const proc = spawn(process.execPath, [SKARM, 'up', '--data', d.dataDir, '--api', '127.0.0.1:0', ...listen, '--no-mdns', ...extra], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  proc.stdout!.on('data', (b: Buffer) => { out += b.toString() })
  proc.stderr!.on('data', (b: Buffer) => { out += b.toString() })
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => { resolve(code) }))
  await waitFor(() => /^ready /m.test(out) || proc.exitCode !== null, 60_000, 'skarm up to be ready')
  if (proc.exitCode !== null) throw new Error(`skarm up exited ${proc.exitCode}:\n${out}`)
  const runJson = JSON.parse(await readFile(join(d.dataDir, 'run.json'), 'utf8')) as { api: string, p2p: string[] }
  return {
    dataDir: d.dataDir,
    uri: d.uri,
    deviceId: d.deviceId,
    api: runJson.api,
    p2p: runJson.p2p,
    proc,
    output: () => out,
    stop: async () => {
      if (proc.exitCode === null) proc.kill('SIGTERM')
      return await exited
    }
  }
}

/** The ids of a conversation's messages on `d`, newest first (up to 1,000). */
export async function messageIds (d: Pick<Device, 'api'>, conv: string): Promise<string[]> {
  const r = await http(d, 'GET', `/v1/conversations/${conv}/messages?limit=1000`)
  if (r.status !== 200) throw new Error(`messages: ${r.status} ${JSON.stringify(r.body)}`)
  return (r.body.messages as Array<{ id: string }>).map((m) => m.id)
}

/** Sends a text message from `d`; its id (throws unless 201). */
export async function sendText (d: Pick<Device, 'api'>, conv: string, body: string): Promise<string> {
  const r = await http(d, 'POST', `/v1/conversations/${conv}/messages`, { body })
  if (r.status !== 201) throw new Error(`send: ${r.status} ${JSON.stringify(r.body)}`)
  return r.body.id as string
}

/** A device on a nats-server of the test's own, with a bus client on it (to watch the device's bus). */
export interface BusStack { device: Device, nats: TestNats, bus: Bus }

export async function startDeviceOnNats (name: string, extra: string[] = []): Promise<BusStack> {
  const nats = await startNats()
  const device = await startDevice(name, ['--nats', nats.url, ...extra])
  const bus = await connectBus({ servers: nats.url, name: 'test' })
  return { device, nats, bus }
}

/** A JSON HTTP call; returns status and parsed body (null when empty). */
export async function http (device: Pick<Device, 'api'>, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number, body: any }> {
  const init: RequestInit = { method, headers: { ...headers } }
  if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body)
    ;(init.headers as Record<string, string>)['content-type'] ??= 'application/json'
  }
  const res = await fetch(device.api + path, init)
  const text = await res.text()
  return { status: res.status, body: text === '' ? null : JSON.parse(text) }
}

/** Collects Server-Sent Events from GET /v1/events until `close()`. */
export async function events (device: Pick<Device, 'api'>): Promise<{ list: any[], close: () => void }> {
  const ctl = new AbortController()
  const res = await fetch(device.api + '/v1/events', { signal: ctl.signal, headers: { accept: 'text/event-stream' } })
  const list: any[] = []
  void (async () => {
    const decoder = new TextDecoder()
    let buf = ''
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        buf += decoder.decode(chunk, { stream: true })
        let i: number
        while ((i = buf.indexOf('\n\n')) >= 0) {
          const block = buf.slice(0, i)
          buf = buf.slice(i + 2)
          for (const line of block.split('\n')) if (line.startsWith('data:')) list.push(JSON.parse(line.slice(5)))
        }
      }
    } catch {}
  })()
  return { list, close: () => ctl.abort() }
}

/** Polls `fn` until it returns a truthy value. */
export async function waitFor<T> (fn: () => Promise<T> | T, timeoutMs = 20_000, what = 'condition'): Promise<T> {
  const end = Date.now() + timeoutMs
  let last: unknown
  while (Date.now() < end) {
    try {
      const v = await fn()
      if (v) return v
    } catch (err) {
      last = err
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`timed out waiting for ${what}${last === undefined ? '' : `: ${String(last)}`}`)
}

/** True while a process id exists. */
export function alive (pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}
