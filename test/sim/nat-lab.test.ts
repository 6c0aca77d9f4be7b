// The NAT lab of the simulation harness, before any device runs in it: home hosts behind
// routers that masquerade and drop new inbound connections, TCP and UDP alike. These tests
// show it is a real NAT: out is open, in is closed, even after a home opened a flow out.
import { execFile, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm, symlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REACH_CLIENT, createNetwork, reapLeftovers, type SimNetwork, type SimRouter } from '@skarm/sim'
import { waitFor } from '../helpers/device.ts'

const run = promisify(execFile)
const PROTOCOLS = ['tcp', 'udp'] as const

/**
 * A flow held open from a home host: a server in `server`'s namespace (port printed first)
 * that prints `from <ip>:<port>` for each connection or datagram and answers `pong`; a client
 * in `client`'s namespace that binds `localPort`, keeps its TCP connection (or sends a UDP
 * datagram every 200 ms) and prints `got <text> from <ip>:<port>` for what it receives.
 */
const HOLD_SERVER = `
const [proto] = process.argv.slice(1)
if (proto === 'udp') {
  const s = require('dgram').createSocket('udp4')
  s.on('message', (m, r) => { console.log('from ' + r.address + ':' + r.port); s.send('pong', r.port, r.address) })
  s.bind(0, '0.0.0.0', () => console.log(s.address().port))
} else {
  const s = require('net').createServer((c) => { console.log('from ' + c.remoteAddress + ':' + c.remotePort); c.on('error', () => {}); c.write('pong') })
  s.listen(0, '0.0.0.0', () => console.log(s.address().port))
}
`
const HOLD_CLIENT = `
const [proto, address, port, localPort] = process.argv.slice(1)
if (proto === 'udp') {
  const s = require('dgram').createSocket('udp4')
  s.on('message', (m, r) => console.log('got ' + m + ' from ' + r.address + ':' + r.port))
  s.bind(Number(localPort), '0.0.0.0', () => setInterval(() => s.send('ping', Number(port), address), 200))
} else {
  const c = require('net').connect({ port: Number(port), host: address, localPort: Number(localPort) })
  c.on('data', (d) => console.log('got ' + d + ' from ' + c.remoteAddress + ':' + c.remotePort))
  c.on('error', (e) => console.log('error ' + e.message))
}
`

function lines (child: ChildProcess): () => string[] {
  let out = ''
  child.stdout!.on('data', (d: Buffer) => { out += d.toString() })
  return () => out.split('\n').filter((l) => l !== '')
}

