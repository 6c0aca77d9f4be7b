import { describe, it, expect, beforeAll, afterAll } from 'vitest'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { InvalidInputError } from '@skarm/errors'
import { loadConfig, loadStackConfig, parseHostPort } from '../src/index.ts'

let dir: string
beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'skarm-config-')) })
afterAll(async () => { await rm(dir, { recursive: true, force: true }) })

const NATS = 'nats://127.0.0.1:4222'

function error (fn: () => unknown): InvalidInputError {
  try {
    fn()
  } catch (err) {
    expect(err).toBeInstanceOf(InvalidInputError)
    expect((err as InvalidInputError).code).toBe('CONFIG_INVALID')
    return err as InvalidInputError
  }
  throw new Error('expected a config error')
}

describe('loadConfig', () => {
  it('applies the defaults', () => {
    const c = loadConfig(['--data', dir, '--nats', NATS], {})
    expect(c).toEqual({ dataDir: dir, natsUrl: NATS, api: '127.0.0.1:0', listen: ['/ip4/0.0.0.0/tcp/0'], bootstrap: [], announce: [], mdns: true, relay: false, quic: false, logLevel: 'info', fetchMaxCommits: 10_000, fetchMaxMiB: 64 })
  })

  it('layers defaults < DATA/config.json < SKARM_* env < flags', async () => {
    const data = join(dir, 'layers')
    await rm(data, { recursive: true, force: true })
    await mkdir(data)
    await writeFile(join(data, 'config.json'), JSON.stringify({ api: '127.0.0.1:1111', logLevel: 'debug', bootstrap: ['/ip4/10.0.0.1/tcp/1/p2p/QmFile'], mdns: false, natsUrl: 'nats://file:1' }))
    const fileOnly = loadConfig([], { SKARM_DATA: data })
    expect(fileOnly).toMatchObject({ api: '127.0.0.1:1111', logLevel: 'debug', bootstrap: ['/ip4/10.0.0.1/tcp/1/p2p/QmFile'], mdns: false, natsUrl: 'nats://file:1' })

    const env = { SKARM_DATA: data, SKARM_API: '127.0.0.1:2222', SKARM_LISTEN: '/ip4/127.0.0.1/tcp/0, /ip6/::1/tcp/0', SKARM_MDNS: '1', SKARM_NATS_TOKEN: 'tok' }
    const withEnv = loadConfig([], env)
    expect(withEnv).toMatchObject({ api: '127.0.0.1:2222', listen: ['/ip4/127.0.0.1/tcp/0', '/ip6/::1/tcp/0'], mdns: true, natsToken: 'tok', logLevel: 'debug' })

    const withFlags = loadConfig(['--api=127.0.0.1:3333', '--listen', '/ip4/0.0.0.0/tcp/4001', '--listen', '/ip4/0.0.0.0/tcp/4002', '--no-mdns', '--bootstrap', '/ip4/1.2.3.4/tcp/5/p2p/QmX', '--nats', NATS, '--log-level', 'warn'], env)
    expect(withFlags).toEqual({
      dataDir: data,
      natsUrl: NATS,
      natsToken: 'tok',
      api: '127.0.0.1:3333',
      listen: ['/ip4/0.0.0.0/tcp/4001', '/ip4/0.0.0.0/tcp/4002'],
      bootstrap: ['/ip4/1.2.3.4/tcp/5/p2p/QmX'],
      announce: [],
      mdns: false,
      relay: false,
      quic: false,
      logLevel: 'warn',
      fetchMaxCommits: 10_000,
      fetchMaxMiB: 64
    })
  })

  it('takes relay and quic from DATA/config.json, SKARM_RELAY/SKARM_QUIC and --relay/--quic (--no-… to undo)', async () => {
    const data = join(dir, 'nat')
    await mkdir(data, { recursive: true })
    await writeFile(join(data, 'config.json'), JSON.stringify({ relay: true }))
    expect(loadConfig([], { SKARM_DATA: data, SKARM_NATS_URL: NATS })).toMatchObject({ relay: true, quic: false })
    expect(loadConfig([], { SKARM_DATA: data, SKARM_NATS_URL: NATS, SKARM_RELAY: '0', SKARM_QUIC: '1' })).toMatchObject({ relay: false, quic: true })
    expect(loadConfig(['--no-relay', '--quic'], { SKARM_DATA: data, SKARM_NATS_URL: NATS })).toMatchObject({ relay: false, quic: true })
    expect(loadStackConfig(['--data', dir, '--relay', '--no-quic'], { SKARM_QUIC: '1' })).toMatchObject({ relay: true, quic: false })
    expect(error(() => loadConfig(['--data', dir, '--nats', NATS, '--relay=1'], {})).message).toMatch(/--relay takes no value/)
    expect(error(() => loadConfig(['--data', dir, '--nats', NATS], { SKARM_QUIC: 'maybe' })).message).toMatch(/SKARM_QUIC must be 0 or 1/)
    await writeFile(join(data, 'config.json'), JSON.stringify({ quic: 'yes' }))
    expect(error(() => loadConfig([], { SKARM_DATA: data, SKARM_NATS_URL: NATS })).message).toMatch(/quic must be true or false/)
  })

  it('takes the fetch limits from DATA/config.json and SKARM_FETCH_MAX_*, whole numbers in range only', async () => {
    const data = join(dir, 'limits')
    await mkdir(data, { recursive: true })
    await writeFile(join(data, 'config.json'), JSON.stringify({ fetchMaxCommits: 50_000, fetchMaxMiB: 256 }))
    expect(loadConfig([], { SKARM_DATA: data, SKARM_NATS_URL: NATS })).toMatchObject({ fetchMaxCommits: 50_000, fetchMaxMiB: 256 })
    expect(loadConfig([], { SKARM_DATA: data, SKARM_NATS_URL: NATS, SKARM_FETCH_MAX_COMMITS: '20000', SKARM_FETCH_MAX_MIB: '8' })).toMatchObject({ fetchMaxCommits: 20_000, fetchMaxMiB: 8 })
    for (const bad of ['0', '-1', '1.5', 'many', '99999999999']) {
      expect(error(() => loadConfig([], { SKARM_DATA: data, SKARM_NATS_URL: NATS, SKARM_FETCH_MAX_COMMITS: bad })).message).toMatch(/whole number/)
    }
    await writeFile(join(data, 'config.json'), JSON.stringify({ fetchMaxMiB: '64' }))
    expect(error(() => loadConfig([], { SKARM_DATA: data, SKARM_NATS_URL: NATS })).message).toMatch(/fetchMaxMiB must be a whole number/)
  })

  it('an empty SKARM_BOOTSTRAP means no bootstrap, overriding the file', async () => {
    const data = join(dir, 'empty-bootstrap')
    await mkdir(data, { recursive: true })
    await writeFile(join(data, 'config.json'), JSON.stringify({ bootstrap: ['/ip4/10.0.0.1/tcp/1'] }))
    expect(loadConfig([], { SKARM_DATA: data, SKARM_NATS_URL: NATS, SKARM_BOOTSTRAP: '' }).bootstrap).toEqual([])
  })

  it('announce: from the file, SKARM_ANNOUNCE or repeated --announce (flags win), checked as multiaddrs; none by default', async () => {
    const data = join(dir, 'announce')
    await mkdir(data, { recursive: true })
    expect(loadConfig([], { SKARM_DATA: data, SKARM_NATS_URL: NATS }).announce).toEqual([])
    await writeFile(join(data, 'config.json'), JSON.stringify({ announce: ['/ip4/203.0.113.5/tcp/4001'] }))
    expect(loadConfig([], { SKARM_DATA: data, SKARM_NATS_URL: NATS }).announce).toEqual(['/ip4/203.0.113.5/tcp/4001'])
    expect(loadConfig([], { SKARM_DATA: data, SKARM_NATS_URL: NATS, SKARM_ANNOUNCE: '/ip4/203.0.113.6/tcp/1, /dns4/relay.example/tcp/2' }).announce).toEqual(['/ip4/203.0.113.6/tcp/1', '/dns4/relay.example/tcp/2'])
    expect(loadConfig(['--announce', '/ip4/203.0.113.7/tcp/3', '--announce=/ip4/203.0.113.8/tcp/4'], { SKARM_DATA: data, SKARM_NATS_URL: NATS, SKARM_ANNOUNCE: '/ip4/203.0.113.6/tcp/1' }).announce).toEqual(['/ip4/203.0.113.7/tcp/3', '/ip4/203.0.113.8/tcp/4'])
    expect(error(() => loadConfig(['--announce', 'relay.example:4001'], { SKARM_DATA: data, SKARM_NATS_URL: NATS })).message).toMatch(/announce must be multiaddrs/)
    await writeFile(join(data, 'config.json'), JSON.stringify({ announce: '/ip4/203.0.113.5/tcp/4001' }))
    expect(error(() => loadConfig([], { SKARM_DATA: data, SKARM_NATS_URL: NATS })).message).toMatch(/announce must be an array of strings/)
  })

  it('reads an explicit config file, which must exist', async () => {
    const file = join(dir, 'explicit.json')
    await writeFile(file, JSON.stringify({ logLevel: 'trace' }))
    expect(loadConfig(['--data', dir, '--nats', NATS], {}, file).logLevel).toBe('trace')
    expect(error(() => loadConfig(['--data', dir, '--nats', NATS], {}, join(dir, 'missing.json'))).message).toMatch(/cannot read config file/)
  })

  it('requires the data folder and the NATS URL', () => {
    expect(error(() => loadConfig([], { SKARM_NATS_URL: NATS })).message).toMatch(/--data DIR or SKARM_DATA/)
    expect(error(() => loadConfig(['--data', dir], {})).message).toMatch(/--nats URL or SKARM_NATS_URL/)
  })

  it('refuses malformed values with a clear message', async () => {
    const base = ['--data', dir, '--nats', NATS]
    expect(error(() => loadConfig([...base, '--api', 'localhost'], {})).message).toMatch(/api must be HOST:PORT/)
    expect(error(() => loadConfig([...base, '--api', '127.0.0.1:70000'], {})).message).toMatch(/api must be HOST:PORT/)
    expect(error(() => loadConfig([...base, '--listen', 'tcp/0'], {})).message).toMatch(/listen must be multiaddrs/)
    expect(error(() => loadConfig([...base, '--bootstrap', 'nope'], {})).message).toMatch(/bootstrap must be multiaddrs/)
    expect(error(() => loadConfig([...base, '--log-level', 'loud'], {})).message).toMatch(/log level must be one of/)
    expect(error(() => loadConfig(base, { SKARM_MDNS: 'maybe' })).message).toMatch(/SKARM_MDNS must be 0 or 1/)
    expect(error(() => loadConfig(['--data', dir, '--nats', 'http://x:1'], {})).message).toMatch(/nats URL/)
    expect(error(() => loadConfig([...base, '--frobnicate'], {})).message).toMatch(/unknown option --frobnicate/)
    expect(error(() => loadConfig([...base, 'stray'], {})).message).toMatch(/unexpected argument/)
    expect(error(() => loadConfig([...base, '--api'], {})).message).toMatch(/--api needs a value/)
    expect(error(() => loadConfig([...base, '--no-mdns=1'], {})).message).toMatch(/takes no value/)

    const data = join(dir, 'badfile')
    await mkdir(data, { recursive: true })
    await writeFile(join(data, 'config.json'), '{ not json')
    expect(error(() => loadConfig([], { SKARM_DATA: data, SKARM_NATS_URL: NATS })).message).toMatch(/is not JSON/)
    await writeFile(join(data, 'config.json'), JSON.stringify({ apii: 'x' }))
    expect(error(() => loadConfig([], { SKARM_DATA: data, SKARM_NATS_URL: NATS })).message).toMatch(/unknown key "apii"/)
    await writeFile(join(data, 'config.json'), JSON.stringify({ listen: '/ip4/0.0.0.0/tcp/0' }))
    expect(error(() => loadConfig([], { SKARM_DATA: data, SKARM_NATS_URL: NATS })).message).toMatch(/listen must be an array/)
  })

  it('accepts host:port NATS addresses and IPv6 api addresses', () => {
    expect(loadConfig(['--data', dir, '--nats', '127.0.0.1:4222', '--api', '[::1]:8080'], {}).api).toBe('[::1]:8080')
    expect(parseHostPort('[::1]:8080')).toEqual({ host: '::1', port: 8080 })
    expect(parseHostPort('0.0.0.0:0')).toEqual({ host: '0.0.0.0', port: 0 })
  })
})

describe('loadStackConfig', () => {
  it('does not require a NATS URL', () => {
    const c = loadStackConfig(['--data', dir], {})
    expect(c.natsUrl).toBeUndefined()
    expect(c.dataDir).toBe(dir)
  })
})
