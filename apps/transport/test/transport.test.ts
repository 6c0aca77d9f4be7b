// The transport process for real: a nats-server per device, the app spawned as the
// supervisor spawns it, libp2p on 127.0.0.1 only (no mDNS in tests).
import { spawn, type ChildProcess } from 'node:child_process'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import pino from 'pino'
import { multiaddr } from '@multiformats/multiaddr'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { connectBus, type Bus } from '@skarm/bus'
import { createIdentity, rawPrivateKey, saveIdentity, type Identity } from '@skarm/identity'
import { healthMethod, TransportMethods } from '@skarm/proto'
import { startNats, tempDir, waitFor, type TestNats } from '@skarm/test-utils'
import { createTransportNode, libp2pKeyFromSeed, type TransportNode } from '@skarm/transport'

const MAIN = join(import.meta.dirname, '..', 'src', 'main.ts')

interface Device { dir: string, identity: Identity, nats: TestNats, bus: Bus, child: ChildProcess, exit: Promise<number | null> }

function cleanEnv (): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('SKARM_')))
}

async function startDevice (extra: string[] = []): Promise<Device> {
  const dir = await tempDir('skarm-transport-')
  const identity = await createIdentity('t')
  await saveIdentity(dir, identity)
  const nats = await startNats({ token: true })
  const child = spawn(process.execPath, [MAIN, '--data', dir, '--nats', nats.url, '--listen', '/ip4/127.0.0.1/tcp/0', '--no-mdns', '--log-level', 'warn', ...extra], {
    env: { ...cleanEnv(), SKARM_NATS_TOKEN: nats.token },
    stdio: ['ignore', 'inherit', 'inherit']
  })
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => { resolve(code) }))
  const bus = await connectBus({ servers: nats.url, token: nats.token, name: 'test' })
  await waitFor(async () => (await bus.request(healthMethod('transport'), {}, { timeoutMs: 1000 })).status === 'up', { timeoutMs: 30_000 })
  return { dir, identity, nats, bus, child, exit }
}

async function stopDevice (d: Device): Promise<number | null> {
  if (d.child.exitCode === null) d.child.kill('SIGTERM')
  const code = await d.exit
  await d.bus.close()
  await d.nats.stop()
  await rm(d.dir, { recursive: true, force: true })
  return code
}

let a: Device
let b: Device
let probe: TransportNode
beforeAll(async () => {
  a = await startDevice()
  const addrs = await a.bus.request(TransportMethods.getAddresses, {})
  b = await startDevice(['--bootstrap', addrs.addresses[0]!])
  probe = await createTransportNode({
    privateKey: await libp2pKeyFromSeed(rawPrivateKey((await createIdentity('probe')).device.privateKey)),
    listen: ['/ip4/127.0.0.1/tcp/0'],
    logger: pino({ level: 'silent' })
  })
})
afterAll(async () => {
  await probe?.stop()
  for (const d of [b, a]) if (d !== undefined) await stopDevice(d)
})

describe('transport process', () => {
  it('answers getAddresses with the device-key peer id and full loopback multiaddrs', async () => {
    const expected = peerIdFromPrivateKey(await libp2pKeyFromSeed(rawPrivateKey(a.identity.device.privateKey))).toString()
    const res = await a.bus.request(TransportMethods.getAddresses, {})
    expect(res.peerId).toBe(expected)
    expect(res.addresses.length).toBeGreaterThan(0)
    for (const addr of res.addresses) expect(addr).toMatch(new RegExp(`^/ip4/127\\.0\\.0\\.1/tcp/[1-9]\\d*/p2p/${expected}$`))
  })

  it('dials its bootstrap peer; both list each other', async () => {
    const [aId, bId] = await Promise.all([a, b].map(async d => (await d.bus.request(TransportMethods.getAddresses, {})).peerId))
    await waitFor(async () => (await b.bus.request(TransportMethods.listPeers, {})).peers.some(p => p.peerId === aId), { timeoutMs: 20_000 })
    await waitFor(async () => (await a.bus.request(TransportMethods.listPeers, {})).peers.some(p => p.peerId === bId), { timeoutMs: 20_000 })
    const peers = (await a.bus.request(TransportMethods.listPeers, {})).peers
    expect(peers.find(p => p.peerId === bId)!.addresses[0]).toMatch(/^\/ip4\/127\.0\.0\.1\/tcp\/\d+/)
  })

  it('reports peer id, addresses and connections in its health details', async () => {
    const health = await a.bus.request(healthMethod('transport'), {})
    const details = JSON.parse(health.detailsJson) as { peerId: string, addresses: string[], connections: number }
    expect(health.pid).toBe(a.child.pid)
    expect(details.peerId).toBe((await a.bus.request(TransportMethods.getAddresses, {})).peerId)
    expect(details.addresses.length).toBeGreaterThan(0)
    expect(typeof details.connections).toBe('number')
  })

  it('proves its device id and account over /skarm/hello/1.0.0', async () => {
    const addr = (await a.bus.request(TransportMethods.getAddresses, {})).addresses[0]!
    expect(await probe.hello(multiaddr(addr))).toEqual({ deviceId: a.identity.deviceId, accountUri: a.identity.uri })
  })

  it('stops cleanly on SIGTERM', async () => {
    const c = await startDevice()
    expect(await stopDevice(c)).toBe(0)
  })
})
