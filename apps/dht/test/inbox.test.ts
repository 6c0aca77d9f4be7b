// Offline delivery through the DHT processes for real: three devices (a nats-server each, the
// app spawned as the supervisor spawns it, a stand-in transport answering get_addresses on the
// bus), libp2p on 127.0.0.1 only. B is down while A leaves it an invite; B comes back, finds
// the entry, and the events fire on its bus.
import { spawn, type ChildProcess } from 'node:child_process'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectBus, type Bus } from '@skarm/bus'
import { createIdentity, saveIdentity, type Identity } from '@skarm/identity'
import { DhtEvents, DhtMethods, healthMethod, skarm, TransportMethods } from '@skarm/proto'
import { startNats, tempDir, waitFor, type TestNats } from '@skarm/test-utils'

const MAIN = join(import.meta.dirname, '..', 'src', 'main.ts')

interface Device { dir: string, identity: Identity, nats: TestNats, bus: Bus, transportAddr: string, child?: ChildProcess, exit?: Promise<number | null> }

async function makeDevice (n: number): Promise<Device> {
  const dir = await tempDir('skarm-dht-inbox-')
  const identity = await createIdentity(`d${n}`)
  await saveIdentity(dir, identity)
  const nats = await startNats()
  const bus = await connectBus({ servers: nats.url, name: 'test' })
  // The transport's addresses as the dht service asks them (a made-up port: only published).
  const transportAddr = `/ip4/127.0.0.1/tcp/${40000 + n}/p2p/12D3KooWRBy97UB99e3J6hiPesre1MZeuNQvfan4gBziswrRJsNK`
  bus.serve(TransportMethods.getAddresses, () => skarm.transport.v1.GetAddressesResponse.create({ peerId: 'x', addresses: [transportAddr] }))
  bus.serve(TransportMethods.listPeers, () => skarm.transport.v1.ListPeersResponse.create({ peers: [] }))
  return { dir, identity, nats, bus, transportAddr }
}

async function startDht (d: Device, bootstrap: string[] = []): Promise<void> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('SKARM_')))
  const args = [MAIN, '--data', d.dir, '--nats', d.nats.url, '--listen', '/ip4/127.0.0.1/tcp/0', '--no-mdns', '--log-level', 'warn', ...bootstrap.flatMap(b => ['--bootstrap', b])]
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'inherit', 'inherit'] })
  d.child = child
  d.exit = new Promise<number | null>((resolve) => child.once('exit', (code) => { resolve(code) }))
  await waitFor(async () => (await d.bus.request(healthMethod('dht'), {}, { timeoutMs: 1000 }).catch(() => undefined))?.status === 'up', { timeoutMs: 30_000 })
}

async function stopDht (d: Device): Promise<number | null> {
  if (d.child === undefined) return 0
  if (d.child.exitCode === null) d.child.kill('SIGTERM')
  const code = await d.exit!
  d.child = undefined
  return code
}

const dhtAddr = async (d: Device): Promise<string> => (await d.bus.request(DhtMethods.getInfo, {})).addresses[0]!

let a: Device
let b: Device
let c: Device
const events: { b: Array<{ subject: string, entry?: skarm.dht.v1.OfflineEntryReceived, push?: skarm.dht.v1.Push }>, a: skarm.dht.v1.Push[], c: skarm.dht.v1.Push[] } = { b: [], a: [], c: [] }

beforeAll(async () => {
  a = await makeDevice(1)
  b = await makeDevice(2)
  c = await makeDevice(3)
  b.bus.subscribe('skarm.evt.dht.invite_received', DhtEvents.InviteReceived.type, (m, subject) => { events.b.push({ subject, entry: m }) })
  b.bus.subscribe('skarm.evt.dht.announce_received', DhtEvents.AnnounceReceived.type, (m, subject) => { events.b.push({ subject, entry: m }) })
  b.bus.subscribe(DhtEvents.Push.subject, DhtEvents.Push.type, (m, subject) => { events.b.push({ subject, push: m }) })
  a.bus.subscribe(DhtEvents.Push.subject, DhtEvents.Push.type, (m) => { events.a.push(m) })
  c.bus.subscribe(DhtEvents.Push.subject, DhtEvents.Push.type, (m) => { events.c.push(m) })
  await startDht(a)
  await startDht(c, [await dhtAddr(a)])
  await startDht(b, [await dhtAddr(a)])
})

