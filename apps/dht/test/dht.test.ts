// The DHT process for real: a nats-server per device, the app spawned as the supervisor
// spawns it, libp2p on 127.0.0.1 only.
import { spawn, type ChildProcess } from 'node:child_process'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { connectBus, type Bus } from '@skarm/bus'
import { deriveDhtSeed } from '@skarm/dht'
import { createIdentity, rawPrivateKey, saveIdentity, type Identity } from '@skarm/identity'
import { DhtMethods, healthMethod } from '@skarm/proto'
import { startNats, tempDir, waitFor, type TestNats } from '@skarm/test-utils'
import { libp2pKeyFromSeed } from '@skarm/transport'

const MAIN = join(import.meta.dirname, '..', 'src', 'main.ts')

interface Device { dir: string, identity: Identity, nats: TestNats, bus: Bus, child: ChildProcess, exit: Promise<number | null> }

async function startDevice (extra: string[] = []): Promise<Device> {
  const dir = await tempDir('skarm-dht-')
  const identity = await createIdentity('t')
  await saveIdentity(dir, identity)
  const nats = await startNats()
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('SKARM_')))
  const child = spawn(process.execPath, [MAIN, '--data', dir, '--nats', nats.url, '--listen', '/ip4/127.0.0.1/tcp/0', '--no-mdns', '--log-level', 'warn', ...extra], { env, stdio: ['ignore', 'inherit', 'inherit'] })
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => { resolve(code) }))
  const bus = await connectBus({ servers: nats.url, name: 'test' })
  await waitFor(async () => (await bus.request(healthMethod('dht'), {}, { timeoutMs: 1000 })).status === 'up', { timeoutMs: 30_000 })
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
beforeAll(async () => {
  a = await startDevice()
  const info = await a.bus.request(DhtMethods.getInfo, {})
  b = await startDevice(['--bootstrap', info.addresses[0]!])
})
afterAll(async () => { for (const d of [b, a]) if (d !== undefined) expect(await stopDevice(d)).toBe(0) })

describe('dht process', () => {
  it('runs a node whose peer id is derived from, and distinct from, the device key', async () => {
    const seed = rawPrivateKey(a.identity.device.privateKey)
    const expected = peerIdFromPrivateKey(await libp2pKeyFromSeed(deriveDhtSeed(seed))).toString()
    const transportId = peerIdFromPrivateKey(await libp2pKeyFromSeed(seed)).toString()
    const info = await a.bus.request(DhtMethods.getInfo, {})
    expect(info.peerId).toBe(expected)
    expect(info.peerId).not.toBe(transportId)
    for (const addr of info.addresses) expect(addr).toMatch(new RegExp(`^/ip4/127\\.0\\.0\\.1/tcp/[1-9]\\d*/p2p/${expected}$`))
  })

  it('joins the DHT of its bootstrap peer', async () => {
    await waitFor(async () => (await b.bus.request(DhtMethods.getInfo, {})).routingTableSize > 0, { timeoutMs: 20_000 })
    await waitFor(async () => (await a.bus.request(DhtMethods.getInfo, {})).routingTableSize > 0, { timeoutMs: 20_000 })
    const details = JSON.parse((await b.bus.request(healthMethod('dht'), {})).detailsJson) as { routingTableSize: number }
    expect(details.routingTableSize).toBeGreaterThan(0)
  })
})
