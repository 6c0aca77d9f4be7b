import { afterEach, describe, expect, it } from 'vitest'
import pino from 'pino'
import { kadDHT, passthroughMapper, type KadDHT } from '@libp2p/kad-dht'
import { generateKeyPair, idFromPublicKey, rawPrivateKey } from '@skarm/identity'
import { createLibp2pNode, createTransportNode, handleDhtAddr, libp2pKeyFromSeed } from '@skarm/transport'
import type { Libp2p } from '@libp2p/interface'
import { multiaddr } from '@multiformats/multiaddr'
import {
  createDeviceRecord, createDhtNode, createInboxEntry, deriveDhtSeed, deviceRecordKey, encodeDeviceRecord,
  encodeInbox, inboxKey, mergeInbox, DHT_PROTOCOL, type DhtNode
} from '../src/index.ts'

const logger = pino({ level: 'silent' })
const stops: Array<() => Promise<void>> = []
afterEach(async () => { await Promise.all(stops.splice(0).map(async s => { await s() })) })

async function waitFor (fn: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await fn())) await new Promise(resolve => setTimeout(resolve, 20))
}

async function dhtNode (bootstrap: string[] = []): Promise<DhtNode> {
  const seed = deriveDhtSeed(rawPrivateKey(generateKeyPair().privateKey))
  const node = await createDhtNode({ privateKey: await libp2pKeyFromSeed(seed), listen: ['/ip4/127.0.0.1/tcp/0'], bootstrap, logger, bootstrapDialer: { minDelayMs: 20, maxDelayMs: 200 } })
  stops.push(node.stop)
  return node
}