describe('NAT lab', () => {
  let net: SimNetwork
  let r1: SimRouter
  let r2: SimRouter

  beforeAll(async () => {
    net = await createNetwork({ name: 'natlab', publicAddresses: true })
    await net.addHost('relay')
    r1 = await net.addRouter('r1')
    r2 = await net.addRouter('r2')
    await net.addHost('a', { behind: 'r1' })
    await net.addHost('b', { behind: 'r2' })
  })

  afterAll(async () => {
    await net?.destroy()
  })

  it('gives each home its own subnet and router, and the router masquerades out of its public leg', async () => {
    const [a, b] = [net.hosts[1]!, net.hosts[2]!]
    expect(a.router).toBe('r1')
    expect(a.address).toBe('192.168.1.2')
    expect(b.address).toBe('192.168.2.2')
    expect(r1.subnet).not.toBe(r2.subnet)
    expect((await net.exec('a', ['ip', 'route', 'show', 'default'])).stdout).toContain(`via ${r1.lanAddress} dev eth0`)
    const nat = (await net.exec('r1', [r1.iptables, '-w', '-t', 'nat', '-S', 'POSTROUTING'])).stdout
    expect(nat).toContain('-A POSTROUTING -o eth0 -j MASQUERADE')
    expect((await net.exec('r1', ['cat', '/proc/sys/net/ipv4/ip_forward'])).stdout.trim()).toBe('1')
  })

  it('refuses an unknown router or host by name', async () => {
    await expect(net.addHost('c', { behind: 'nope' })).rejects.toMatchObject({ code: 'SIM_ROUTER_UNKNOWN' })
    await expect(net.reach('a', 'nope')).rejects.toMatchObject({ code: 'SIM_HOST_UNKNOWN' })
    await expect(net.exec('nope', ['true'])).rejects.toMatchObject({ code: 'SIM_HOST_UNKNOWN' })
    await expect(net.addRouter('a')).rejects.toMatchObject({ code: 'SIM_HOST_EXISTS' })
  })

  it.each(PROTOCOLS)('lets a home host reach the relay\'s public address (%s), seen as its router\'s address', async (protocol) => {
    expect(await net.reach('a', 'relay', { protocol })).toBe(true)
    expect(await net.reach('b', 'relay', { protocol })).toBe(true)
    // and inside a home, the router reaches its hosts
    expect(await net.reach('r1', 'a', { protocol })).toBe(true)
    const server = net.spawn('relay', [process.execPath, '-e', HOLD_SERVER, protocol])
    const seen = lines(server)
    await waitFor(() => seen().length > 0, 10_000, 'the relay listener')
    const client = net.spawn('a', [process.execPath, '-e', HOLD_CLIENT, protocol, net.hosts[0]!.address, seen()[0]!, '0'])
    try {
      await waitFor(() => seen().some((l) => l.startsWith('from ')), 10_000, 'a connection from a')
      expect(seen().find((l) => l.startsWith('from '))).toMatch(new RegExp(`^from ${r1.address.replaceAll('.', '\\.')}:\\d+$`))
    } finally {
      client.kill('SIGKILL')
      server.kill('SIGKILL')
    }
  })

  it.each(PROTOCOLS)('accepts no new %s connection from the public side, to a home host or to its router', async (protocol) => {
    // even a public host that routes the home's private subnet through its router gets nothing in
    await net.exec('relay', ['ip', 'route', 'replace', r1.subnet, 'via', r1.address])
    expect(await net.reach('relay', 'a', { protocol, timeoutMs: 2000 })).toBe(false)
    expect(await net.reach('relay', 'a', { protocol, address: r1.address, timeoutMs: 2000 })).toBe(false)
    expect(await net.reach('relay', 'r1', { protocol, timeoutMs: 2000 })).toBe(false)
  })

  it.each(PROTOCOLS)('lets no home open a %s connection into another home', async (protocol) => {
    expect(await net.reach('a', 'b', { protocol, address: r2.address, timeoutMs: 2000 })).toBe(false)
    expect(await net.reach('a', 'b', { protocol, timeoutMs: 2000 })).toBe(false)
    expect(await net.reach('b', 'a', { protocol, address: r1.address, timeoutMs: 2000 })).toBe(false)
  })

  it.each(PROTOCOLS)('a forwarded %s port lets new connections through to its host, and only that port', async (protocol) => {
    const port = protocol === 'tcp' ? 24680 : 24681
    expect(await net.reach('b', 'a', { protocol, address: r1.address, port, timeoutMs: 2000 })).toBe(false)
    await net.forwardPort('r1', 'a', port, protocol)
    expect(await net.reach('b', 'a', { protocol, address: r1.address, port })).toBe(true)
    expect(await net.reach('relay', 'a', { protocol, address: r1.address, port })).toBe(true)
    expect(await net.reach('b', 'a', { protocol, address: r1.address, port: port + 10, timeoutMs: 2000 })).toBe(false)
    await expect(net.forwardPort('r1', 'b', port, protocol)).rejects.toMatchObject({ code: 'SIM_HOST_UNKNOWN' })
  })

  it.each(PROTOCOLS)('after a home opened a %s flow out, another home still cannot come in through that mapping', async (protocol) => {
    const relay = net.hosts[0]!.address
    const server = net.spawn('relay', [process.execPath, '-e', HOLD_SERVER, protocol])
    const seen = lines(server)
    await waitFor(() => seen().length > 0, 10_000, 'the relay listener')
    const localPort = protocol === 'udp' ? 40_001 : 40_002
    const client = net.spawn('a', [process.execPath, '-e', HOLD_CLIENT, protocol, relay, seen()[0]!, String(localPort)])
    const got = lines(client)
    try {
      await waitFor(() => got().some((l) => l.startsWith('got pong')), 10_000, 'a to hear from the relay')
      const mapped = /^from (\S+):(\d+)$/.exec(seen().find((l) => l.startsWith('from '))!)!
      expect(mapped[1]).toBe(r1.address)
      // b aims at the very address and port the relay sees a's flow come from
      if (protocol === 'tcp') {
        const r = await net.exec('b', [process.execPath, '-e', REACH_CLIENT, 'tcp', mapped[1]!, mapped[2]!, '3000'])
        expect(r.code).toBe(1)
      } else {
        // b's datagrams to the mapping are dropped, never delivered to a's socket
        const probe = net.spawn('b', [process.execPath, '-e', HOLD_CLIENT, 'udp', mapped[1]!, mapped[2]!, '0'])
        await new Promise((resolve) => setTimeout(resolve, 2000))
        probe.kill('SIGKILL')
        expect(got().filter((l) => !l.endsWith(`from ${relay}:${seen()[0]!}`))).toEqual([])
      }
      // the flow out is still alive: the relay's answers keep reaching a
      const before = got().length
      if (protocol === 'udp') await waitFor(() => got().length > before, 10_000, 'more answers from the relay')
    } finally {
      client.kill('SIGKILL')
      server.kill('SIGKILL')
    }
  })
})

