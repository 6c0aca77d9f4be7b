// The whole device stack with the real services, started as a user does (`skarm up`):
// real processes, the private nats-server, real sockets. Needs every app of apps/.
import { describe, it, expect, beforeAll, afterAll } from 'vitest'
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readFile, rm, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { connectBus, type Bus } from '@skarm/bus'
import { healthMethod, SERVICES } from '@skarm/proto'
import { isRunning, processesOf, processInfo, tempDir, waitFor, type ProcessInfo } from '@skarm/test-utils'

const ROOT = resolve(import.meta.dirname, '../..')
const SKARM = join(ROOT, 'packages/cli/bin/skarm.js')
const READY_MS = 90_000

interface Up { proc: ChildProcess, ready: Promise<{ api: string, p2p: string[], pid: number }>, exit: Promise<number | null>, stderr: () => string }

function skarmUp (node: string, dataDir: string, command?: string[]): Up {
  const proc = spawn(command?.[0] ?? node, [...(command?.slice(1) ?? [SKARM]), 'up', '--data', dataDir, '--listen', '/ip4/127.0.0.1/tcp/0', '--no-mdns'], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let out = ''
  let err = ''
  proc.stderr!.on('data', (d: Buffer) => { err += d.toString() })
  const ready = new Promise<{ api: string, p2p: string[], pid: number }>((resolve, reject) => {
    proc.stdout!.on('data', (d: Buffer) => {
      out += d.toString()
      const m = /^ready (.*)$/m.exec(out)
      if (m !== null) resolve(JSON.parse(m[1]!))
    })
    proc.once('exit', (code) => reject(new Error(`skarm up exited ${code} before ready:\n${err.slice(-4000)}`)))
  })
  const exit = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)))
  return { proc, ready, exit, stderr: () => err }
}

async function skarm (args: string[]): Promise<{ code: number, stdout: string, stderr: string }> {
  return await new Promise((resolve) => {
    execFile(process.execPath, [SKARM, ...args], { env: { PATH: process.env.PATH, HOME: process.env.HOME } }, (err, stdout, stderr) => {
      resolve({ code: err === null ? 0 : (err as { code?: number }).code ?? 1, stdout, stderr })
    })
  })
}

function serviceOf (p: ProcessInfo): string | undefined {
  const m = /apps\/([a-z]+)\/(?:src\/main\.ts|dist\/main\.js)$/.exec(p.cmdline.at(-1) ?? '')
  return m?.[1]
}

