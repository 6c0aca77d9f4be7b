import { createPublicKey, sign, verify, type KeyObject } from 'node:crypto'
import { InvalidInputError } from '@skarm/errors'
import { deviceIdFromRawKey, rawEd25519PublicKey } from '@skarm/transport'
import { decodeAccountRecord, isAccountRecordKey } from './account.ts'
import { decodeInbox, inboxKeyDevice, inboxRank } from './inbox.ts'
import { DEVICE_RECORD_DOMAIN, KEY_NAMESPACE, MAX_ADDRESS_LENGTH, MAX_RECORD_ADDRESSES, MAX_RECORD_BYTES } from './constants.ts'

/**
 * Where a device can be reached, signed by the device key, at `/skarm/dev/<deviceId>`.
 * Binary fields are base64url. Only the highest `seq` counts.
 */
export interface DeviceRecord {
  deviceId: string
  accountUri?: string
  /** Full multiaddrs ending in `/p2p/<peerId>`. */
  addresses: string[]
  /** Grows with every new record of the device (e.g. milliseconds since the epoch). */
  seq: number
  /** Raw 32-byte Ed25519 device public key. */
  publicKey: string
  /** Ed25519 signature over {@link deviceRecordPayload}. */
  signature: string
}

/** The fields a device signs. */
export type UnsignedDeviceRecord = Omit<DeviceRecord, 'publicKey' | 'signature' | 'deviceId'>

const enc = new TextEncoder()
const ID = /^[0-9a-f]{40}$/
// Not from @skarm/identity: this process must not load X.509 (see transport's keys.ts).
const isId = (s: unknown): s is string => typeof s === 'string' && ID.test(s)

const DEV_KEY = new RegExp(`^/${KEY_NAMESPACE}/dev/([0-9a-f]{40})$`)

/** The DHT key of a device's address record: `/skarm/dev/<deviceId>`. */
export function deviceRecordKey (deviceId: string): Uint8Array {
  if (!isId(deviceId)) throw new InvalidInputError('DHT_BAD_DEVICE_ID', 'a device id is 40 lowercase hex characters', { deviceId })
  return enc.encode(`/${KEY_NAMESPACE}/dev/${deviceId}`)
}

/**
 * The exact bytes a device record signs: a domain tag, then a JSON array of the fields in a
 * fixed order (JSON of an array has one form, so no canonicalisation question arises).
 */
export function deviceRecordPayload (r: Omit<DeviceRecord, 'signature'>): Uint8Array {
  return enc.encode(`${DEVICE_RECORD_DOMAIN}\n${JSON.stringify([r.deviceId, r.accountUri ?? '', r.addresses, r.seq, r.publicKey])}`)
}

/** Signs a device record with the device key (node:crypto Ed25519). */
export function createDeviceRecord (device: { privateKey: KeyObject, publicKey: KeyObject }, fields: UnsignedDeviceRecord): DeviceRecord {
  const unsigned = {
    deviceId: deviceIdFromRawKey(rawEd25519PublicKey(device.publicKey)),
    ...(fields.accountUri === undefined ? {} : { accountUri: fields.accountUri }),
    addresses: [...fields.addresses],
    seq: fields.seq,
    publicKey: Buffer.from(rawEd25519PublicKey(device.publicKey)).toString('base64url')
  }
  checkShape({ ...unsigned, signature: '' })
  const signature = sign(null, deviceRecordPayload(unsigned), device.privateKey).toString('base64url')
  return { ...unsigned, signature }
}

/** The bytes stored in the DHT for a record. */
export function encodeDeviceRecord (r: DeviceRecord): Uint8Array {
  return enc.encode(JSON.stringify(r))
}

function bad (message: string, data: Record<string, unknown> = {}): never {
  throw new InvalidInputError('DHT_BAD_RECORD', message, data)
}

function checkShape (r: DeviceRecord): void {
  if (!isId(r.deviceId)) bad('deviceId is not 40 hex characters')
  if (r.accountUri !== undefined && !isId(r.accountUri)) bad('accountUri is not 40 hex characters')
  if (!Array.isArray(r.addresses) || r.addresses.length > MAX_RECORD_ADDRESSES) bad('addresses must be a list of at most 32 strings')
  for (const a of r.addresses) {
    if (typeof a !== 'string' || a.length === 0 || a.length > MAX_ADDRESS_LENGTH || !a.startsWith('/')) bad('an address is not a multiaddr string')
  }
  if (!Number.isSafeInteger(r.seq) || r.seq < 0) bad('seq must be a non-negative integer')
  if (typeof r.publicKey !== 'string' || typeof r.signature !== 'string') bad('publicKey and signature must be base64url strings')
}

