// Contacts' trust requests through the DHT inboxes (apps/transport/src/offline.ts) with real
// stacks (`skarm up`, 127.0.0.1, no mDNS, a nats-server per device so that the test can watch each
// bus). C is the only bootstrap of the others: their transports never learn each other's address
// from a bootstrap, so an invitation can only come through a DHT inbox (the reader then dials the
// inviter). B is down when A adds it; D was never up when A adds it (its account is not in the DHT
// yet: only the contact retries find it later).
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectBus, type Bus } from '@skarm/bus'
import { DhtEvents, DhtMethods, type skarm as proto } from '@skarm/proto'
import { startNats, type TestNats } from '@skarm/test-utils'
import { http, restartDevice, skarm, startDeviceOnNats, waitFor, type BusStack, type Device } from '../helpers/device.ts'

let a: BusStack
let b: BusStack
let c: BusStack
const extra: Array<{ nats: TestNats, bus: Bus, device?: Device, dataDir: string }> = []

beforeAll(async () => {
  c = await startDeviceOnNats('co-c')
  a = await startDeviceOnNats('co-a', ['--bootstrap', c.device.p2p[0]!])
  b = await startDeviceOnNats('co-b', ['--bootstrap', c.device.p2p[0]!])
  // each finds the other's records through C's DHT (published at start)
  for (const [x, y] of [[a, b], [b, a]] as const) {
    await waitFor(async () => (await x.bus.request(DhtMethods.findDevice, { deviceId: y.device.deviceId }, { timeoutMs: 20_000 })).found, 30_000, 'the device record')
    await waitFor(async () => (await x.bus.request(DhtMethods.findAccountDevices, { uri: y.device.uri }, { timeoutMs: 20_000 })).found, 30_000, 'the account record')
  }
}, 180_000)

afterAll(async () => {
  const all = [...extra, ...[b, a, c].filter((s) => s !== undefined).map((s) => ({ ...s, dataDir: s.device.dataDir }))]
  for (const s of all) {
    await s.device?.stop()
    await s.bus.close()
    await s.nats.stop()
    await rm(s.dataDir, { recursive: true, force: true })
  }
}, 60_000)

const contactsOf = async (d: Device): Promise<unknown> => (await http(d, 'GET', '/v1/contacts')).body.contacts
const watch = (bus: Bus): { list: proto.dht.v1.OfflineEntryReceived[], close: () => void } => {
  const list: proto.dht.v1.OfflineEntryReceived[] = []
  return { list, close: bus.subscribe(DhtEvents.InviteReceived.subject, DhtEvents.InviteReceived.type, (m) => { list.push(m) }) }
}

describe('contacts through the DHT inboxes', () => {
  it('a contact added while its device is down gets the request from its inbox when it returns; accepting confirms both', async () => {
    await b.device.stop()
    const received = watch(b.bus)
    try {
      const added = await http(a.device, 'POST', '/v1/contacts', { uri: b.device.uri })
      expect(added.status).toBe(201)
      const conv = added.body.conversationId as string
      b.device = await restartDevice(b.device, ['--nats', b.nats.url, '--bootstrap', c.device.p2p[0]!])
      const request = await waitFor(async () => (await http(b.device, 'GET', '/v1/requests')).body.requests.find((r: { id: string }) => r.id === conv), 90_000, 'the request on B')
      expect(request.from).toBe(a.device.uri)
      // from B's DHT inbox, signed by A's device, claiming a ONE_TO_ONE
      const entry = received.list.find((e) => e.fromDeviceId === a.device.deviceId)
      expect(JSON.parse(entry?.payloadJson ?? '{}')['application/invite+json']).toMatchObject({ conversationId: conv, from: a.device.uri, mode: 'ONE_TO_ONE' })

      expect((await http(b.device, 'POST', `/v1/requests/${conv}/accept`)).status).toBe(202)
      await waitFor(async () => JSON.stringify(await contactsOf(b.device)) === JSON.stringify([{ uri: a.device.uri, conversationId: conv, confirmed: true }]), 90_000, 'A confirmed on B')
      await waitFor(async () => JSON.stringify(await contactsOf(a.device)) === JSON.stringify([{ uri: b.device.uri, conversationId: conv, confirmed: true }]), 90_000, 'B confirmed on A')
    } finally {
      received.close()
    }
  }, 240_000)

  it('an account not in the DHT when added gets the request once it appears: the invitation is delivered again', async () => {
    const nats = await startNats()
    const bus = await connectBus({ servers: nats.url, name: 'test' })
    const dataDir = await mkdtemp(join(tmpdir(), 'skarm-co-d-'))
    const d: (typeof extra)[number] = { nats, bus, dataDir }
    extra.push(d)
    const init = await skarm(['init', '--data', dataDir, '--name', 'co-d'])
    expect(init.code).toBe(0)
    const { uri, deviceId } = JSON.parse(init.stdout) as { uri: string, deviceId: string }
    const received = watch(bus)
    try {
      // D has never been up: A's first delivery finds no account in the DHT
      const added = await http(a.device, 'POST', '/v1/contacts', { uri })
      expect(added.status).toBe(201)
      const conv = added.body.conversationId as string
      await waitFor(async () => !(await a.bus.request(DhtMethods.findAccountDevices, { uri }, { timeoutMs: 20_000 })).found, 30_000, 'D unknown in the DHT')

      d.device = await restartDevice({ dataDir, uri, deviceId } as Device, ['--nats', nats.url, '--bootstrap', c.device.p2p[0]!])
      const request = await waitFor(async () => (await http(d.device!, 'GET', '/v1/requests')).body.requests.find((r: { id: string }) => r.id === conv), 240_000, 'the request on D')
      expect(request.from).toBe(a.device.uri)
      // the re-delivery dialed D (which carried it) and left the entry in D's inbox, read at D's next poll
      await waitFor(async () => received.list.some((e) => e.fromDeviceId === a.device.deviceId), 90_000, 'the entry in D\'s inbox')
    } finally {
      received.close()
    }
  }, 330_000)
})
