// The gateway process as the supervisor runs it: config from SKARM_* variables, health with
// `details.api` on the bus, the HTTP API on that URL, a clean stop on SIGTERM.
import { spawn, type ChildProcess } from 'node:child_process'
import { request as httpRequest, type IncomingMessage } from 'node:http'
import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectBus, type Bus } from '@skarm/bus'
import { healthMethod, skarm } from '@skarm/proto'
import { startNats, tempDir, waitFor, type TestNats } from '@skarm/test-utils'

const MAIN = join(import.meta.dirname, '..', 'src', 'main.ts')
const RECORDER = join(import.meta.dirname, 'fixtures', 'record-imports.ts')

let nats: TestNats
let bus: Bus
let dir: string
let proc: ChildProcess | undefined
let stderr = ''
let exit: Promise<{ code: number | null, signal: string | null }>

beforeAll(async () => {
  nats = await startNats({ token: true })
  bus = await connectBus({ servers: nats.url, token: nats.token, name: 'test' })
  dir = await tempDir('skarm-gateway-')
  // a store that is up, so /v1/health has something to report besides the gateway
  bus.serve(healthMethod('store'), () => skarm.common.v1.HealthResponse.create({ service: 'store', status: 'up', pid: 4242 }))
  await bus.flush()
  proc = spawn(process.execPath, ['--import', RECORDER, MAIN], {
    env: {
      PATH: process.env.PATH,
      SKARM_DATA: dir,
      SKARM_NATS_URL: nats.url,
      SKARM_NATS_TOKEN: nats.token,
      SKARM_API: '127.0.0.1:0',
      SKARM_LOG_LEVEL: 'info',
      RECORD_IMPORTS: join(dir, 'imports.txt')
    },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  proc.stderr!.on('data', (d: Buffer) => { stderr += d.toString() })
  exit = new Promise((resolve) => proc!.once('exit', (code, signal) => { resolve({ code, signal }) }))
})

afterAll(async () => {
  if (proc !== undefined && proc.exitCode === null && proc.signalCode === null) {
    proc.kill('SIGKILL')
    await exit
  }
  await bus?.close()
  await nats?.stop()
  await rm(dir, { recursive: true, force: true })
})

async function get (url: string): Promise<{ status: number, body: string }> {
  const res = await fetch(url)
  return { status: res.status, body: await res.text() }
}

describe('apps/gateway', () => {
  let api = ''

  it('announces its URL in the bus health details', async () => {
    const health = await waitFor(async () => {
      const h = await bus.request(healthMethod('gateway'), {}, { timeoutMs: 1000 })
      return h.pid === proc!.pid ? h : undefined
    }, { timeoutMs: 20_000, message: 'gateway health' })
    expect(health.status).toBe('up')
    const details = JSON.parse(health.detailsJson) as { api: string }
    expect(details.api).toMatch(/^http:\/\/127\.0\.0\.1:[1-9][0-9]*$/)
    api = details.api
  })

  it('serves the HTTP API there: health of every service, errors as JSON', async () => {
    const health = await get(`${api}/v1/health`)
    // validator, transport, dht and files are not running in this test
    expect(health.status).toBe(503)
    const body = JSON.parse(health.body) as { ok: boolean, services: Record<string, { status: string, pid?: number }> }
    expect(body.ok).toBe(false)
    expect(body.services.store).toEqual({ status: 'up', pid: 4242 })
    expect(body.services.gateway).toEqual({ status: 'up', pid: proc!.pid })
    expect(body.services.validator).toEqual({ status: 'down' })
    expect(Object.keys(body.services).sort()).toEqual(['dht', 'files', 'gateway', 'store', 'transport', 'validator'])

    const account = await get(`${api}/v1/account`)
    expect(account.status).toBe(503)
    expect(JSON.parse(account.body)).toMatchObject({ error: { code: 'SERVICE_UNAVAILABLE' } })

    const bad = await get(`${api}/v1/conversations/NOPE`)
    expect(bad.status).toBe(400)
    expect(JSON.parse(bad.body)).toMatchObject({ error: { code: 'INVALID_REQUEST' } })
  })

  it('stays light: neither libp2p nor isomorphic-git is loaded', async () => {
    const imports = await readFile(join(dir, 'imports.txt'), 'utf8')
    expect(imports).toContain('/packages/gateway/src/index.ts')
    expect(imports).not.toMatch(/node_modules\/(libp2p|@libp2p|isomorphic-git)\//)
  })

  it('stops cleanly on SIGTERM, even with an event stream open', async () => {
    const res = await new Promise<IncomingMessage>((resolve, reject) => {
      const req = httpRequest(`${api}/v1/events`)
      req.once('response', resolve)
      req.once('error', reject)
      req.end()
    })
    expect(res.statusCode).toBe(200)
    res.resume()
    const streamEnded = new Promise<void>((resolve) => { res.once('close', () => { resolve() }) })
    proc!.kill('SIGTERM')
    expect(await exit).toEqual({ code: 0, signal: null })
    await streamEnded
    const msgs = stderr.trim().split('\n').map((l) => (JSON.parse(l) as { msg: string }).msg)
    expect(msgs).toContain('gateway listening')
    expect(msgs).toContain('service stopped')
  })
})
