// Devices added to an account later (README.md, "Devices added later"): a device's first commit
// in a conversation may be of any type, carrying its own certificate; a merge may carry its
// signer's certificate when the merge of its parents lacks it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mergeTree } from '../src/index.ts'
import { cleanup, crlRevoking, fork, otherDevice, person, promote, withMembers, type Person } from './fixture.ts'

let alice: Person
let alice2: Person
let bob: Person
let bob2: Person
let carol: Person
let dave: Person
beforeAll(async () => {
  [alice, bob, carol, dave] = await Promise.all([person('alice'), person('bob'), person('carol'), person('dave')])
  alice2 = await otherDevice(alice)
  bob2 = await otherDevice(bob)
})
afterAll(cleanup)

const cert = (p: Person): string => `devices/${p.deviceId}.crt`

describe('a device added later', () => {
  it('may write a first commit of any type, adding its own certificate', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob, carol)
    // each commit from a device new to the conversation, through the writers (which add the certificate)
    const steps: Array<[Person, (p: Person) => Promise<string>]> = [
      [alice, async (p) => await f.conv.vote(p, 'promote', bob.uri, f.check)],
      [alice, async (p) => await f.conv.resolveVote(p, 'promote', bob.uri, f.check)],
      [alice, async (p) => await f.conv.addMember(p, dave.uri, f.check)],
      [alice, async (p) => await f.conv.updateProfile(p, 'BEGIN:VCARD\nVERSION:2.1\nFN:Team\nEND:VCARD\n', f.check)],
      [alice, async (p) => await f.conv.vote(p, 'ban', carol.uri, f.check)],
      [bob, async (p) => await f.conv.vote(p, 'ban', carol.uri, f.check)],
      [alice, async (p) => await f.conv.resolveVote(p, 'ban', carol.uri, f.check)],
      [bob, async (p) => await f.conv.revokeDevice(p, bob2.deviceId, await crlRevoking(bob, bob2), f.check)],
      [bob, async (p) => await f.conv.leave(p, f.check)]
    ]
    for (const [account, write] of steps) {
      const device = await otherDevice(account)
      const oid = await write(device)
      await f.valid(oid)
      expect((await f.tree(oid)).has(cert(device))).toBe(true)
      expect((await f.tree((await f.repo.readCommit(oid)).parents[0])).has(cert(device))).toBe(false)
    }
    const t = await f.tree()
    expect(t.has(`banned/members/${carol.uri}.crt`) && t.has(`invited/${dave.uri}`) && !t.has(`admins/${bob.uri}.crt`)).toBe(true)
  })

  it('adds only its own certificate: another device\'s, or another certificate under its name, is refused', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    const vote = { type: 'vote', action: 'ban', uri: bob.uri }
    const votePath = `votes/ban/members/${bob.uri}/${alice.uri}`
    await f.rejected(await f.forge(alice2, {
      message: vote,
      edit: async (t) => { t.set(votePath, await f.blob('')); t.set(cert(alice2), await f.blob(alice2.deviceCert)); t.set(cert(bob2), await f.blob(bob2.deviceCert)) }
    }), 'VOTE_BAD_PATH')
    await f.rejected(await f.forge(alice2, {
      message: vote,
      edit: async (t) => { t.set(votePath, await f.blob('')); t.set(cert(alice2), await f.blob(bob2.deviceCert)) }
    }), 'CERT_INVALID')
    // a member's device certificate issued by another account
    await f.rejected(await f.forge({ uri: bob.uri, deviceId: alice2.deviceId, device: alice2.device }, {
      message: { type: 'member', action: 'remove', uri: bob.uri },
      edit: async (t) => { t.delete(`members/${bob.uri}.crt`); t.set(cert(alice2), await f.blob(alice2.deviceCert)) }
    }), 'CERT_CHAIN_INVALID')
    // without its certificate a new device is unknown
    await f.rejected(await f.forge(alice2, { message: vote, edit: async (t) => { t.set(votePath, await f.blob('')) } }), 'DEVICE_UNKNOWN')
    await f.valid(await f.forge(alice2, { message: vote, edit: async (t) => { t.set(votePath, await f.blob('')); t.set(cert(alice2), await f.blob(alice2.deviceCert)) } }))
  })

  it('may sign a merge carrying its own certificate when the merge of the parents lacks it', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    await promote(f, [alice], bob)
    const [, a, b] = await fork(f,
      async () => { await f.conv.sendMessage(alice, { type: 'text/plain', body: 'a' }, f.check) },
      async () => { await f.conv.sendMessage(bob, { type: 'text/plain', body: 'b' }, f.check) })
    expect((await mergeTree(f.repo, [a, b])).tree.has(cert(bob2))).toBe(false)
    await f.rejected(await f.merge(bob2, [a, b]), 'DEVICE_UNKNOWN')
    const withCert = async (t: Map<string, { oid: string, mode: string }>): Promise<void> => { t.set(cert(bob2), await f.blob(bob2.deviceCert)) }
    await f.valid(await f.merge(bob2, [a, b], { edit: withCert }))
    await f.valid(await f.merge(bob2, [b, a], { edit: withCert }))
    // only its own: another device's certificate, or its own under a foreign key, is content of its own
    await f.rejected(await f.merge(bob, [a, b], { edit: withCert }), 'MERGE_OWN_CONTENT')
    await f.rejected(await f.merge(bob2, [a, b], { edit: async (t) => { await withCert(t); t.set(cert(alice2), await f.blob(alice2.deviceCert)) } }), 'MERGE_OWN_CONTENT')
    await f.rejected(await f.merge(bob2, [a, b], { edit: async (t) => { t.set(cert(bob2), await f.blob(alice2.deviceCert)) } }), 'CERT_INVALID')
    // a device of an account that is not in the conversation
    const carol2 = await otherDevice(carol)
    await f.rejected(await f.merge(carol2, [a, b], { edit: async (t) => { t.set(cert(carol2), await f.blob(carol2.deviceCert)) } }), 'AUTHOR_NOT_MEMBER')
  })
})