afterAll(async () => {
  for (const d of [b, c, a]) {
    if (d === undefined) continue
    expect(await stopDht(d)).toBe(0)
    await d.bus.close()
    await d.nats.stop()
    await rm(d.dir, { recursive: true, force: true })
  }
})

describe('dht service: records and offline delivery', () => {
  it('each device finds the others\' signed address records and account devices', async () => {
    for (const [x, y] of [[a, b], [b, c], [c, a]] as const) {
      await x.bus.request(DhtMethods.publishRecords, {})
      await y.bus.request(DhtMethods.publishRecords, {})
      const found = await waitFor(async () => {
        const r = await x.bus.request(DhtMethods.findDevice, { deviceId: y.identity.deviceId })
        return r.found ? r : undefined
      }, { timeoutMs: 20_000 })
      expect(found.addresses).toEqual([y.transportAddr])
      expect(found.accountUri).toBe(y.identity.uri)
      const acc = await x.bus.request(DhtMethods.findAccountDevices, { uri: y.identity.uri })
      expect(acc.found).toBe(true)
      expect(acc.deviceIds).toEqual([y.identity.deviceId])
    }
    expect((await a.bus.request(DhtMethods.findDevice, { deviceId: 'f'.repeat(40) })).found).toBe(false)
    await expect(a.bus.request(DhtMethods.findDevice, { deviceId: 'nope' })).rejects.toThrow(/40 lowercase hex/)
  })

  it('an invite left while B is down is picked up when B comes back; the events fire once', async () => {
    expect(await stopDht(b)).toBe(0)
    const payload = JSON.stringify({ 'application/invite+json': { conversationId: 'c'.repeat(40), from: a.identity.uri, members: [a.identity.uri] } })
    const sent = await a.bus.request(DhtMethods.deliverOffline, { deviceId: b.identity.deviceId, entry: { kind: 'invite', payloadJson: payload } })
    expect(sent.entryId).toMatch(/^[0-9a-f]{40}$/)
    await a.bus.request(DhtMethods.deliverOffline, { deviceId: b.identity.deviceId, entry: { kind: 'announce', payloadJson: '{"type":"application/im-gitmessage-id"}' } })
    await expect(a.bus.request(DhtMethods.deliverOffline, { deviceId: b.identity.deviceId, entry: { kind: 'Bad Kind', payloadJson: '' } })).rejects.toThrow(/kind/)
    // The sender's device, and C that stores B's inbox, raise the push hook for B.
    await waitFor(() => events.a.some(p => p.deviceId === b.identity.deviceId && p.reason === 'invite'), { timeoutMs: 10_000 })
    await waitFor(() => events.c.some(p => p.deviceId === b.identity.deviceId && p.entryId === sent.entryId), { timeoutMs: 10_000 })

    // B comes back with a new DHT port, bootstrapped by C only; it polls at start.
    await startDht(b, [await dhtAddr(c)])
    await waitFor(() => events.b.some(e => e.subject === DhtEvents.InviteReceived.subject), { timeoutMs: 30_000 })
    await waitFor(() => events.b.some(e => e.subject === DhtEvents.AnnounceReceived.subject), { timeoutMs: 30_000 })
    const invite = events.b.find(e => e.subject === DhtEvents.InviteReceived.subject)!.entry!
    expect(invite.entryId).toBe(sent.entryId)
    expect(invite.fromDeviceId).toBe(a.identity.deviceId)
    expect(invite.toDeviceId).toBe(b.identity.deviceId)
    expect(invite.kind).toBe('invite')
    expect(JSON.parse(invite.payloadJson)).toEqual(JSON.parse(payload))
    expect(Number(invite.expiresAtMs)).toBeGreaterThan(Date.now())
    await waitFor(() => events.b.some(e => e.push?.deviceId === b.identity.deviceId && e.push.reason === 'invite'), { timeoutMs: 10_000 })

    // Polling again, or after a restart, delivers nothing twice.
    const before = events.b.filter(e => e.entry !== undefined).length
    expect(before).toBe(2)
    expect((await b.bus.request(DhtMethods.pollInbox, {})).newEntries).toBe(0)
    expect(await stopDht(b)).toBe(0)
    await startDht(b, [await dhtAddr(c)])
    expect((await b.bus.request(DhtMethods.pollInbox, {})).newEntries).toBe(0)
    await b.bus.flush()
    expect(events.b.filter(e => e.entry !== undefined).length).toBe(before)
  })
})
