import { sign, type KeyObject } from 'node:crypto'
import { InvalidInputError } from '@skarm/errors'
import { deviceIdFromRawKey, rawEd25519PublicKey } from '@skarm/transport'
import { ACCOUNT_DEVICE_TTL_MS, ACCOUNT_RECORD_DOMAIN, KEY_NAMESPACE, MAX_ACCOUNT_DEVICES, MAX_RECORD_BYTES } from './constants.ts'
import { badRecord, checkSignature, isId, parseObject } from './sig.ts'

/** One device of an account record: its id and when it last (re)published the record (ms). */
export interface AccountDevice {
  id: string
  t: number
}

/**
 * The devices of an account, signed by the ACCOUNT key, at `/skarm/acc/<uri>`: how an inviter
 * finds every device of an invitee. `devices` sorted by id, unique. Highest `seq` wins.
 */
export interface AccountRecord {
  uri: string
  devices: AccountDevice[]
  seq: number
  /** Raw 32-byte Ed25519 account public key, base64url (uri = first 20 bytes of its SHA-256). */
  publicKey: string
  /** Ed25519 signature over {@link accountRecordPayload}, base64url. */
  signature: string
}

const enc = new TextEncoder()
const ACC_KEY = new RegExp(`^/${KEY_NAMESPACE}/acc/([0-9a-f]{40})$`)

/** `/skarm/acc/<uri>`. */
export function accountRecordKey (uri: string): Uint8Array {
  if (!isId(uri)) throw new InvalidInputError('DHT_BAD_ACCOUNT_URI', 'an account uri is 40 lowercase hex characters', { uri })
  return enc.encode(`/${KEY_NAMESPACE}/acc/${uri}`)
}

/** True when `key` is an account record key. */
export function isAccountRecordKey (key: string): boolean {
  return ACC_KEY.test(key)
}

/** The exact bytes an account record signs (domain tag, then a JSON array in fixed order). */
export function accountRecordPayload (r: Omit<AccountRecord, 'signature'>): Uint8Array {
  return enc.encode(`${ACCOUNT_RECORD_DOMAIN}\n${JSON.stringify([r.uri, r.devices.map(d => [d.id, d.t]), r.seq, r.publicKey])}`)
}

function checkShape (r: AccountRecord): void {
  if (!isId(r.uri)) badRecord('uri is not 40 hex characters')
  if (!Number.isSafeInteger(r.seq) || r.seq < 0) badRecord('seq must be a non-negative integer')
  if (!Array.isArray(r.devices) || r.devices.length > MAX_ACCOUNT_DEVICES) badRecord('devices must be a list of at most 64 devices')
  let last = ''
  for (const d of r.devices) {
    if (d == null || typeof d !== 'object' || !isId(d.id) || !Number.isSafeInteger(d.t) || d.t < 0) badRecord('a device is not {id, t}')
    if (d.id <= last) badRecord('devices must be sorted by id, without repeats')
    last = d.id
  }
}

/** Signs an account record with the account key; devices are sorted here. */
export function createAccountRecord (account: { privateKey: KeyObject, publicKey: KeyObject }, fields: { devices: AccountDevice[], seq: number }): AccountRecord {
  const raw = rawEd25519PublicKey(account.publicKey)
  const unsigned = {
    uri: deviceIdFromRawKey(raw),
    devices: fields.devices.map(d => ({ id: d.id, t: d.t })).sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    seq: fields.seq,
    publicKey: Buffer.from(raw).toString('base64url')
  }
  checkShape({ ...unsigned, signature: '' })
  return { ...unsigned, signature: sign(null, accountRecordPayload(unsigned), account.privateKey).toString('base64url') }
}

export function encodeAccountRecord (r: AccountRecord): Uint8Array {
  return enc.encode(JSON.stringify(r))
}

/** Parses and fully checks an account record (shape, uri = hash of the key, signature, DHT key). */
export function decodeAccountRecord (bytes: Uint8Array, key?: Uint8Array): AccountRecord {
  const o = parseObject(bytes, MAX_RECORD_BYTES)
  const devices = Array.isArray(o.devices) ? (o.devices as Array<Record<string, unknown>>).map(d => (d != null && typeof d === 'object' ? { id: d.id as string, t: d.t as number } : d as unknown as AccountDevice)) : o.devices as AccountDevice[]
  const r: AccountRecord = { uri: o.uri as string, devices, seq: o.seq as number, publicKey: o.publicKey as string, signature: o.signature as string }
  checkShape(r)
  if (key !== undefined) {
    const m = ACC_KEY.exec(new TextDecoder().decode(key))
    if (m == null || m[1] !== r.uri) badRecord('record stored under another key')
  }
  checkSignature(r.uri, r.publicKey, r.signature, accountRecordPayload(r), 'uri')
  return r
}

/**
 * The union of the devices of several (verified) records of one account, plus `add`: the
 * latest `t` of each device, devices unseen for {@link ACCOUNT_DEVICE_TTL_MS} dropped, the
 * {@link MAX_ACCOUNT_DEVICES} most recent kept. Two devices of an account publishing at once
 * each put their own view; whoever reads or republishes next merges them.
 */
export function mergeAccountDevices (records: AccountRecord[], add: AccountDevice[], now: number): AccountDevice[] {
  const byId = new Map<string, number>()
  for (const d of [...records.flatMap(r => r.devices), ...add]) {
    if (now - d.t > ACCOUNT_DEVICE_TTL_MS) continue
    byId.set(d.id, Math.max(byId.get(d.id) ?? 0, d.t))
  }
  return [...byId].map(([id, t]) => ({ id, t }))
    .sort((a, b) => b.t - a.t || (a.id < b.id ? -1 : 1))
    .slice(0, MAX_ACCOUNT_DEVICES)
    .sort((a, b) => a.id < b.id ? -1 : 1)
}
