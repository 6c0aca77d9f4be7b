// The simulation harness itself (@skarm/sim): real namespaces, veths and bridges (needs root).
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api, createNetwork, reapLeftovers, type SimNetwork } from '@skarm/sim'
import { waitFor } from '../helpers/device.ts'

const run = promisify(execFile)

async function harnessNames (index: number): Promise<string[]> {
  const links = (JSON.parse((await run('ip', ['-j', 'link', 'show'])).stdout) as Array<{ ifname: string }>).map((l) => l.ifname)
  const nsOut = (await run('ip', ['-j', 'netns', 'list'])).stdout.trim()
  const namespaces = (nsOut === '' ? [] : JSON.parse(nsOut) as Array<{ name: string }>).map((n) => n.name)
  return [...links, ...namespaces].filter((n) => new RegExp(`^sksim${index}(\\D|$)`).test(n))
}

/**
 * True when a device's transport log (level debug) shows a connection with the peer whose
 * libp2p addresses are `p2p` (the gateway exposes no peer list): `peer connected` or a
 * verified `hello received` naming that peer id.
 */
async function connectedTo (dataDir: string, p2p: string[]): Promise<boolean> {
  const peerId = p2p[0]!.split('/p2p/')[1]!
  const log = await readFile(join(dataDir, 'logs/transport.log'), 'utf8')
  return log.split('\n').some((line) => line.includes(`"peer":"${peerId}"`) && (line.includes('"peer connected"') || line.includes('"hello received"')))
}

describe('simulated network', () => {
  let net: SimNetwork

  beforeAll(async () => {
    net = await createNetwork({ name: 'harness' })
    await net.addHost('a')
    await net.addHost('b')
    await net.addHost('c')
  })

  afterAll(async () => {
    await net?.destroy()
  })

  it('gives each host its own namespace, loopback, address and multicast route', async () => {
    const routes = (await net.exec('a', ['ip', 'route', 'show', 'table', 'all'])).stdout
    expect(routes).toMatch(/^multicast 224\.0\.0\.0\/4 dev eth0|^224\.0\.0\.0\/4 dev eth0/m)
    const addrs = (await net.exec('a', ['ip', '-br', 'addr'])).stdout
    expect(addrs).toMatch(/^lo\s+UNKNOWN\s+127\.0\.0\.1\/8/m)
    expect(addrs).toContain(net.hosts[0]!.address)
    expect(new Set(net.hosts.map((h) => h.address)).size).toBe(3)
  })

  it('lets two hosts reach each other over the bridge', async () => {
    expect(await net.ping('a', 'b')).toBe(true)
    expect(await net.ping('b', 'a')).toBe(true)
  })

  it('cuts traffic between partition groups and restores it on heal', async () => {
    await net.partition([['a', 'b'], ['c']])
    expect(await net.ping('a', 'b')).toBe(true)
    expect(await net.ping('a', 'c')).toBe(false)
    expect(await net.ping('c', 'b')).toBe(false)
    await net.heal()
    expect(await net.ping('a', 'c')).toBe(true)
    expect(await net.ping('c', 'b')).toBe(true)
  })

  it('refuses a partition naming an unknown host', async () => {
    await expect(net.partition([['a'], ['nope']])).rejects.toMatchObject({ code: 'SIM_HOST_UNKNOWN' })
  })

  it('runs two device stacks that find each other by mDNS with no bootstrap, reachable over HTTP from here', async () => {
    // debug level: the transport logs its connections (the gateway exposes no peer list)
    const a = await net.startDevice('a', 'alice', { logLevel: 'debug' })
    const b = await net.startDevice('b', 'bob', { logLevel: 'debug' })
    expect(a.api).toContain(net.hosts[0]!.apiAddress)
    expect(a.p2p[0]).toContain(`/ip4/${net.hosts[0]!.address}/tcp/`)
    const health = await api(b, 'GET', '/v1/health')
    expect(health.status).toBe(200)
    expect(health.body.ok).toBe(true)
    expect((await api(a, 'GET', '/v1/account')).body.uri).toBe(a.uri)
    // no bootstrap was given: only mDNS can have brought them together
    await waitFor(async () => await connectedTo(a.dataDir, b.p2p), 60_000, 'alice to connect to bob')
    await waitFor(async () => await connectedTo(b.dataDir, a.p2p), 60_000, 'bob to connect to alice')
    // while partitioned the gateway stays reachable (management bridge)
    await net.partition([['a'], ['b']])
    expect((await api(a, 'GET', '/v1/health')).status).toBe(200)
    await net.heal()
    expect(await a.stop()).toBe(0)
    expect(await b.stop()).toBe(0)
  })

  it('leaves no namespace, veth or bridge behind, and destroy twice is harmless', async () => {
    const other = await createNetwork({ name: 'cleanup' })
    await other.addHost('x')
    await other.addHost('y')
    await other.startDevice('x', 'xavier', { mdns: false })
    expect((await harnessNames(other.index)).length).toBeGreaterThan(0)
    await other.destroy()
    await other.destroy()
    expect(await harnessNames(other.index)).toEqual([])
  })

  it('removes what a crashed run left behind', async () => {
    // a process that makes a network and a host, then dies without destroy()
    const script = "const m = await import('@skarm/sim'); const n = await m.createNetwork({ name: 'crashed' }); await n.addHost('z'); console.log(JSON.stringify([n.index, n.dataRoot])); process.exit(0)"
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: join(import.meta.dirname, '../..') })
    const [index, dataRoot] = JSON.parse(stdout.trim()) as [number, string]
    expect(existsSync(dataRoot)).toBe(true)
    expect((await harnessNames(index)).length).toBeGreaterThan(0)
    const reaped = await reapLeftovers()
    expect(reaped).toContain(index)
    expect(reaped).not.toContain(net.index)
    expect(await harnessNames(index)).toEqual([])
    // its data directory goes too
    expect(existsSync(dataRoot)).toBe(false)
    expect(await net.ping('a', 'b')).toBe(true)
  })
})

describe('privileges', () => {
  it('a non-root process gets a clear error', async () => {
    const script = "const m = await import('@skarm/sim'); try { await m.createNetwork() } catch (e) { console.log(e.code) }"
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: join(import.meta.dirname, '../..'), uid: 65534, gid: 65534 })
    expect(stdout.trim()).toBe('SIM_NOT_ROOT')
  })
})
