import { describe, it, expect, beforeAll, afterAll } from 'vitest'
import { execFile } from 'node:child_process'
import { createServer, type Server } from 'node:http'
import { createServer as netServer, type AddressInfo } from 'node:net'
import { existsSync } from 'node:fs'
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { tempDir } from '@skarm/test-utils'
import { main, formatVerify, USAGE, type Io, type VerifyResult } from '../src/index.ts'
import { verify } from '../src/verify.ts'

const BIN = join(import.meta.dirname, '..', 'bin', 'skarm.js')

function io (env: NodeJS.ProcessEnv = {}): Io & { out: string, err: string } {
  const r = {
    out: '',
    err: '',
    env,
    stdout: (t: string) => { r.out += t },
    stderr: (t: string) => { r.err += t }
  }
  return r
}

let dir: string
beforeAll(async () => { dir = await tempDir('skarm-cli-') })
afterAll(async () => { await rm(dir, { recursive: true, force: true }) })

describe('skarm: commands and usage', () => {
  it('prints the usage and exits 2 without a command, on an unknown command, on bad arguments', async () => {
    let o = io()
    expect(await main([], o)).toBe(2)
    expect(o.err).toBe(USAGE)
    o = io()
    expect(await main(['exprot', '--data', dir], o)).toBe(2)
    expect(o.err).toMatch(/unknown command "exprot"/)
    expect(o.err).toContain(USAGE)
    o = io()
    expect(await main(['init', '--data', dir], o)).toBe(2)
    expect(o.err).toMatch(/--name is required/)
    o = io()
    expect(await main(['init', '--data', dir, '--name', 'a', '--import', 'f'], o)).toBe(2)
    expect(o.err).toMatch(/--name does not go with --import/)
    o = io()
    expect(await main(['init', '--data', dir, '--frob', 'f'], o)).toBe(2)
    expect(o.err).toMatch(/unknown option --frob/)
    o = io()
    expect(await main(['status'], o)).toBe(2)
    o = io()
    expect(await main(['verify', 'repo'], o)).toBe(2)
    expect(o.err).toMatch(/unexpected argument "repo"/)
    o = io()
    expect(await main(['up', '--frob'], o)).toBe(2)
    expect(o.err).toMatch(/unknown option --frob/)
    o = io()
    expect(await main(['help'], o)).toBe(0)
    expect(o.out).toBe(USAGE)
  })
})

describe('skarm init', () => {
  it('creates an account and its device, prints {uri, deviceId}, refuses to overwrite', async () => {
    const data = join(dir, 'init')
    const o = io()
    expect(await main(['init', '--data', data, '--name', 'Alice'], o)).toBe(0)
    const printed = JSON.parse(o.out) as { uri: string, deviceId: string }
    expect(Object.keys(printed).sort()).toEqual(['deviceId', 'uri'])
    expect(printed.uri).toMatch(/^[0-9a-f]{40}$/)
    const meta = JSON.parse(await readFile(join(data, 'identity', 'identity.json'), 'utf8')) as { uri: string, deviceId: string, displayName: string }
    expect(meta).toEqual({ ...printed, displayName: 'Alice' })
    expect((await stat(join(data, 'identity', 'account.key'))).mode & 0o777).toBe(0o600)
    const again = io()
    expect(await main(['init', '--data', data, '--name', 'Mallory'], again)).toBe(1)
    expect(again.err).toMatch(/already holds an account/)
    expect(JSON.parse(await readFile(join(data, 'identity', 'identity.json'), 'utf8')).uri).toBe(printed.uri)
    // the device's own ports, chosen once (docs/sync.md, "Rejoining after a restart")
    const config = JSON.parse(await readFile(join(data, 'config.json'), 'utf8')) as { listen: string[], dhtPort: number }
    expect(config).toEqual({ listen: [expect.stringMatching(/^\/ip4\/0\.0\.0\.0\/tcp\/\d+$/)], dhtPort: expect.any(Number) })
    expect(config.listen[0]).not.toBe(`/ip4/0.0.0.0/tcp/${config.dhtPort}`)
  })

  it('refuses a blank name', async () => {
    const o = io()
    expect(await main(['init', '--data', join(dir, 'blank'), '--name', '  '], o)).toBe(2)
  })
})

describe('skarm up', () => {
  it('refuses a data folder without an account, pointing to skarm init', async () => {
    const o = io()
    expect(await main(['up', '--data', join(dir, 'empty')], o)).toBe(1)
    expect(o.err).toMatch(/no account in .*skarm init --data/)
  })

  it('gives an older data folder its own ports, and refuses a listen port another program holds in one line', async () => {
    const data = join(dir, 'busy')
    await mkdir(join(data, 'identity'), { recursive: true })
    await writeFile(join(data, 'identity', 'identity.json'), '{}')
    const held = netServer()
    await new Promise<void>((resolve) => held.listen(0, '0.0.0.0', resolve))
    const port = (held.address() as AddressInfo).port
    try {
      await writeFile(join(data, 'config.json'), JSON.stringify({ listen: [`/ip4/0.0.0.0/tcp/${port}`] }))
      const o = io()
      expect(await main(['up', '--data', data], o)).toBe(1)
      expect(o.err).toBe(`skarm up: port ${port} (listen /ip4/0.0.0.0/tcp/${port}) is in use by another program; stop it, or choose another port with --listen /ip4/0.0.0.0/tcp/PORT or "listen" in ${join(data, 'config.json')}\n`)
      // the missing dhtPort was chosen and kept; the user's listen stays
      expect(JSON.parse(await readFile(join(data, 'config.json'), 'utf8'))).toEqual({ listen: [`/ip4/0.0.0.0/tcp/${port}`], dhtPort: expect.any(Number) })
    } finally {
      held.close()
    }
  })
})

