import { describe, expect, it } from 'vitest'
import { InvalidInputError } from '@skarm/errors'
import { generateKeyPair, idFromPublicKey, rawPrivateKey } from '@skarm/identity'
import { libp2pKeyFromSeed } from '@skarm/transport'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import {
  createDeviceRecord, decodeDeviceRecord, deriveDhtSeed, deviceRecordKey, encodeDeviceRecord,
  selectSkarmRecord, validateSkarmRecord, withPortZero, dhtListen, dhtAnnounce, peerScanDelay, PEER_SCAN_MS, type DeviceRecord
} from '../src/index.ts'

const device = generateKeyPair()
const deviceId = idFromPublicKey(device.publicKey)
const account = idFromPublicKey(generateKeyPair().publicKey)
const addr = '/ip4/192.168.1.5/tcp/4001/p2p/12D3KooWRBy97UB99e3J6hiPesre1MZeuNQvfan4gBziswrRJsNK'
const enc = (r: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(r))

function record (seq = 1, fields: Partial<DeviceRecord> = {}): DeviceRecord {
  return { ...createDeviceRecord(device, { accountUri: account, addresses: [addr], seq }), ...fields }
}

describe('device-address record', () => {
  it('is signed by the device key and verifies', () => {
    const r = record()
    expect(r.deviceId).toBe(deviceId)
    expect(decodeDeviceRecord(encodeDeviceRecord(r), deviceRecordKey(deviceId))).toEqual(r)
    expect(() => { validateSkarmRecord(deviceRecordKey(deviceId), encodeDeviceRecord(r)) }).not.toThrow()
    expect(new TextDecoder().decode(deviceRecordKey(deviceId))).toBe(`/skarm/dev/${deviceId}`)
  })

  it('works without an account uri', () => {
    const r = createDeviceRecord(device, { addresses: [], seq: 0 })
    expect(r.accountUri).toBeUndefined()
    expect(decodeDeviceRecord(encodeDeviceRecord(r))).toEqual(r)
  })

  const forged: Array<[string, () => Uint8Array, RegExp]> = [
    ['a changed address', () => encodeDeviceRecord(record(1, { addresses: ['/ip4/6.6.6.6/tcp/1'] })), /bad signature/],
    ['a raised seq', () => encodeDeviceRecord(record(1, { seq: 99 })), /bad signature/],
    ['an added account uri', () => encodeDeviceRecord({ ...record(1), accountUri: idFromPublicKey(generateKeyPair().publicKey) }), /bad signature/],
    ['a removed account uri', () => { const { accountUri: _, ...rest } = record(1); return encodeDeviceRecord(rest) }, /bad signature/],
    ['another device id (not the key hash)', () => encodeDeviceRecord(record(1, { deviceId: 'a'.repeat(40) })), /does not match the public key/],
    ['another key that signs for this device id', () => {
      const mallory = generateKeyPair()
      return encodeDeviceRecord({ ...createDeviceRecord(mallory, { addresses: [addr], seq: 5 }), deviceId })
    }, /does not match the public key/],
    ['a signature by another key', () => {
      const other = createDeviceRecord(generateKeyPair(), { accountUri: account, addresses: [addr], seq: 1 })
      return encodeDeviceRecord(record(1, { signature: other.signature }))
    }, /bad signature/],
    ['a truncated signature', () => encodeDeviceRecord(record(1, { signature: record(1).signature.slice(0, 20) })), /64 bytes/],
    ['a non-canonical base64 key', () => encodeDeviceRecord(record(1, { publicKey: record(1).publicKey + '=' })), /32 bytes/],
    ['a negative seq', () => encodeDeviceRecord(record(1, { seq: -1 })), /seq/],
    ['a fractional seq', () => encodeDeviceRecord(record(1, { seq: 1.5 })), /seq/],
    ['a bad device id shape', () => encodeDeviceRecord(record(1, { deviceId: 'XYZ' })), /deviceId/],
    ['an address that is not a multiaddr', () => encodeDeviceRecord(record(1, { addresses: ['http://x'] })), /multiaddr/],
    ['too many addresses', () => encodeDeviceRecord(record(1, { addresses: Array(33).fill(addr) })), /at most 32/],
    ['not JSON', () => new TextEncoder().encode('{nope'), /not UTF-8 JSON/],
    ['invalid UTF-8', () => new Uint8Array([0xff, 0xfe]), /not UTF-8 JSON/],
    ['a JSON array', () => enc([1, 2]), /not a JSON object/],
    ['null', () => enc(null), /not a JSON object/],
    ['too large', () => enc({ ...record(1), pad: 'x'.repeat(9000) }), /too large/]
  ]
  for (const [name, bytes, why] of forged) {
    it(`rejects ${name}`, () => {
      expect(() => decodeDeviceRecord(bytes())).toThrow(why)
      expect(() => { validateSkarmRecord(deviceRecordKey(deviceId), bytes()) }).toThrow(InvalidInputError)
    })
  }

  it('rejects a valid record stored under another device\'s key', () => {
    const other = idFromPublicKey(generateKeyPair().publicKey)
    expect(() => { validateSkarmRecord(deviceRecordKey(other), encodeDeviceRecord(record())) }).toThrow(/another key/)
  })

  it('refuses unknown /skarm/ key types and bad ids', () => {
    expect(() => { validateSkarmRecord(new TextEncoder().encode('/skarm/other/x'), encodeDeviceRecord(record())) }).toThrow(/no validator/)
    expect(() => { validateSkarmRecord(new TextEncoder().encode(`/skarm/dev/${deviceId}/x`), encodeDeviceRecord(record())) }).toThrow(/no validator/)
    expect(() => deviceRecordKey('../etc')).toThrow(/40 lowercase hex/)
  })

  it('signing refuses a malformed record', () => {
    expect(() => createDeviceRecord(device, { addresses: ['nope'], seq: 1 })).toThrow(/multiaddr/)
    expect(() => createDeviceRecord(device, { addresses: [], seq: 1, accountUri: 'bad' })).toThrow(/accountUri/)
  })
})

