import { afterEach, describe, expect, it } from 'vitest'
import pino from 'pino'
import { kadDHT, passthroughMapper, type KadDHT } from '@libp2p/kad-dht'
import { generateKeyPair, idFromPublicKey, rawPrivateKey } from '@skarm/identity'
import { createLibp2pNode, createTransportNode, libp2pKeyFromSeed } from '@skarm/transport'
import type { Libp2p } from '@libp2p/interface'
import { multiaddr } from '@multiformats/multiaddr'
import {
  createDeviceRecord, createDhtNode, deriveDhtSeed, deviceRecordKey, encodeDeviceRecord,
  DHT_PROTOCOL, type DhtNode
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