describe('DHT nodes on loopback', () => {
  it('one node puts a device record, the other gets it; the newer seq wins', async () => {
    const a = await dhtNode()
    const b = await dhtNode(a.addresses())
    await waitFor(() => a.routingTableSize() > 0 && b.routingTableSize() > 0)
    expect(a.addresses()[0]).toMatch(/^\/ip4\/127\.0\.0\.1\/tcp\/\d+\/p2p\//)

    const device = generateKeyPair()
    const deviceId = idFromPublicKey(device.publicKey)
    const r1 = createDeviceRecord(device, { addresses: ['/ip4/127.0.0.1/tcp/1'], seq: 1 })
    await a.putDeviceRecord(r1)
    expect(await b.getDeviceRecord(deviceId)).toEqual(r1)

    const r2 = createDeviceRecord(device, { addresses: ['/ip4/127.0.0.1/tcp/2'], seq: 2 })
    await b.putDeviceRecord(r2)
    expect(await a.getDeviceRecord(deviceId)).toEqual(r2)
    expect(await b.getDeviceRecord(deviceId)).toEqual(r2)
    expect(await b.getDeviceRecord(idFromPublicKey(generateKeyPair().publicKey))).toBeUndefined()
  })

  it('a forged record is refused locally and, stored by a malicious peer, never returned', async () => {
    const honest = await dhtNode()
    const device = generateKeyPair()
    const deviceId = idFromPublicKey(device.publicKey)
    const forged = { ...createDeviceRecord(device, { addresses: ['/ip4/127.0.0.1/tcp/1'], seq: 1 }), addresses: ['/ip4/127.0.0.1/tcp/666'] }
    await expect(honest.putDeviceRecord(forged)).rejects.toThrow(/bad signature/)

    // A peer running modified code: same protocol, a validator that accepts anything.
    const malicious: Libp2p<{ dht: KadDHT }> = await createLibp2pNode<{ dht: KadDHT }>({
      privateKey: await libp2pKeyFromSeed(rawPrivateKey(generateKeyPair().privateKey)),
      listen: ['/ip4/127.0.0.1/tcp/0'],
      services: {
        dht: kadDHT({
          protocol: DHT_PROTOCOL, clientMode: false, allowQueryWithZeroPeers: true, peerInfoMapper: passthroughMapper,
          validators: { skarm: () => {} }, selectors: { skarm: () => 0 }
        })
      }
    })
    stops.push(async () => { await malicious.stop() })
    await malicious.dial(multiaddr(honest.addresses()[0]))
    await waitFor(() => honest.routingTableSize() > 0 && (malicious.services.dht as unknown as { routingTable: { size: number } }).routingTable.size > 0)
    for await (const _ of malicious.services.dht.put(deviceRecordKey(deviceId), encodeDeviceRecord(forged))) { /* drain */ }

    expect(await honest.getDeviceRecord(deviceId)).toBeUndefined()

    // The genuine record, once published, is found; the forged copy still never wins.
    const genuine = createDeviceRecord(device, { addresses: ['/ip4/127.0.0.1/tcp/2'], seq: 2 })
    await honest.putDeviceRecord(genuine)
    expect(await honest.getDeviceRecord(deviceId)).toEqual(genuine)
  })

  it('drops a bootstrap address that is not a DHT node (another device\'s transport)', async () => {
    const transport = await createTransportNode({ privateKey: await libp2pKeyFromSeed(rawPrivateKey(generateKeyPair().privateKey)), listen: ['/ip4/127.0.0.1/tcp/0'], logger })
    stops.push(transport.stop)
    const a = await dhtNode()
    const b = await dhtNode([...transport.addresses(), ...a.addresses()])
    await waitFor(() => b.routingTableSize() > 0)
    await waitFor(() => transport.peers().length === 0 && b.libp2p.getConnections(transport.peerId).length === 0)
    expect(b.libp2p.getConnections(a.peerId).length).toBeGreaterThan(0)
  })
})

describe('DHT nodes: inboxes and transports', () => {
  it('two senders writing one inbox at once lose nothing (read back, merge again)', async () => {
    const a = await dhtNode()
    const b = await dhtNode(a.addresses())
    const c = await dhtNode(a.addresses())
    await waitFor(() => a.routingTableSize() > 1 && b.routingTableSize() > 0 && c.routingTableSize() > 0)
    const to = idFromPublicKey(generateKeyPair().publicKey)
    const e1 = createInboxEntry(generateKeyPair(), { to, kind: 'invite', payload: '{}' })
    const e2 = createInboxEntry(generateKeyPair(), { to, kind: 'announce', payload: '{}' })
    // Both at once: each reads back and merges again when the other's put overwrote it.
    await Promise.all([b.addInboxEntry(e1), c.addInboxEntry(e2)])
    const { record } = await a.getInbox(to)
    expect(record.entries).toContainEqual(e1)
    expect(record.entries).toContainEqual(e2)
    const put = await b.addInboxEntry(createInboxEntry(generateKeyPair(), { to, kind: 'invite', payload: '{"n":3}' }))
    expect(put.entries.length).toBe(3)
    expect((await c.getInbox(to)).record.entries.length).toBe(3)
    // A forged entry never gets in.
    await expect(a.putInbox({ deviceId: to, entries: [{ ...e1, payload: '{"evil":1}' }] })).rejects.toThrow(/bad signature/)
    expect(() => encodeInbox(put)).not.toThrow()
    expect(new TextDecoder().decode(inboxKey(to))).toBe(`/skarm/inbox/${to}`)
  })

  it('bootstrapped with a transport address, joins that device\'s DHT through /skarm/dht-addr/1.0.0', async () => {
    const remoteDht = await dhtNode()
    const transport = await createTransportNode({ privateKey: await libp2pKeyFromSeed(rawPrivateKey(generateKeyPair().privateKey)), listen: ['/ip4/127.0.0.1/tcp/0'], logger })
    stops.push(transport.stop)
    await handleDhtAddr(transport.libp2p, { addresses: async () => remoteDht.addresses(), logger })
    const local = await dhtNode(transport.addresses())
    await waitFor(() => local.libp2p.getConnections(remoteDht.peerId).length > 0 && local.routingTableSize() > 0)
    // The transport connection was only for asking.
    await waitFor(() => local.libp2p.getConnections(transport.peerId).length === 0)
    const device = generateKeyPair()
    const r = createDeviceRecord(device, { addresses: transport.addresses(), seq: 1 })
    await remoteDht.putDeviceRecord(r)
    expect(await local.getDeviceRecord(idFromPublicKey(device.publicKey))).toEqual(r)
  })
})