describe('skarm up: the full device stack', () => {
  let dataDir: string
  let up: Up
  let info: { api: string, p2p: string[], pid: number }
  let bus: Bus

  beforeAll(async () => {
    dataDir = await tempDir('skarm-stack-it-')
    const init = await skarm(['init', '--data', dataDir, '--name', 'Integration'])
    expect(init.code).toBe(0)
    up = skarmUp(process.execPath, dataDir)
    info = await up.ready
    // the bus address and token as the services got them (same user: /proc/<pid>/environ)
    const env = processesOf(dataDir).find((p) => serviceOf(p) === 'store')!.env()
    bus = await connectBus({ servers: env.SKARM_NATS_URL!, token: env.SKARM_NATS_TOKEN, name: 'integration-test' })
  }, READY_MS + 30_000)

  afterAll(async () => {
    await bus?.close()
    if (up !== undefined && up.proc.exitCode === null) {
      up.proc.kill('SIGTERM')
      await up.exit
    }
    if (dataDir !== undefined) await rm(dataDir, { recursive: true, force: true })
  }, 30_000)

  it('prints ready with run.json: the api, full p2p multiaddrs, the supervisor pid', async () => {
    expect(info.pid).toBe(up.proc.pid)
    expect(JSON.parse(await readFile(join(dataDir, 'run.json'), 'utf8'))).toEqual(info)
    expect(info.api).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(info.p2p.length).toBeGreaterThan(0)
    for (const a of info.p2p) expect(a).toMatch(/^\/ip4\/127\.0\.0\.1\/tcp\/\d+\/p2p\/\w+$/)
  })

  it('runs every service as its own process, each answering health on the bus', async () => {
    const procs = processesOf(dataDir)
    const services = procs.filter((p) => serviceOf(p) !== undefined)
    expect(services.map(serviceOf).sort()).toEqual([...SERVICES].sort())
    for (const p of services) expect(p.ppid).toBe(info.pid)
    // supervisor + nats-server + six services, nothing else
    expect(procs).toHaveLength(8)
    for (const p of services) {
      const h = await bus.request(healthMethod(serviceOf(p)!), {}, { timeoutMs: 5000 })
      expect(h).toMatchObject({ service: serviceOf(p), status: 'up', pid: p.pid })
    }
  })

  it('skarm status prints the health of every service', async () => {
    const r = await skarm(['status', '--data', dataDir])
    expect(r.code).toBe(0)
    const body = JSON.parse(r.stdout) as { ok: boolean, services: Record<string, { status: string, pid: number }> }
    expect(body.ok).toBe(true)
    const pids = Object.fromEntries(processesOf(dataDir).filter((p) => serviceOf(p) !== undefined).map((p) => [serviceOf(p)!, p.pid]))
    for (const s of SERVICES) expect(body.services[s]).toMatchObject({ status: 'up', pid: pids[s] })
  })

  it('restarts a service killed with SIGKILL under a new pid', async () => {
    for (const name of ['files', 'store'] as const) {
      const old = processesOf(dataDir).find((p) => serviceOf(p) === name)!.pid
      process.kill(old, 'SIGKILL')
      const h = await waitFor(async () => {
        const r = await bus.request(healthMethod(name), {}, { timeoutMs: 2000 })
        return r.pid !== old ? r : undefined
      }, { timeoutMs: 60_000, intervalMs: 200, message: `${name} back` })
      expect(isRunning(old)).toBe(false)
      expect(processInfo(h.pid)!.ppid).toBe(info.pid)
    }
    expect(processesOf(dataDir)).toHaveLength(8)
  })

  it('skarm verify replays a conversation written through the stack, and names a forged commit and its rule', async () => {
    const post = async (path: string, body: unknown): Promise<{ id: string }> => {
      const res = await fetch(`${info.api}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
      expect(res.status).toBe(201)
      return await res.json() as { id: string }
    }
    const { id } = await post('/v1/conversations', { mode: 'PUBLIC' })
    await post(`/v1/conversations/${id}/messages`, { body: 'hej' })
    const repo = join(dataDir, 'conversations', id)
    const ok = await skarm(['verify', '--repo', repo])
    expect(ok).toMatchObject({ code: 0, stdout: expect.stringMatching(/^ok: 2 commits valid \([\d.]+ s\)\n$/) })

    // a copy with an unsigned commit on top, made by native git
    const forged = join(dataDir, 'forged')
    const git = async (args: string[], cwd?: string): Promise<string> => await new Promise((resolve, reject) => {
      execFile('git', args, { cwd }, (err, stdout) => { if (err !== null) reject(err); else resolve(stdout.trim()) })
    })
    await git(['clone', '-q', repo, forged])
    await git(['-c', 'user.name=mallory', '-c', 'user.email=m@example.org', '-c', 'commit.gpgsign=false', 'commit', '-q', '--allow-empty', '-m', '{"type":"text/plain","body":"forged"}'], forged)
    const hash = await git(['rev-parse', 'HEAD'], forged)
    const bad = await skarm(['verify', '--repo', forged])
    expect(bad.code).toBe(1)
    expect(bad.stdout).toMatch(new RegExp(`^invalid commit ${hash}: rule [A-Z_]+: .*\\(2 commits valid before it\\)\n$`))
  })

  it('SIGTERM stops everything: exit 0, no process left, run.json removed', async () => {
    const procs = processesOf(dataDir)
    up.proc.kill('SIGTERM')
    expect(await up.exit).toBe(0)
    for (const p of procs) expect(isRunning(p.pid)).toBe(false)
    expect(processesOf(dataDir)).toEqual([])
    await expect(stat(join(dataDir, 'run.json'))).rejects.toThrow()
    expect((await skarm(['status', '--data', dataDir])).code).toBe(1)
  })
})

describe('skarm up under an older node (bin/skarm.js re-executes with Node 22)', () => {
  const oldNode = ['/usr/bin/node', '/usr/local/bin/node'].find((p) => existsSync(p)) ?? process.execPath

  it('forwards SIGTERM: the stack stops cleanly, exit 0, nothing left', async () => {
    const dataDir = await tempDir('skarm-shim-it-')
    try {
      expect((await skarm(['init', '--data', dataDir, '--name', 'Shim'])).code).toBe(0)
      const up = skarmUp(oldNode, dataDir)
      await up.ready
      const procs = processesOf(dataDir)
      expect(procs.filter((p) => serviceOf(p) !== undefined)).toHaveLength(6)
      up.proc.kill('SIGTERM')
      expect(await up.exit).toBe(0)
      for (const p of procs) expect(isRunning(p.pid)).toBe(false)
      expect(processesOf(dataDir)).toEqual([])
    } finally {
      await rm(dataDir, { recursive: true, force: true })
    }
  }, READY_MS + 30_000)
})

describe('npx skarm up (npm does not forward SIGTERM)', () => {
  it('stops the whole stack when npm exits on SIGTERM', async () => {
    const dataDir = await tempDir('skarm-npx-it-')
    try {
      expect((await skarm(['init', '--data', dataDir, '--name', 'Npx'])).code).toBe(0)
      const up = skarmUp('', dataDir, ['npx', 'skarm'])
      const info = await up.ready
      const procs = processesOf(dataDir)
      expect(procs.filter((p) => serviceOf(p) !== undefined)).toHaveLength(6)
      up.proc.kill('SIGTERM')
      await up.exit
      await waitFor(() => procs.every((p) => !isRunning(p.pid)), { timeoutMs: 20_000, message: 'every process of the stack gone' })
      expect(isRunning(info.pid)).toBe(false)
      expect(processesOf(dataDir)).toEqual([])
      await expect(stat(join(dataDir, 'run.json'))).rejects.toThrow()
    } finally {
      await rm(dataDir, { recursive: true, force: true })
    }
  }, READY_MS + 30_000)
})
