import { describe, expect, it } from 'vitest'
import { InvalidInputError } from '@skarm/errors'
import { generateKeyPair, idFromPublicKey } from '@skarm/identity'
import {
  accountRecordKey, createAccountRecord, decodeAccountRecord, encodeAccountRecord, mergeAccountDevices,
  selectSkarmRecord, validateSkarmRecord, ACCOUNT_DEVICE_TTL_MS, type AccountRecord
} from '../src/index.ts'

const account = generateKeyPair()
const uri = idFromPublicKey(account.publicKey)
const d1 = idFromPublicKey(generateKeyPair().publicKey)
const d2 = idFromPublicKey(generateKeyPair().publicKey)
const now = 1_700_000_000_000

function record (seq = 1, fields: Partial<AccountRecord> = {}): AccountRecord {
  return { ...createAccountRecord(account, { devices: [{ id: d1, t: now }, { id: d2, t: now - 5 }], seq }), ...fields }
}

describe('account record', () => {
  it('is signed by the account key, lists devices sorted by id, and verifies', () => {
    const r = record()
    expect(r.uri).toBe(uri)
    expect(r.devices.map(d => d.id)).toEqual([d1, d2].sort())
    expect(decodeAccountRecord(encodeAccountRecord(r), accountRecordKey(uri))).toEqual(r)
    expect(() => { validateSkarmRecord(accountRecordKey(uri), encodeAccountRecord(r)) }).not.toThrow()
    expect(new TextDecoder().decode(accountRecordKey(uri))).toBe(`/skarm/acc/${uri}`)
  })

  const forged: Array<[string, () => Uint8Array, RegExp]> = [
    ['an added device', () => encodeAccountRecord(record(1, { devices: [...record().devices, { id: 'f'.repeat(40), t: now }] })), /bad signature/],
    ['a removed device', () => encodeAccountRecord(record(1, { devices: record().devices.slice(1) })), /bad signature/],
    ['a raised seq', () => encodeAccountRecord(record(1, { seq: 9 })), /bad signature/],
    ['a record signed by a device key for the account uri', () => {
      const device = generateKeyPair()
      return encodeAccountRecord({ ...createAccountRecord(device, { devices: [{ id: d1, t: now }], seq: 5 }), uri })
    }, /uri does not match the public key/],
    ['another uri', () => encodeAccountRecord(record(1, { uri: 'a'.repeat(40) })), /does not match the public key/],
    ['unsorted devices', () => encodeAccountRecord(record(1, { devices: [...record().devices].reverse() })), /sorted/],
    ['a repeated device', () => encodeAccountRecord(record(1, { devices: [record().devices[0]!, record().devices[0]!] })), /sorted/],
    ['a malformed device', () => encodeAccountRecord(record(1, { devices: [{ id: 'x', t: 1 }] })), /not \{id, t\}/],
    ['too many devices', () => encodeAccountRecord(record(1, { devices: Array.from({ length: 65 }, (_, i) => ({ id: i.toString(16).padStart(40, '0'), t: 1 })) })), /at most 64/],
    ['not JSON', () => new TextEncoder().encode('nope'), /not UTF-8 JSON/]
  ]
  for (const [name, bytes, why] of forged) {
    it(`rejects ${name}`, () => {
      expect(() => decodeAccountRecord(bytes())).toThrow(why)
      expect(() => { validateSkarmRecord(accountRecordKey(uri), bytes()) }).toThrow(InvalidInputError)
    })
  }

  it('rejects a valid record stored under another account\'s key', () => {
    expect(() => { validateSkarmRecord(accountRecordKey(d1), encodeAccountRecord(record())) }).toThrow(/another key/)
  })

  it('the selector keeps the highest seq and ignores forgeries', () => {
    const key = accountRecordKey(uri)
    const recs = [record(2), record(5), record(3)].map(encodeAccountRecord)
    expect(selectSkarmRecord(key, recs)).toBe(1)
    expect(selectSkarmRecord(key, [encodeAccountRecord(record(1, { seq: 99 })), ...recs])).toBe(2)
  })

  it('merges the devices of several records: latest t, stale devices dropped', () => {
    const d3 = idFromPublicKey(generateKeyPair().publicKey)
    const a = createAccountRecord(account, { devices: [{ id: d1, t: now - 10 }, { id: d2, t: now - ACCOUNT_DEVICE_TTL_MS - 1 }], seq: 1 })
    const b = createAccountRecord(account, { devices: [{ id: d1, t: now - 20 }], seq: 2 })
    const merged = mergeAccountDevices([a, b], [{ id: d3, t: now }], now)
    expect(merged).toEqual([{ id: d1, t: now - 10 }, { id: d3, t: now }].sort((x, y) => x.id < y.id ? -1 : 1))
    expect(() => createAccountRecord(account, { devices: merged, seq: 3 })).not.toThrow()
  })
})