async function harnessNames (index: number): Promise<string[]> {
  const links = (JSON.parse((await run('ip', ['-j', 'link', 'show'])).stdout) as Array<{ ifname: string }>).map((l) => l.ifname)
  const nsOut = (await run('ip', ['-j', 'netns', 'list'])).stdout.trim()
  const namespaces = (nsOut === '' ? [] : JSON.parse(nsOut) as Array<{ name: string }>).map((n) => n.name)
  return [...links, ...namespaces].filter((n) => new RegExp(`^sksim${index}(\\D|$)`).test(n))
}

describe('NAT lab cleanup', () => {
  it('destroy removes routers, home bridges, LAN veths and home hosts', async () => {
    const net = await createNetwork({ name: 'natclean' })
    await net.addRouter('r1')
    await net.addHost('h', { behind: 'r1' })
    const names = await harnessNames(net.index)
    expect(names).toEqual(expect.arrayContaining([`sksim${net.index}-r1`, `sksim${net.index}-h`, `sksim${net.index}h1`, `sksim${net.index}r1`]))
    await net.destroy()
    expect(await harnessNames(net.index)).toEqual([])
  })

  it('reapLeftovers removes the routers and homes of a crashed run', async () => {
    const script = "const m = await import('@skarm/sim'); const n = await m.createNetwork({ name: 'natcrash' }); await n.addRouter('r'); await n.addHost('h', { behind: 'r' }); console.log(JSON.stringify([n.index, n.dataRoot])); process.exit(0)"
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: join(import.meta.dirname, '../..') })
    const [index, dataRoot] = JSON.parse(stdout.trim()) as [number, string]
    expect(existsSync(dataRoot)).toBe(true)
    expect((await harnessNames(index)).length).toBeGreaterThan(0)
    expect(await reapLeftovers()).toContain(index)
    expect(await harnessNames(index)).toEqual([])
    expect(existsSync(dataRoot)).toBe(false)
  })
})

describe('without iptables', () => {
  it('addRouter fails with SIM_NO_IPTABLES', async () => {
    // a PATH holding only `ip`: no iptables of any flavour
    const bin = await mkdtemp(join(tmpdir(), 'skarm-noipt-'))
    try {
      const ipPath = (await run('sh', ['-c', 'command -v ip'])).stdout.trim()
      await symlink(ipPath, join(bin, 'ip'))
      const script = "const m = await import('@skarm/sim'); const n = await m.createNetwork({ name: 'noipt' }); try { await n.addRouter('r') } catch (e) { console.log(e.code) } finally { await n.destroy() }"
      const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: join(import.meta.dirname, '../..'), env: { ...process.env, PATH: bin } })
      expect(stdout.trim()).toBe('SIM_NO_IPTABLES')
    } finally {
      await rm(bin, { recursive: true, force: true })
    }
  })
})
