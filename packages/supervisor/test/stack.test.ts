// The supervisor over placeholder services (test/fixtures): real processes, a real
// nats-server, real signals. The full stack with the real apps is test/integration/supervisor.test.ts.
import { describe, it, expect, beforeAll, afterAll } from 'vitest'
import { spawn } from 'node:child_process'
import { readFile, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { connectBus, type Bus } from '@skarm/bus'
import { healthMethod, type ServiceName } from '@skarm/proto'
import { isRunning, processesOf, processInfo, tempDir, waitFor } from '@skarm/test-utils'
import { readRunInfo, startStack, STACK_SERVICES, type Stack, type StackOptions } from '../src/index.ts'

const FIXTURES = join(import.meta.dirname, 'fixtures')
const entries = Object.fromEntries(STACK_SERVICES.map((s) => [s, join(FIXTURES, `${s}.ts`)])) as Record<ServiceName, string>

function options (dataDir: string, extra: Partial<StackOptions> = {}): StackOptions {
  return {
    dataDir,
    api: '127.0.0.1:0',
    listen: ['/ip4/127.0.0.1/tcp/0'],
    bootstrap: [],
    mdns: false,
    logLevel: 'info',
    env: { PATH: process.env.PATH },
    entries,
    backoff: { initialMs: 50, maxMs: 500 },
    ...extra
  }
}

async function natsTokenOf (dataDir: string): Promise<string> {
  return /token: "([^"]+)"/.exec(await readFile(join(dataDir, 'run', 'nats.conf'), 'utf8'))![1]!
}

