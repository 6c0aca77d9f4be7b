import { describe, it, expect, beforeAll, afterAll } from 'vitest'
import { spawn, type ChildProcess } from 'node:child_process'
import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { connectBus, type Bus } from '@skarm/bus'
import { healthMethod } from '@skarm/proto'
import { startNats, tempDir, waitFor, type TestNats } from '@skarm/test-utils'
import { EXIT_NO_BUS, READY_MESSAGE, isReadyMessage } from '../src/index.ts'

const FIXTURE = join(import.meta.dirname, 'fixtures', 'service.ts')

let nats: TestNats
let bus: Bus
let dir: string

beforeAll(async () => {
  nats = await startNats({ token: true })
  bus = await connectBus({ servers: nats.url, token: nats.token, name: 'test' })
  dir = await tempDir('skarm-run-')
})
afterAll(async () => {
  await bus?.close()
  await nats?.stop()
  await rm(dir, { recursive: true, force: true })
})

interface Run { proc: ChildProcess, out: string, stderr: () => string, exit: Promise<{ code: number | null, signal: string | null }> }

function run (mode: string, env: Record<string, string> = {}, opts: { ipc?: boolean } = {}): Run {
  const out = join(dir, `${mode}-${Math.random().toString(36).slice(2)}.out`)
  const proc = spawn(process.execPath, [FIXTURE], {
    env: { PATH: process.env.PATH, SKARM_DATA: dir, SKARM_NATS_URL: nats.url, SKARM_NATS_TOKEN: nats.token, SKARM_LOG_LEVEL: 'info', FIXTURE_MODE: mode, FIXTURE_OUT: out, ...env },
    stdio: opts.ipc === true ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe']
  })
  let err = ''
  proc.stderr!.on('data', (d: Buffer) => { err += d.toString() })
  const exit = new Promise<{ code: number | null, signal: string | null }>((resolve) => proc.once('exit', (code, signal) => resolve({ code, signal })))
  return { proc, out, stderr: () => err, exit }
}

async function healthOf (pid: number): Promise<{ pid: number, detailsJson: string, service: string, status: string, uptimeSeconds: number }> {
  return await waitFor(async () => {
    const h = await bus.request(healthMethod('files'), {}, { timeoutMs: 1000 })
    return h.pid === pid ? h : undefined
  }, { timeoutMs: 20_000 })
}

describe('runService', () => {
  it('serves health with details, logs JSON to stderr, and stops cleanly on SIGTERM', async () => {
    const r = run('ok', { SKARM_API: '127.0.0.1:9999' })
    const h = await healthOf(r.proc.pid!)
    expect(h.service).toBe('files')
    expect(h.status).toBe('up')
    expect(h.uptimeSeconds).toBeGreaterThan(0)
    expect(JSON.parse(h.detailsJson)).toEqual({ mode: 'ok', api: '127.0.0.1:9999' })
    r.proc.kill('SIGTERM')
    expect(await r.exit).toEqual({ code: 0, signal: null })
    expect(await readFile(r.out, 'utf8')).toBe(`started ${dir}\nstopped\n`)
    const lines = r.stderr().trim().split('\n').map((l) => JSON.parse(l) as { component: string, msg: string })
    expect(lines.every((l) => l.component === 'files')).toBe(true)
    expect(lines.map((l) => l.msg)).toContain('service stopped')
  })

  it('stops on SIGINT too', async () => {
    const r = run('ok')
    await healthOf(r.proc.pid!)
    r.proc.kill('SIGINT')
    expect(await r.exit).toEqual({ code: 0, signal: null })
    expect(await readFile(r.out, 'utf8')).toMatch(/stopped\n$/)
  })

  it('tells the supervisor that spawned it (IPC channel) once it serves health, with its details', async () => {
    const r = run('ok', { SKARM_API: '127.0.0.1:9998' }, { ipc: true })
    const message = await new Promise<unknown>((resolve) => r.proc.once('message', resolve))
    expect(isReadyMessage(message)).toBe(true)
    expect(message).toEqual({ type: READY_MESSAGE, pid: r.proc.pid, details: { mode: 'ok', api: '127.0.0.1:9998' } })
    // health is served by then
    const h = await bus.request(healthMethod('files'), {}, { timeoutMs: 1000 })
    expect(h.pid).toBe(r.proc.pid)
    r.proc.kill('SIGTERM')
    expect(await r.exit).toEqual({ code: 0, signal: null })
  })

  it('stops when the IPC channel to its supervisor closes', async () => {
    const r = run('ok', {}, { ipc: true })
    await healthOf(r.proc.pid!)
    r.proc.disconnect()
    expect(await r.exit).toEqual({ code: 0, signal: null })
    expect(await readFile(r.out, 'utf8')).toMatch(/stopped\n$/)
  })

  it('exits 2 with a clear message on a bad config', async () => {
    const r = run('ok', { SKARM_API: 'nonsense' })
    expect((await r.exit).code).toBe(2)
    expect(r.stderr()).toMatch(/skarm files: bad configuration: api must be HOST:PORT/)
  })

  it('exits 2 when start refuses its configuration (InvalidInputError)', async () => {
    const r = run('start-invalid')
    expect((await r.exit).code).toBe(2)
    expect(r.stderr()).toMatch(/bad configuration: listen address is unusable/)
  })

  it('exits 1 when start fails', async () => {
    const r = run('start-fails')
    expect((await r.exit).code).toBe(1)
    expect(r.stderr()).toMatch(/service failed to start/)
  })

  it('exits 3 when the bus is unreachable', async () => {
    const r = run('ok', { SKARM_NATS_TOKEN: 'wrong' })
    expect((await r.exit).code).toBe(EXIT_NO_BUS)
    expect(r.stderr()).toMatch(/bus connection failed/)
  })

  it('exits 1 on an uncaught exception and on an unhandled rejection', async () => {
    const a = run('crash-later')
    expect((await a.exit).code).toBe(1)
    expect(a.stderr()).toMatch(/uncaught exception/)
    const b = run('reject-later')
    expect((await b.exit).code).toBe(1)
    expect(b.stderr()).toMatch(/unhandled rejection/)
  })
})