describe('skarm status', () => {
  let server: Server
  let api: string
  let answer: { status: number, body: string }

  beforeAll(async () => {
    server = createServer((req, res) => {
      res.statusCode = req.url === '/v1/health' ? answer.status : 404
      res.end(answer.body)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => { await new Promise((resolve) => server.close(resolve)) })

  it('prints the gateway health of the running stack', async () => {
    const data = join(dir, 'status-ok')
    await mkdir(data, { recursive: true })
    await writeFile(join(data, 'run.json'), JSON.stringify({ api, p2p: [], pid: process.pid }))
    answer = { status: 200, body: JSON.stringify({ ok: true, services: { store: { status: 'up', pid: 7 } } }) }
    const o = io()
    expect(await main(['status', '--data', data], o)).toBe(0)
    expect(JSON.parse(o.out)).toEqual({ ok: true, services: { store: { status: 'up', pid: 7 } } })
    // a degraded stack is reported, with exit 1
    answer = { status: 503, body: JSON.stringify({ ok: false, services: {} }) }
    const d = io()
    expect(await main(['status', '--data', data], d)).toBe(1)
    expect(JSON.parse(d.out)).toEqual({ ok: false, services: {} })
  })

  it('exits 1 when no stack runs: no run.json, a dead pid, a silent gateway', async () => {
    const o = io()
    expect(await main(['status', '--data', join(dir, 'nothing')], o)).toBe(1)
    expect(o.err).toMatch(/no stack runs on/)
    const data = join(dir, 'status-stale')
    await mkdir(data, { recursive: true })
    await writeFile(join(data, 'run.json'), JSON.stringify({ api, p2p: [], pid: 2147483646 }))
    expect(await main(['status', '--data', data], io())).toBe(1)
    await writeFile(join(data, 'run.json'), JSON.stringify({ api: 'http://127.0.0.1:1', p2p: [], pid: process.pid }))
    const s = io()
    expect(await main(['status', '--data', data], s)).toBe(1)
    expect(s.err).toMatch(/does not answer/)
  })
})

describe('skarm verify', () => {
  it('summarises a valid repository (exit 0) and names the first invalid commit and its rule (exit 1)', async () => {
    const repo = join(dir, 'repo')
    await mkdir(repo, { recursive: true })
    const ok: VerifyResult = { ok: true, commits: 12, seconds: 0.25 }
    let o = io()
    expect(await verify(['--repo', repo], o, async (p) => { expect(p).toBe(repo); return ok })).toBe(0)
    expect(o.out).toBe('ok: 12 commits valid (0.25 s)\n')
    const bad: VerifyResult = { ok: false, commit: 'a'.repeat(40), rule: 'COMMIT_BAD_SIGNATURE', message: 'signature does not verify', checked: 3 }
    o = io()
    expect(await verify(['--repo', repo], o, async () => bad)).toBe(1)
    expect(o.out).toBe(`invalid commit ${'a'.repeat(40)}: rule COMMIT_BAD_SIGNATURE: signature does not verify (3 commits valid before it)\n`)
    expect(formatVerify({ ok: true, commits: 1, seconds: 1 })).toBe('ok: 1 commit valid (1.00 s)')
  })

  it('exits 1 on a path that is not a folder or a verifier failure', async () => {
    let o = io()
    expect(await verify(['--repo', join(dir, 'absent')], o, async () => ({ ok: true, commits: 0, seconds: 0 }))).toBe(1)
    expect(o.err).toMatch(/is not a folder/)
    o = io()
    expect(await verify(['--repo', dir], o, async () => { throw new Error('not a git repository') })).toBe(1)
    expect(o.err).toMatch(/not a git repository/)
  })
})

describe('bin/skarm.js', () => {
  // the system node (20 here) re-executes the command with the Node 22 of node_modules
  const systemNode = ['/usr/bin/node', '/usr/local/bin/node'].find((p) => existsSync(p))

  async function run (node: string, args: string[]): Promise<{ code: number, stdout: string, stderr: string }> {
    return await new Promise((resolve) => {
      execFile(node, [BIN, ...args], (err, stdout, stderr) => {
        resolve({ code: err === null ? 0 : (err as { code?: number }).code ?? 1, stdout, stderr })
      })
    })
  }

  it('runs under the current Node and passes the exit code through', async () => {
    const r = await run(process.execPath, [])
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(USAGE)
  })

  it('re-executes itself with the Node 22 of node_modules when started by an older node', async () => {
    const node = systemNode ?? process.execPath
    const data = join(dir, 'shim')
    const r = await run(node, ['init', '--data', data, '--name', 'Shim'])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toHaveProperty('uri')
    const again = await run(node, ['init', '--data', data, '--name', 'Shim'])
    expect(again.code).toBe(1)
  })
})