describe('startStack over placeholder services', () => {
  let dataDir: string
  let stack: Stack
  let bus: Bus

  beforeAll(async () => {
    dataDir = await tempDir('skarm-stack-')
    stack = await startStack(options(dataDir))
    bus = await connectBus({ servers: stack.natsUrl, token: await natsTokenOf(dataDir), name: 'test' })
  })

  afterAll(async () => {
    await bus?.close()
    await stack?.stop()
    await rm(dataDir, { recursive: true, force: true })
  })

  it('runs the six services as separate processes that answer health, and writes run.json', async () => {
    const pids = stack.pids()
    expect(Object.keys(pids).sort()).toEqual([...STACK_SERVICES].sort())
    expect(new Set(Object.values(pids)).size).toBe(6)
    for (const name of STACK_SERVICES) {
      const h = await bus.request(healthMethod(name), {})
      expect(h).toMatchObject({ service: name, status: 'up', pid: pids[name] })
      expect(processInfo(pids[name]!)!.ppid).toBe(process.pid)
    }
    const info = await readRunInfo(join(dataDir, 'run.json'))
    expect(info).toEqual(stack.info)
    expect(info!.api).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(info!.p2p).toEqual([expect.stringMatching(/^\/ip4\/127\.0\.0\.1\/tcp\/\d+\/p2p\/12D3KooWPlaceholder$/)])
    expect(info!.pid).toBe(process.pid)
    expect(await (await fetch(`${info!.api}/v1/health`)).json()).toMatchObject({ ok: true })
  })

  it('keeps the bus private: loopback, token in a 0600 file, never on a command line; logs per service', async () => {
    expect(stack.natsUrl).toMatch(/^nats:\/\/127\.0\.0\.1:\d+$/)
    const conf = join(dataDir, 'run', 'nats.conf')
    expect((await stat(conf)).mode & 0o777).toBe(0o600)
    const token = await natsTokenOf(dataDir)
    await expect(connectBus({ servers: stack.natsUrl, name: 'no-token' })).rejects.toMatchObject({ code: 'BUS_UNAVAILABLE' })
    for (const p of processesOf(dataDir)) expect(p.cmdline.join(' ')).not.toContain(token)
    const store = processInfo(stack.pids().store!)!
    expect(store.env()).toMatchObject({ SKARM_DATA: dataDir, SKARM_NATS_URL: stack.natsUrl, SKARM_NATS_TOKEN: token, SKARM_MDNS: '0', SKARM_BOOTSTRAP: '', SKARM_LISTEN: '/ip4/127.0.0.1/tcp/0' })
    for (const name of STACK_SERVICES) expect(await readFile(join(dataDir, 'logs', `${name}.log`), 'utf8')).toContain('"msg":"service started"')
  })

  it('restarts a child killed with SIGKILL under a new pid', async () => {
    const old = stack.pids().files!
    process.kill(old, 'SIGKILL')
    const h = await waitFor(async () => {
      const r = await bus.request(healthMethod('files'), {}, { timeoutMs: 1000 })
      return r.pid !== old ? r : undefined
    }, { timeoutMs: 20_000 })
    expect(h.pid).toBe(stack.pids().files)
    expect(isRunning(old)).toBe(false)
    expect(stack.restarts().files).toBe(1)
  })

  it('brings a killed gateway back on the same api port (run.json stays true)', async () => {
    const before = stack.info.api
    const old = stack.pids().gateway!
    process.kill(old, 'SIGKILL')
    await waitFor(async () => {
      const r = await bus.request(healthMethod('gateway'), {}, { timeoutMs: 1000 })
      return r.pid !== old && JSON.parse(r.detailsJson).api === before
    }, { timeoutMs: 20_000 })
    expect((await readRunInfo(join(dataDir, 'run.json')))!.api).toBe(before)
    expect(await (await fetch(`${before}/v1/health`)).json()).toMatchObject({ ok: true })
  })

  it('brings a killed transport back on the same p2p port', async () => {
    const before = stack.info.p2p
    const old = stack.pids().transport!
    process.kill(old, 'SIGKILL')
    await waitFor(async () => (await bus.request(healthMethod('transport'), {}, { timeoutMs: 1000 })).pid !== old, { timeoutMs: 20_000 })
    expect(processInfo(stack.pids().transport!)!.env().SKARM_LISTEN).toBe(before[0]!.replace(/\/p2p\/.*$/, ''))
    await waitFor(async () => JSON.stringify((await readRunInfo(join(dataDir, 'run.json')))?.p2p) === JSON.stringify(before))
  })

  it('restarts a killed nats-server on the same port; services reconnect', async () => {
    const old = stack.natsPid()!
    process.kill(old, 'SIGKILL')
    await waitFor(() => stack.natsPid() !== old && stack.natsPid() !== undefined, { timeoutMs: 20_000 })
    for (const name of STACK_SERVICES) {
      await waitFor(async () => (await bus.request(healthMethod(name), {}, { timeoutMs: 1000 })).status === 'up', { timeoutMs: 20_000 })
    }
  })

  it('refuses a second stack on the same data folder', async () => {
    await expect(startStack(options(dataDir))).rejects.toMatchObject({ code: 'STACK_ALREADY_RUNNING' })
  })

  it('stops everything: children, nats-server, run.json', async () => {
    const all = [...Object.values(stack.pids()), stack.natsPid()!]
    await stack.stop()
    for (const pid of all) expect(isRunning(pid)).toBe(false)
    expect(processesOf(dataDir)).toEqual([])
    await expect(stat(join(dataDir, 'run.json'))).rejects.toThrow()
    await expect(stat(join(dataDir, 'run', 'nats.conf'))).rejects.toThrow()
    // idempotent
    await stack.stop()
  })
})

