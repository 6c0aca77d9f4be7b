import { sign, type KeyObject } from 'node:crypto'
import { InvalidInputError } from '@skarm/errors'
import { deviceIdFromRawKey, rawEd25519PublicKey } from '@skarm/transport'
import {
  INBOX_ENTRY_DOMAIN, INBOX_ENTRY_TTL_MS, KEY_NAMESPACE, MAX_CLOCK_SKEW_MS, MAX_ENTRY_PAYLOAD_BYTES,
  MAX_INBOX_BYTES, MAX_INBOX_ENTRIES
} from './constants.ts'
import { badRecord, checkSignature, isId, parseObject, shortHash } from './sig.ts'

/**
 * A message left for an offline device, signed by the SENDER's device key. `payload` is
 * opaque JSON text for the DHT (the invite or announce of the transport protocols).
 */
export interface InboxEntry {
  /** Recipient device id. */
  to: string
  /** Sender device id (= hash of `publicKey`). */
  from: string
  /** `invite`, `announce`, or another `[a-z][a-z0-9_]{0,31}`. */
  kind: string
  payload: string
  /** When it was signed, ms since the epoch. */
  t: number
  /** When it expires, ms since the epoch (at most {@link INBOX_ENTRY_TTL_MS} after `t`). */
  exp: number
  /** Raw 32-byte Ed25519 sender key, base64url. */
  publicKey: string
  signature: string
}

/** `/skarm/inbox/<deviceId>`: a bounded set of entries for one device, anyone may add to it. */
export interface InboxRecord {
  deviceId: string
  /** Sorted by (t, id), unique ids. */
  entries: InboxEntry[]
}

const enc = new TextEncoder()
const INBOX_KEY = new RegExp(`^/${KEY_NAMESPACE}/inbox/([0-9a-f]{40})$`)
const KIND = /^[a-z][a-z0-9_]{0,31}$/

/** `/skarm/inbox/<deviceId>`. */
export function inboxKey (deviceId: string): Uint8Array {
  if (!isId(deviceId)) throw new InvalidInputError('DHT_BAD_DEVICE_ID', 'a device id is 40 lowercase hex characters', { deviceId })
  return enc.encode(`/${KEY_NAMESPACE}/inbox/${deviceId}`)
}

/** The recipient of an inbox key, or undefined when `key` is not one. */
export function inboxKeyDevice (key: string): string | undefined {
  return INBOX_KEY.exec(key)?.[1]
}

/** The exact bytes an entry signs. */
export function inboxEntryPayload (e: Omit<InboxEntry, 'signature'>): Uint8Array {
  return enc.encode(`${INBOX_ENTRY_DOMAIN}\n${JSON.stringify([e.to, e.from, e.kind, e.payload, e.t, e.exp, e.publicKey])}`)
}

/** The id of an entry: first 20 bytes of SHA-256 of the bytes it signs (hex). */
export function inboxEntryId (e: InboxEntry): string {
  return shortHash(inboxEntryPayload(e))
}

function checkEntryShape (e: InboxEntry): void {
  if (e == null || typeof e !== 'object') badRecord('an entry is not an object')
  if (!isId(e.to) || !isId(e.from)) badRecord('to and from must be 40 hex characters')
  if (typeof e.kind !== 'string' || !KIND.test(e.kind)) badRecord('kind must match [a-z][a-z0-9_]{0,31}')
  if (typeof e.payload !== 'string' || Buffer.byteLength(e.payload) > MAX_ENTRY_PAYLOAD_BYTES) badRecord('payload must be a string of at most 4096 bytes')
  if (!Number.isSafeInteger(e.t) || e.t < 0 || !Number.isSafeInteger(e.exp) || e.exp <= e.t || e.exp - e.t > INBOX_ENTRY_TTL_MS) badRecord('t and exp must be integers, t < exp <= t + 7 days')
}

/**
 * Checks one entry: shape, sender id = hash of its key, signature, optionally its recipient,
 * and that it was not signed in the future (beyond clock skew). Expiry is not checked here
 * (see {@link isLive}): a record must not turn invalid while it sits in the DHT.
 */
export function verifyInboxEntry (e: InboxEntry, to?: string, now = Date.now()): InboxEntry {
  checkEntryShape(e)
  if (to !== undefined && e.to !== to) badRecord('entry for another device')
  if (e.t > now + MAX_CLOCK_SKEW_MS) badRecord('entry signed in the future')
  checkSignature(e.from, e.publicKey, e.signature, inboxEntryPayload(e), 'from')
  return e
}

