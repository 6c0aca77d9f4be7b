import { describe, expect, it } from 'vitest'
import { InvalidInputError } from '@skarm/errors'
import { generateKeyPair, idFromPublicKey } from '@skarm/identity'
import {
  createInboxEntry, decodeInbox, encodeInbox, inboxEntryId, inboxKey, mergeInbox, selectSkarmRecord,
  validateSkarmRecord, verifyInboxEntry, INBOX_ENTRY_TTL_MS, MAX_INBOX_BYTES, MAX_INBOX_ENTRIES, type InboxEntry
} from '../src/index.ts'

const sender = generateKeyPair()
const from = idFromPublicKey(sender.publicKey)
const to = idFromPublicKey(generateKeyPair().publicKey)
const now = Date.now()
const invite = JSON.stringify({ 'application/invite+json': { conversationId: 'c'.repeat(40), members: [] } })

function entry (t = now, fields: Partial<InboxEntry> = {}, kind = 'invite'): InboxEntry {
  return { ...createInboxEntry(sender, { to, kind, payload: invite, t }), ...fields }
}
const box = (entries: InboxEntry[]): Uint8Array => encodeInbox({ deviceId: to, entries })

describe('inbox entry', () => {
  it('is signed by the sender device key and verifies; its id is stable', () => {
    const e = entry()
    expect(e.from).toBe(from)
    expect(e.exp).toBe(e.t + INBOX_ENTRY_TTL_MS)
    expect(verifyInboxEntry(e, to)).toEqual(e)
    expect(inboxEntryId(e)).toMatch(/^[0-9a-f]{40}$/)
    expect(inboxEntryId({ ...e })).toBe(inboxEntryId(e))
    expect(decodeInbox(box([e]), inboxKey(to))).toEqual({ deviceId: to, entries: [e] })
    expect(new TextDecoder().decode(inboxKey(to))).toBe(`/skarm/inbox/${to}`)
  })

  const forged: Array<[string, () => InboxEntry, RegExp]> = [
    ['a changed payload', () => entry(now, { payload: '{"evil":1}' }), /bad signature/],
    ['a changed kind', () => entry(now, { kind: 'announce' }), /bad signature/],
    ['a later expiry', () => entry(now, { exp: now + INBOX_ENTRY_TTL_MS - 1 }), /bad signature/],
    ['a sender id that is not its key', () => entry(now, { from: 'a'.repeat(40) }), /from does not match the public key/],
    ['another key claiming the sender id', () => ({ ...createInboxEntry(generateKeyPair(), { to, kind: 'invite', payload: invite, t: now }), from }), /from does not match the public key/],
    ['a redirected recipient', () => entry(now, { to: 'b'.repeat(40) }), /another device/],
    ['a bad kind', () => entry(now, { kind: 'Invite!' }), /kind/],
    ['a lifetime over 7 days', () => entry(now, { exp: now + INBOX_ENTRY_TTL_MS + 1 }), /7 days/],
    ['a time in the future', () => entry(now + 3600_000), /future/],
    ['a payload over 4 KiB', () => entry(now, { payload: 'x'.repeat(4097) }), /4096/],
    ['a truncated signature', () => entry(now, { signature: entry().signature.slice(0, 10) }), /64 bytes/]
  ]
  for (const [name, make, why] of forged) {
    it(`rejects ${name}, alone and inside an inbox of good entries`, () => {
      expect(() => verifyInboxEntry(make(), to)).toThrow(why)
      expect(() => { validateSkarmRecord(inboxKey(to), box([entry(now - 1), make()])) }).toThrow(InvalidInputError)
    })
  }

  it('refuses signing a malformed entry', () => {
    expect(() => createInboxEntry(sender, { to: 'nope', kind: 'invite', payload: '' })).toThrow(/40 hex/)
    expect(() => createInboxEntry(sender, { to, kind: 'invite', payload: '', ttlMs: INBOX_ENTRY_TTL_MS * 2 })).toThrow(/7 days/)
  })
})

describe('inbox record', () => {
  it('rejects repeats, another device\'s key, and too many entries', () => {
    const e = entry()
    expect(() => decodeInbox(box([e, e]))).toThrow(/repeated/)
    expect(() => { validateSkarmRecord(inboxKey(from), box([e])) }).toThrow(/another key/)
    const many = Array.from({ length: MAX_INBOX_ENTRIES + 1 }, (_, i) => entry(now - i))
    expect(() => decodeInbox(box(many))).toThrow(/at most 64/)
  })

  it('keeps an expired entry valid (records must not turn invalid in the DHT) but merging drops it', () => {
    const old = entry(now - INBOX_ENTRY_TTL_MS - 10)
    const fresh = entry(now)
    expect(() => decodeInbox(box([old, fresh]), inboxKey(to))).not.toThrow()
    expect(mergeInbox(to, [old, fresh], now).entries).toEqual([fresh])
  })

  it('merges: union, repeats removed, sorted by time, bounded by count and bytes, newest kept', () => {
    const a = entry(now - 3)
    const b = entry(now - 2, {}, 'announce')
    const c = entry(now - 1)
    const merged = mergeInbox(to, [c, a, b, a, c], now)
    expect(merged.entries).toEqual([a, b, c])
    expect(mergeInbox(to, [b, c, a], now)).toEqual(merged)
    const many = Array.from({ length: 100 }, (_, i) => entry(now - i))
    const bounded = mergeInbox(to, many, now)
    expect(bounded.entries.length).toBe(MAX_INBOX_ENTRIES)
    expect(bounded.entries.at(-1)).toEqual(many[0])
    const big = Array.from({ length: 40 }, (_, i) => createInboxEntry(sender, { to, kind: 'announce', payload: 'y'.repeat(4000), t: now - i }))
    const fit = mergeInbox(to, big, now)
    expect(encodeInbox(fit).byteLength).toBeLessThanOrEqual(MAX_INBOX_BYTES)
    expect(fit.entries.at(-1)).toEqual(big[0])
    expect(() => decodeInbox(encodeInbox(fit), inboxKey(to))).not.toThrow()
    // Entries for another device never enter.
    const stray = createInboxEntry(sender, { to: from, kind: 'invite', payload: '', t: now })
    expect(mergeInbox(to, [stray, a], now).entries).toEqual([a])
  })

  it('the selector prefers the superset, else the newest entry, whatever the order, and ignores forgeries', () => {
    const key = inboxKey(to)
    const a = entry(now - 3)
    const b = entry(now - 2)
    const c = entry(now - 1)
    const sub = encodeInbox(mergeInbox(to, [a, b], now))
    const sup = encodeInbox(mergeInbox(to, [a, b, c], now))
    const olderSuper = encodeInbox(mergeInbox(to, [a], now))
    expect([sub, sup][selectSkarmRecord(key, [sub, sup])]).toBe(sup)
    expect([sup, sub][selectSkarmRecord(key, [sup, sub])]).toBe(sup)
    // Not comparable: {a, b} vs {c}: the newest entry wins.
    const onlyC = encodeInbox(mergeInbox(to, [c], now))
    expect([sub, onlyC][selectSkarmRecord(key, [sub, onlyC])]).toBe(onlyC)
    expect([onlyC, sub][selectSkarmRecord(key, [onlyC, sub])]).toBe(onlyC)
    // A superset of a {a} built with a forged entry loses to the honest record.
    const forgedBig = box([a, b, entry(now, { payload: '{"evil":1}' })])
    expect([forgedBig, olderSuper][selectSkarmRecord(key, [forgedBig, olderSuper])]).toBe(olderSuper)
  })
})