/**
 * Parses and fully checks a device record: shape, deviceId = first 20 bytes of SHA-256
 * of the public key, the Ed25519 signature, and (when given) the DHT key it was found at.
 * Throws `DHT_BAD_RECORD` on any failure.
 */
export function decodeDeviceRecord (bytes: Uint8Array, key?: Uint8Array): DeviceRecord {
  if (bytes.byteLength > MAX_RECORD_BYTES) bad('record too large', { size: bytes.byteLength })
  let raw: unknown
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch {
    bad('record is not UTF-8 JSON')
  }
  if (raw == null || typeof raw !== 'object' || Array.isArray(raw)) bad('record is not a JSON object')
  const o = raw as Record<string, unknown>
  const r: DeviceRecord = {
    deviceId: o.deviceId as string,
    ...(o.accountUri === undefined ? {} : { accountUri: o.accountUri as string }),
    addresses: o.addresses as string[],
    seq: o.seq as number,
    publicKey: o.publicKey as string,
    signature: o.signature as string
  }
  checkShape(r)
  if (key !== undefined) {
    const m = DEV_KEY.exec(new TextDecoder().decode(key))
    if (m == null || m[1] !== r.deviceId) bad('record stored under another key')
  }
  const pub = Buffer.from(r.publicKey, 'base64url')
  if (pub.length !== 32 || pub.toString('base64url') !== r.publicKey) bad('publicKey is not 32 bytes of base64url')
  if (deviceIdFromRawKey(pub) !== r.deviceId) bad('deviceId does not match the public key')
  const sig = Buffer.from(r.signature, 'base64url')
  if (sig.length !== 64 || sig.toString('base64url') !== r.signature) bad('signature is not 64 bytes of base64url')
  let ok = false
  try {
    const publicKey = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: r.publicKey }, format: 'jwk' })
    ok = verify(null, deviceRecordPayload(r), publicKey, sig)
  } catch {
    bad('publicKey is not an Ed25519 key')
  }
  if (!ok) bad('bad signature')
  return r
}

/**
 * kad-dht validator of the `/skarm/` namespace: `/skarm/dev/<deviceId>` holds a
 * {@link DeviceRecord}, `/skarm/acc/<uri>` an {@link AccountRecord}, `/skarm/inbox/<deviceId>`
 * an {@link InboxRecord}; any other type is refused until it gets its own rules.
 */
export function validateSkarmRecord (key: Uint8Array, value: Uint8Array): void {
  const k = new TextDecoder().decode(key)
  if (DEV_KEY.test(k)) {
    decodeDeviceRecord(value, key)
    return
  }
  if (isAccountRecordKey(k)) {
    decodeAccountRecord(value, key)
    return
  }
  if (inboxKeyDevice(k) !== undefined) {
    decodeInbox(value, key)
    return
  }
  throw new InvalidInputError('DHT_UNKNOWN_KEY', 'no validator for this DHT key', { key: k.slice(0, 80) })
}

/**
 * kad-dht selector of the `/skarm/` namespace. Device and account records: the valid record
 * with the highest `seq` (ties: the greater signature, so every node picks the same one).
 * Inbox records: the superset, else the one with the newest live entry ({@link inboxRank}).
 * Invalid records lose.
 */
export function selectSkarmRecord (key: Uint8Array, records: Uint8Array[]): number {
  const k = new TextDecoder().decode(key)
  if (inboxKeyDevice(k) !== undefined) return selectInbox(key, records)
  const decode = isAccountRecordKey(k) ? decodeAccountRecord : decodeDeviceRecord
  let best = -1
  let bestSeq = -1
  let bestSig = ''
  records.forEach((bytes, i) => {
    let r: { seq: number, signature: string }
    try {
      r = decode(bytes, key)
    } catch {
      return
    }
    if (r.seq > bestSeq || (r.seq === bestSeq && r.signature > bestSig)) {
      best = i
      bestSeq = r.seq
      bestSig = r.signature
    }
  })
  return best === -1 ? 0 : best
}

function selectInbox (key: Uint8Array, records: Uint8Array[]): number {
  const now = Date.now()
  let best = -1
  let bestRank: [number, number] = [-2, -1]
  records.forEach((bytes, i) => {
    let rank: [number, number]
    try {
      rank = inboxRank(decodeInbox(bytes, key, now), now)
    } catch {
      return
    }
    const better = rank[0] > bestRank[0] || (rank[0] === bestRank[0] && (rank[1] > bestRank[1] ||
      (rank[1] === bestRank[1] && Buffer.compare(bytes, records[best]!) > 0)))
    if (better) {
      best = i
      bestRank = rank
    }
  })
  return best === -1 ? 0 : best
}