/** True while the entry has not expired. */
export function isLive (e: InboxEntry, now = Date.now()): boolean {
  return e.exp > now
}

/** Signs an entry for `to` with the sender's device key. */
export function createInboxEntry (sender: { privateKey: KeyObject, publicKey: KeyObject }, fields: { to: string, kind: string, payload: string, t?: number, ttlMs?: number }): InboxEntry {
  const raw = rawEd25519PublicKey(sender.publicKey)
  const t = fields.t ?? Date.now()
  const unsigned = {
    to: fields.to,
    from: deviceIdFromRawKey(raw),
    kind: fields.kind,
    payload: fields.payload,
    t,
    exp: t + (fields.ttlMs ?? INBOX_ENTRY_TTL_MS),
    publicKey: Buffer.from(raw).toString('base64url')
  }
  checkEntryShape({ ...unsigned, signature: '' })
  return { ...unsigned, signature: sign(null, inboxEntryPayload(unsigned), sender.privateKey).toString('base64url') }
}

const byTimeThenId = (a: InboxEntry, b: InboxEntry): number => a.t - b.t || (inboxEntryId(a) < inboxEntryId(b) ? -1 : 1)

export function encodeInbox (r: InboxRecord): Uint8Array {
  return enc.encode(JSON.stringify({ deviceId: r.deviceId, entries: r.entries }))
}

/** Parses and checks an inbox record: every entry verified and addressed to the key's device. */
export function decodeInbox (bytes: Uint8Array, key?: Uint8Array, now = Date.now()): InboxRecord {
  const o = parseObject(bytes, MAX_INBOX_BYTES)
  if (!isId(o.deviceId)) badRecord('deviceId is not 40 hex characters')
  if (key !== undefined && inboxKeyDevice(new TextDecoder().decode(key)) !== o.deviceId) badRecord('record stored under another key')
  if (!Array.isArray(o.entries) || o.entries.length > MAX_INBOX_ENTRIES) badRecord('entries must be a list of at most 64 entries')
  const seen = new Set<string>()
  const entries = (o.entries as Array<Record<string, unknown>>).map((x) => {
    if (x == null || typeof x !== 'object' || Array.isArray(x)) badRecord('an entry is not an object')
    const e: InboxEntry = { to: x.to as string, from: x.from as string, kind: x.kind as string, payload: x.payload as string, t: x.t as number, exp: x.exp as number, publicKey: x.publicKey as string, signature: x.signature as string }
    verifyInboxEntry(e, o.deviceId as string, now)
    const id = inboxEntryId(e)
    if (seen.has(id)) badRecord('an entry is repeated')
    seen.add(id)
    return e
  })
  return { deviceId: o.deviceId as string, entries }
}

/**
 * Merges entries (already verified) into one inbox record for `deviceId`: expired entries
 * dropped, repeats removed, then the newest kept within {@link MAX_INBOX_ENTRIES} entries and
 * {@link MAX_INBOX_BYTES}. The same input set gives the same bytes on every device.
 */
export function mergeInbox (deviceId: string, entries: InboxEntry[], now = Date.now()): InboxRecord {
  const byId = new Map<string, InboxEntry>()
  for (const e of entries) if (e.to === deviceId && isLive(e, now)) byId.set(inboxEntryId(e), e)
  const newestFirst = [...byId.values()].sort(byTimeThenId).reverse()
  const kept: InboxEntry[] = []
  let size = encodeInbox({ deviceId, entries: [] }).byteLength
  for (const e of newestFirst) {
    if (kept.length >= MAX_INBOX_ENTRIES) break
    const bytes = enc.encode(JSON.stringify(e)).byteLength + 1
    if (size + bytes > MAX_INBOX_BYTES) continue
    size += bytes
    kept.push(e)
  }
  return { deviceId, entries: kept.sort(byTimeThenId) }
}

/**
 * The rank of an inbox record for the selector: (newest live entry, live entries). A strict
 * superset never ranks lower than its subset (same newest → more entries), so "the superset,
 * else the newest" is one total order; ties go to the greater bytes, the same on every node.
 */
export function inboxRank (r: InboxRecord, now = Date.now()): [number, number] {
  const live = r.entries.filter(e => isLive(e, now))
  return [live.reduce((m, e) => Math.max(m, e.t), -1), live.length]
}
