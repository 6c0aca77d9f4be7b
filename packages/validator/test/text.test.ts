// Text and the other non-file-modifying types (SPEC.md §5, 1 parent).
import { afterAll, beforeAll, describe, it } from 'vitest'
import { cleanup, crlRevoking, otherDevice, person, withMembers, type Person } from './fixture.ts'

let alice: Person
let bob: Person
let carol: Person
beforeAll(async () => {
  [alice, bob, carol] = await Promise.all([person('alice'), person('bob'), person('carol')])
})
afterAll(cleanup)

const sha3 = 'ab'.repeat(64)

describe('text-like commits', () => {
  it('accepts every text-like type with its fields', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    const text = await f.conv.sendMessage(bob, { type: 'text/plain', body: 'hej' }, f.check)
    const messages = [
      { type: 'text/plain', body: '' },
      { type: 'text/plain', body: '👍', 'react-to': text },
      { type: 'text/plain', body: 'a reply', 'reply-to': text }, // unknown extra fields are kept, not refused
      { type: 'application/edited-message', body: 'hej!', edit: text },
      { type: 'application/data-transfer+json', tid: '1', displayName: 'cat.png', totalSize: '3000', sha3sum: sha3 },
      { type: 'application/data-transfer+json', tid: '2', displayName: 'dog.png', totalSize: 12, sha3sum: sha3.toUpperCase() },
      { type: 'application/call-history+json', to: alice.uri, duration: '3000' },
      { type: 'application/call-history+json', uri: bob.uri, device: bob.deviceId, confId: 'c1' },
      { type: 'application/call-history+json', uri: bob.uri, device: bob.deviceId, confId: 'c1', duration: 42 }
    ]
    for (const m of messages) await f.valid(await f.conv.sendMessage(bob, m, f.check))
  })

  it('accepts the author\'s own device certificate and CRL when missing', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    const bob2 = await otherDevice(bob)
    const oid = await f.forge(bob2, {
      message: { type: 'text/plain', body: 'new phone' },
      edit: async (t) => {
        t.set(`devices/${bob2.deviceId}.crt`, await f.blob(bob2.deviceCert))
        t.set(`CRLs/${bob.uri}/${bob2.deviceId}.crl`, await f.blob(await crlRevoking(bob)))
      }
    })
    await f.valid(oid)
  })

  it('rejects any other file change (COMMIT_UNEXPECTED_FILE)', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    await f.conv.addMember(alice, carol.uri, f.check)
    const bob2 = await otherDevice(bob)
    const edits: Array<(t: Map<string, { oid: string, mode: string }>) => Promise<void> | void> = [
      async (t) => { t.set(`members/${carol.uri}.crt`, await f.blob(carol.accountCert)) },
      async (t) => { t.set('notes.txt', await f.blob('hello')) },
      async (t) => { t.set('profile.vcf', await f.blob('BEGIN:VCARD\nFN:mine\nEND:VCARD\n')) },
      (t) => { t.delete(`invited/${carol.uri}`) },
      (t) => { t.delete(`members/${bob.uri}.crt`) },
      async (t) => { t.set(`members/${bob.uri}.crt`, await f.blob(carol.accountCert)) },
      async (t) => { t.set(`devices/${bob2.deviceId}.crt`, await f.blob(bob2.deviceCert)) }, // another device's certificate
      async (t) => { t.set(`devices/${carol.deviceId}.crt`, await f.blob(carol.deviceCert)) },
      async (t) => { t.set(`CRLs/${alice.uri}/${alice.deviceId}.crl`, await f.blob(await crlRevoking(alice))) }, // another account's CRL
      async (t) => { t.set(`votes/ban/members/${carol.uri}/${bob.uri}`, await f.blob('')) }
    ]
    for (const edit of edits) {
      const oid = await f.forge(bob, { message: { type: 'text/plain', body: 'innocent' }, edit })
      await f.rejected(oid, 'COMMIT_UNEXPECTED_FILE')
    }
    for (const type of ['application/edited-message', 'application/call-history+json']) {
      const text = await f.conv.sendMessage(bob, { type: 'text/plain', body: 'x' }, f.check)
      const fields = type === 'application/edited-message' ? { body: 'y', edit: text } : { to: alice.uri, duration: '1' }
      const oid = await f.forge(bob, { message: { type, ...fields }, edit: async (t) => { t.set('x', await f.blob('')) } })
      await f.rejected(oid, 'COMMIT_UNEXPECTED_FILE')
    }
  })

  it('rejects missing or malformed fields (COMMIT_BAD_FIELD)', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    const messages = [
      { type: 'text/plain' },
      { type: 'text/plain', body: 3 },
      { type: 'text/plain', body: 'x', 'react-to': 'yesterday' },
      { type: 'application/edited-message', body: 'x' },
      { type: 'application/edited-message', edit: 'a'.repeat(40) },
      { type: 'application/data-transfer+json', tid: '1', displayName: 'a', totalSize: '3000' },
      { type: 'application/data-transfer+json', tid: '1', displayName: 'a', totalSize: -1, sha3sum: sha3 },
      { type: 'application/data-transfer+json', tid: '', displayName: 'a', totalSize: 1, sha3sum: sha3 },
      { type: 'application/data-transfer+json', tid: '1', displayName: 'a', totalSize: 1, sha3sum: 'abc' },
      { type: 'application/call-history+json', duration: '3000' },
      { type: 'application/call-history+json', to: 'bob', duration: '3000' },
      { type: 'application/call-history+json', to: alice.uri, duration: 'long' }
    ]
    for (const message of messages) await f.rejected(await f.forge(bob, { message }), 'COMMIT_BAD_FIELD')
  })

  it('accepts an edit of an earlier text of the same account, from any of its devices', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    const text = await f.conv.sendMessage(bob, { type: 'text/plain', body: 'teh' }, f.check)
    await f.conv.sendMessage(alice, { type: 'text/plain', body: 'in between' }, f.check)
    const bob2 = await otherDevice(bob)
    await f.valid(await f.conv.sendMessage(bob2, { type: 'application/edited-message', body: 'the', edit: text }, f.check))
  })

  it('rejects an edit of another account\'s message, of a non-text commit, of a commit outside the history (EDIT_BAD_TARGET)', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    const alices = await f.conv.sendMessage(alice, { type: 'text/plain', body: 'mine' }, f.check)
    const member = await f.conv.addMember(alice, carol.uri, f.check)
    const elsewhere = await f.forge(bob, { message: { type: 'text/plain', body: 'on another branch' } })
    const later = await f.conv.sendMessage(bob, { type: 'text/plain', body: 'x' }, f.check)
    const vote = await f.conv.vote(alice, 'ban', carol.uri, f.check)
    for (const target of [alices, member, elsewhere, vote, 'f'.repeat(40)]) {
      await f.rejected(await f.forge(bob, { message: { type: 'application/edited-message', body: 'mine now', edit: target } }), 'EDIT_BAD_TARGET')
    }
    // itself an edit: only text/plain messages are edited
    const edit = await f.conv.sendMessage(bob, { type: 'application/edited-message', body: 'y', edit: later }, f.check)
    await f.rejected(await f.forge(bob, { message: { type: 'application/edited-message', body: 'z', edit } }), 'EDIT_BAD_TARGET')
  })
})