describe('selector', () => {
  it('picks the highest seq, ignoring invalid records', () => {
    const key = deviceRecordKey(deviceId)
    const forgedHigh = encodeDeviceRecord(record(1, { seq: 1000 }))
    const records = [record(3), record(7), record(5)].map(encodeDeviceRecord)
    expect(selectSkarmRecord(key, records)).toBe(1)
    expect(selectSkarmRecord(key, [...records, forgedHigh])).toBe(1)
    expect(selectSkarmRecord(key, [forgedHigh, encodeDeviceRecord(record(2))])).toBe(1)
  })

  it('breaks a seq tie the same way whatever the order', () => {
    const key = deviceRecordKey(deviceId)
    const a = encodeDeviceRecord(createDeviceRecord(device, { addresses: ['/ip4/10.0.0.1/tcp/1'], seq: 4 }))
    const b = encodeDeviceRecord(createDeviceRecord(device, { addresses: ['/ip4/10.0.0.2/tcp/1'], seq: 4 }))
    const first = [a, b][selectSkarmRecord(key, [a, b])]
    expect([b, a][selectSkarmRecord(key, [b, a])]).toBe(first)
  })
})

describe('DHT node key', () => {
  it('is derived deterministically from the device seed and differs from the transport key', async () => {
    const seed = rawPrivateKey(device.privateKey)
    const dhtSeed = deriveDhtSeed(seed)
    expect(Buffer.from(deriveDhtSeed(seed))).toEqual(Buffer.from(dhtSeed))
    expect(Buffer.from(dhtSeed)).not.toEqual(Buffer.from(seed))
    const transportId = peerIdFromPrivateKey(await libp2pKeyFromSeed(seed))
    const dhtId = peerIdFromPrivateKey(await libp2pKeyFromSeed(dhtSeed))
    expect(dhtId.equals(transportId)).toBe(false)
    expect(Buffer.from(deriveDhtSeed(rawPrivateKey(generateKeyPair().privateKey)))).not.toEqual(Buffer.from(dhtSeed))
  })

  it('listens on the transport host with port 0', () => {
    expect(withPortZero('/ip4/0.0.0.0/tcp/4001')).toBe('/ip4/0.0.0.0/tcp/0')
    expect(withPortZero('/ip4/127.0.0.1/tcp/0')).toBe('/ip4/127.0.0.1/tcp/0')
    expect(withPortZero('/ip6/::1/tcp/9')).toBe('/ip6/::1/tcp/0')
  })

  it('listens on the transport hosts at the device\'s own DHT port, any port where the transport takes any', () => {
    expect(dhtListen(['/ip4/0.0.0.0/tcp/24001'], 24002)).toEqual(['/ip4/0.0.0.0/tcp/24002'])
    expect(dhtListen(['/ip4/127.0.0.1/tcp/0'], 24002)).toEqual(['/ip4/127.0.0.1/tcp/0'])
    expect(dhtListen(['/ip4/0.0.0.0/tcp/24001'])).toEqual(['/ip4/0.0.0.0/tcp/0'])
    // one address per host; QUIC (UDP) addresses are the transport's
    expect(dhtListen(['/ip4/0.0.0.0/tcp/24001', '/ip4/0.0.0.0/udp/24001/quic-v1', '/ip6/::/tcp/24001', '/ip4/0.0.0.0/tcp/24005'], 7)).toEqual(['/ip4/0.0.0.0/tcp/7', '/ip6/::/tcp/7'])
    expect(dhtListen(['/ip4/0.0.0.0/udp/1/quic-v1'], 7)).toEqual(['/ip4/0.0.0.0/tcp/0'])
  })

  it('announces the hosts the device announces, at its own port; nothing on any port', () => {
    expect(dhtAnnounce(['/ip4/203.0.113.5/tcp/4001'], 24002)).toEqual(['/ip4/203.0.113.5/tcp/24002'])
    expect(dhtAnnounce(['/ip4/203.0.113.5/tcp/4001', '/ip4/203.0.113.5/udp/4001/quic-v1', '/dns4/relay.example/tcp/4001/p2p/12D3KooWQYhTNQdmr3ArTeUHRYzFg94BKyTkoWBDWez9kSCVe2Xo'], 7)).toEqual(['/ip4/203.0.113.5/tcp/7', '/dns4/relay.example/tcp/7'])
    expect(dhtAnnounce(['/ip4/203.0.113.5/tcp/4001'], 0)).toEqual([])
    expect(dhtAnnounce([], 7)).toEqual([])
  })

  it('looks at the transport\'s peers soon while the DHT node knows nobody', () => {
    expect(peerScanDelay(0)).toBeLessThan(PEER_SCAN_MS)
    expect(peerScanDelay(3)).toBe(PEER_SCAN_MS)
  })
})