describe('startStack failures', () => {
  it('fails fast when a service refuses its configuration, leaving nothing behind', async () => {
    const dataDir = await tempDir('skarm-stack-bad-')
    try {
      await expect(startStack(options(dataDir, { env: { PATH: process.env.PATH, FIXTURE_BAD_CONFIG: 'dht' }, readyTimeoutMs: 60_000 })))
        .rejects.toMatchObject({ code: 'SERVICE_BAD_CONFIG', message: expect.stringContaining('dht') })
      expect(processesOf(dataDir)).toEqual([])
      expect(await readFile(join(dataDir, 'logs', 'dht.log'), 'utf8')).toContain('dht placeholder refuses its configuration')
    } finally {
      await rm(dataDir, { recursive: true, force: true })
    }
  })

  it('gives up when a service never answers, naming it and its log', async () => {
    const dataDir = await tempDir('skarm-stack-missing-')
    try {
      await expect(startStack(options(dataDir, { entries: { ...entries, validator: join(FIXTURES, 'does-not-exist.ts') }, readyTimeoutMs: 3000 })))
        .rejects.toMatchObject({ code: 'STACK_NOT_READY', message: expect.stringContaining(join(dataDir, 'logs', 'validator.log')) })
      expect(processesOf(dataDir)).toEqual([])
    } finally {
      await rm(dataDir, { recursive: true, force: true })
    }
  })

  it('stops what it started when aborted during start-up', async () => {
    const dataDir = await tempDir('skarm-stack-abort-')
    try {
      const ac = new AbortController()
      const p = startStack(options(dataDir, { entries: { ...entries, gateway: join(FIXTURES, 'does-not-exist.ts') }, signal: ac.signal }))
      await waitFor(() => processesOf(dataDir).length >= 3, { timeoutMs: 20_000 })
      ac.abort()
      await expect(p).rejects.toMatchObject({ code: 'STACK_STOPPING' })
      expect(processesOf(dataDir)).toEqual([])
    } finally {
      await rm(dataDir, { recursive: true, force: true })
    }
  })
})

describe('the supervisor process', () => {
  function up (dataDir: string): { pid: number, ready: Promise<Record<string, unknown>>, exit: Promise<number | null>, stderr: () => string } {
    const proc = spawn(process.execPath, [join(FIXTURES, 'supervisor.ts'), '--data', dataDir, '--listen', '/ip4/127.0.0.1/tcp/0', '--no-mdns'], {
      env: { PATH: process.env.PATH },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let out = ''
    let err = ''
    proc.stderr!.on('data', (d: Buffer) => { err += d.toString() })
    const ready = new Promise<Record<string, unknown>>((resolve, reject) => {
      proc.stdout!.on('data', (d: Buffer) => {
        out += d.toString()
        const m = /^ready (.*)$/m.exec(out)
        if (m !== null) resolve(JSON.parse(m[1]!))
      })
      proc.once('exit', () => reject(new Error(`exited before ready: ${err}`)))
    })
    const exit = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)))
    return { pid: proc.pid!, ready, exit, stderr: () => err }
  }

  it('SIGTERM: stops every child and nats-server, removes run.json, exits 0', async () => {
    const dataDir = await tempDir('skarm-up-term-')
    try {
      const s = up(dataDir)
      const info = await s.ready
      expect(info).toEqual(await readRunInfo(join(dataDir, 'run.json')))
      expect(info.pid).toBe(s.pid)
      const procs = processesOf(dataDir)
      // supervisor + nats-server + six services
      expect(procs).toHaveLength(8)
      process.kill(s.pid, 'SIGTERM')
      expect(await s.exit).toBe(0)
      for (const p of procs) expect(isRunning(p.pid)).toBe(false)
      await expect(stat(join(dataDir, 'run.json'))).rejects.toThrow()
    } finally {
      await rm(dataDir, { recursive: true, force: true })
    }
  })

  it('SIGKILL of the supervisor: its children and nats-server go too (no orphans)', async () => {
    const dataDir = await tempDir('skarm-up-kill-')
    try {
      const s = up(dataDir)
      await s.ready
      const procs = processesOf(dataDir)
      expect(procs).toHaveLength(8)
      process.kill(s.pid, 'SIGKILL')
      await s.exit
      await waitFor(() => procs.every((p) => !isRunning(p.pid)), { timeoutMs: 20_000, message: 'every process of the stack gone' })
      expect(processesOf(dataDir)).toEqual([])
    } finally {
      await rm(dataDir, { recursive: true, force: true })
    }
  })

  it('exits 2 on a bad flag', async () => {
    const dataDir = await tempDir('skarm-up-flag-')
    try {
      const proc = spawn(process.execPath, [join(FIXTURES, 'supervisor.ts'), '--data', dataDir, '--api', 'nowhere'], { stdio: ['ignore', 'ignore', 'pipe'] })
      let err = ''
      proc.stderr.on('data', (d: Buffer) => { err += d.toString() })
      expect(await new Promise((resolve) => proc.once('exit', resolve))).toBe(2)
      expect(err).toMatch(/api must be HOST:PORT/)
    } finally {
      await rm(dataDir, { recursive: true, force: true })
    }
  })
})
