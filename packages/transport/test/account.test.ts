import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { multiaddr } from '@multiformats/multiaddr'
import { addDevice, createIdentity, type Identity } from '@skarm/identity'
import { AccountProtocol, ACCOUNT_MESSAGE_TYPE, ACCOUNT_PROTOCOL, chunkEntries, devicesOfEntries, parseAccountMessage, sendMessage, type AccountEntriesJson, type TransportNode } from '../src/index.ts'
import { certifiedNode, logger, waitFor } from './helpers.ts'

let alice1: Identity
let alice2: Identity
let bob: Identity
beforeAll(async () => {
  alice1 = await createIdentity('alice')
  alice2 = await addDevice(alice1)
  bob = await createIdentity('bob')
})

interface Dev {
  node: TransportNode
  protocol: AccountProtocol
  entries: AccountEntriesJson
  merged: Array<{ from: string, entries: AccountEntriesJson }>
}

const running: Dev[] = []
afterEach(async () => {
  for (const d of running.splice(0)) {
    await d.protocol.stop()
    await d.node.stop()
  }
})

const entry = (v: unknown, c: number, d: string): { v: unknown, c: number, d: string } => ({ v, c, d })

async function device (id: Identity, entries: AccountEntriesJson = {}): Promise<Dev> {
  const node = await certifiedNode(id)
  const dev: Dev = { node, entries, merged: [], protocol: undefined as unknown as AccountProtocol }
  dev.protocol = new AccountProtocol({
    node,
    ownUri: id.uri,
    logger,
    changeDelayMs: 10,
    backend: {
      entries: async () => structuredClone(dev.entries),
      merge: async (from, e) => { dev.merged.push({ from, entries: e }) }
    }
  })
  await dev.protocol.start()
  running.push(dev)
  return dev
}

async function connect (a: Dev, b: Dev): Promise<void> {
  await b.node.hello(multiaddr(a.node.addresses()[0]!))
}

describe('/skarm/account/1.0.0', () => {
  it('two devices of one account send each other their whole state when their hello completes', async () => {
    const a1 = await device(alice1, { [`device/${alice1.deviceId}`]: entry({ cert: 'x' }, 1, alice1.deviceId), 'conv/a': entry(null, 2, alice1.deviceId) })
    const a2 = await device(alice2, { [`device/${alice2.deviceId}`]: entry({ cert: 'y' }, 1, alice2.deviceId) })
    await connect(a1, a2)
    await waitFor(() => a1.merged.length > 0 && a2.merged.length > 0)
    expect(a2.merged[0]).toEqual({ from: alice1.deviceId, entries: a1.entries })
    expect(a1.merged[0]).toEqual({ from: alice2.deviceId, entries: a2.entries })
    expect([...a1.protocol.ownDevices()]).toEqual([])
    a1.entries[`device/${alice2.deviceId}`] = a2.entries[`device/${alice2.deviceId}`]
    // a change: only its entries go, to every connected own device
    a1.entries['conv/b/prefs'] = entry({ color: '#112233' }, 3, alice1.deviceId)
    a1.protocol.changed(['conv/b/prefs'])
    a1.protocol.changed(['conv/a'])
    // (a hello on each connection: the whole state may come more than once, which changes nothing)
    const change = await waitFor(() => a2.merged.find((m) => m.entries['conv/b/prefs'] !== undefined))
    expect(change).toEqual({ from: alice1.deviceId, entries: { 'conv/a': a1.entries['conv/a'], 'conv/b/prefs': a1.entries['conv/b/prefs'] } })
    expect([...a1.protocol.ownDevices()]).toEqual([alice2.deviceId])
  })

  it('another account\'s device gets nothing and is not listened to', async () => {
    const a1 = await device(alice1, { 'conv/a': entry(null, 2, alice1.deviceId) })
    const b = await device(bob, { 'conv/z': entry(null, 1, bob.deviceId) })
    await connect(a1, b)
    await waitFor(() => a1.node.knownPeers().length > 0 && b.node.knownPeers().length > 0)
    a1.protocol.changed(['conv/a'])
    // bob forges a message on the protocol: alice's device drops it
    const stream = await b.node.libp2p.dialProtocol(a1.node.peerId, ACCOUNT_PROTOCOL)
    await sendMessage(stream, { type: ACCOUNT_MESSAGE_TYPE, entries: b.entries }, AbortSignal.timeout(5_000))
    // a message from alice's own second device after it: the only one taken
    const a2 = await device(alice2, { 'conv/q': entry(null, 1, alice2.deviceId) })
    await connect(a1, a2)
    await waitFor(() => a1.merged.length > 0 && a2.merged.length > 0)
    expect(new Set(a1.merged.map((m) => m.from))).toEqual(new Set([alice2.deviceId]))
    expect(b.merged).toEqual([])
  })

  it('a device our state lists as revoked is neither sent to nor listened to', async () => {
    const a1 = await device(alice1, { [`device/${alice2.deviceId}`]: entry({ cert: 'y', revoked: true }, 5, alice1.deviceId), 'conv/a': entry(null, 2, alice1.deviceId) })
    const a2 = await device(alice2, { 'conv/q': entry(null, 1, alice2.deviceId) })
    const b = await device(bob)
    await connect(a1, a2)
    await connect(a1, b)
    await waitFor(() => a1.merged.length > 0 || a1.node.knownPeers().length === 2)
    // a2 (not knowing of its revocation) sends its state: refused; a1 sends nothing to it
    a1.protocol.changed(['conv/a'])
    const a3 = await device(await addDevice(alice1), { 'conv/r': entry(null, 1, alice1.deviceId) })
    await connect(a1, a3)
    await waitFor(() => a1.merged.length > 0 && a3.merged.length > 0)
    expect(new Set(a1.merged.map((m) => m.from))).toEqual(new Set([a3.node.deviceId]))
    expect(a2.merged).toEqual([])
    expect([...a1.protocol.revokedDevices()]).toEqual([alice2.deviceId])
  })

  it('splits a large state into messages of at most 1 MiB, and parses only account state messages', () => {
    const big: AccountEntriesJson = {}
    for (let i = 0; i < 40; i++) big[`conv/${String(i).padStart(2, '0')}/request`] = entry({ avatar: 'x'.repeat(60_000) }, i + 1, alice1.deviceId)
    const chunks = chunkEntries(big)
    expect(chunks.length).toBeGreaterThan(1)
    for (const c of chunks) expect(Buffer.byteLength(JSON.stringify({ type: ACCOUNT_MESSAGE_TYPE, entries: c }))).toBeLessThanOrEqual(1 << 20)
    expect(Object.assign({}, ...chunks)).toEqual(big)
    expect(chunkEntries({})).toEqual([])
    expect(parseAccountMessage({ type: ACCOUNT_MESSAGE_TYPE, entries: { a: 1 } })).toEqual({ a: 1 })
    expect(parseAccountMessage({ type: 'other', entries: {} })).toBeUndefined()
    expect(parseAccountMessage({ type: ACCOUNT_MESSAGE_TYPE, entries: [] })).toBeUndefined()
    expect(parseAccountMessage(null)).toBeUndefined()
    const d = devicesOfEntries({ [`device/${'1'.repeat(40)}`]: entry({ cert: 'c' }, 1, '1'.repeat(40)), [`device/${'2'.repeat(40)}`]: entry({ cert: 'c', revoked: true }, 1, '1'.repeat(40)), 'device/x': entry({}, 1, '1'.repeat(40)) })
    expect([...d.live]).toEqual(['1'.repeat(40)])
    expect([...d.revoked]).toEqual(['2'.repeat(40)])
  })
})
