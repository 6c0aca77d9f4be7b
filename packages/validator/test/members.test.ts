// member add / join / remove per mode, and profile updates (SPEC.md §5).
import { afterAll, describe, expect, it } from 'vitest'
import type { FlatTree } from '@skarm/conversation'
import { Fixture, cleanup, otherDevice, persons, promote, withMembers, type Person } from './fixture.ts'

const [alice, bob, carol, dave] = await persons('alice', 'bob', 'carol', 'dave')
afterAll(cleanup)

const add = (uri: string): { type: string, action: string, uri: string } => ({ type: 'member', action: 'add', uri })
const join = (uri: string): { type: string, action: string, uri: string } => ({ type: 'member', action: 'join', uri })
const remove = (uri: string): { type: string, action: string, uri: string } => ({ type: 'member', action: 'remove', uri })

function invite (f: Fixture, uri: string) {
  return async (t: FlatTree): Promise<void> => { t.set(`invited/${uri}`, await f.blob('')) }
}

function joining (f: Fixture, who: Person, accountCert = who.accountCert, deviceCert = who.deviceCert) {
  return async (t: FlatTree): Promise<void> => {
    t.delete(`invited/${who.uri}`)
    t.set(`members/${who.uri}.crt`, await f.blob(accountCert))
    t.set(`devices/${who.deviceId}.crt`, await f.blob(deviceCert))
  }
}

describe('member add', () => {
  it('lets any member invite in INVITES_ONLY and PUBLIC', async () => {
    for (const mode of ['INVITES_ONLY', 'PUBLIC'] as const) {
      const f = await withMembers(alice, mode, bob)
      await f.valid(await f.conv.addMember(bob, carol.uri, f.check))
    }
  })

  it('lets only admins invite in ADMIN_INVITES_ONLY (ADD_NOT_ADMIN)', async () => {
    const f = await withMembers(alice, 'ADMIN_INVITES_ONLY', bob)
    await f.rejected(await f.forge(bob, { message: add(carol.uri), edit: invite(f, carol.uri) }), 'ADD_NOT_ADMIN')
    await f.valid(await f.conv.addMember(alice, carol.uri, f.check))
  })

  it('keeps a ONE_TO_ONE to its two participants, ever (ONE_TO_ONE_FULL)', async () => {
    const f = await withMembers(alice, 'ONE_TO_ONE', bob)
    await f.rejected(await f.forge(alice, { message: add(carol.uri), edit: invite(f, carol.uri) }), 'ONE_TO_ONE_FULL')
    await f.rejected(await f.forge(bob, { message: add(carol.uri), edit: invite(f, carol.uri) }), 'ONE_TO_ONE_FULL')
    // the peer leaves and is invited back: still the same two people
    await f.conv.leave(bob, f.check)
    await f.valid(await f.conv.addMember(alice, bob.uri, f.check))
    await f.valid(await f.conv.join(bob, f.check))
    // even after both left and came back, nobody else
    await f.conv.leave(bob, f.check)
    await f.rejected(await f.forge(alice, { message: add(dave.uri), edit: invite(f, dave.uri) }), 'ONE_TO_ONE_FULL')
  })

  it('rejects inviting someone already there or banned', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob, carol)
    await f.conv.vote(alice, 'ban', carol.uri, f.check)
    await f.conv.resolveVote(alice, 'ban', carol.uri, f.check)
    await f.conv.addMember(alice, dave.uri, f.check)
    for (const uri of [alice.uri, bob.uri, dave.uri]) await f.rejected(await f.forge(alice, { message: add(uri), edit: invite(f, uri) }), 'ADD_ALREADY_MEMBER')
    await f.rejected(await f.forge(alice, { message: add(carol.uri), edit: invite(f, carol.uri) }), 'ADD_TARGET_BANNED')
  })

  it('rejects an add with other changes or a non-empty invitation', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    await f.rejected(await f.forge(alice, { message: add(carol.uri), edit: async (t) => { await invite(f, carol.uri)(t); t.set(`members/${carol.uri}.crt`, await f.blob(carol.accountCert)) } }), 'COMMIT_UNEXPECTED_FILE')
    await f.rejected(await f.forge(alice, { message: add(carol.uri), edit: invite(f, dave.uri) }), 'COMMIT_UNEXPECTED_FILE')
    await f.rejected(await f.forge(alice, { message: add(carol.uri), edit: async (t) => { t.set(`invited/${carol.uri}`, await f.blob('welcome')) } }), 'COMMIT_UNEXPECTED_FILE')
    await f.rejected(await f.forge(alice, { message: add('carol') }), 'COMMIT_BAD_FIELD')
    await f.rejected(await f.forge(alice, { message: { type: 'member', action: 'kick', uri: bob.uri } }), 'COMMIT_BAD_FIELD')
  })
})

describe('member join', () => {
  it('accepts an invited account joining with its own device', async () => {
    const f = await withMembers(alice, 'ADMIN_INVITES_ONLY')
    await f.conv.addMember(alice, bob.uri, f.check)
    await f.valid(await f.conv.join(bob, f.check))
  })

  it('needs no invitation in PUBLIC only (JOIN_NOT_INVITED)', async () => {
    const pub = await withMembers(alice, 'PUBLIC')
    await pub.valid(await pub.conv.join(bob, pub.check))
    for (const mode of ['INVITES_ONLY', 'ADMIN_INVITES_ONLY'] as const) {
      const f = await withMembers(alice, mode)
      await f.rejected(await f.forge(bob, { message: join(bob.uri), edit: joining(f, bob) }), 'JOIN_NOT_INVITED')
    }
    const one = await withMembers(alice, 'ONE_TO_ONE', bob)
    await one.rejected(await one.forge(carol, { message: join(carol.uri), edit: joining(one, carol) }), 'JOIN_NOT_INVITED')
  })

  it('rejects a join with another account\'s device or in another account\'s name (JOIN_WRONG_DEVICE)', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY')
    await f.conv.addMember(alice, bob.uri, f.check)
    // bob's account certificate, carol's device signing
    const wrongDevice = await f.forge({ uri: bob.uri, deviceId: carol.deviceId, device: carol.device }, {
      message: join(bob.uri),
      edit: async (t) => {
        t.delete(`invited/${bob.uri}`)
        t.set(`members/${bob.uri}.crt`, await f.blob(bob.accountCert))
        t.set(`devices/${carol.deviceId}.crt`, await f.blob(carol.deviceCert))
      }
    })
    await f.rejected(wrongDevice, 'JOIN_WRONG_DEVICE')
    await f.rejected(await f.forge(carol, { message: join(bob.uri), edit: joining(f, carol) }), 'JOIN_WRONG_DEVICE')
  })

  it('rejects a join whose member certificate is another account\'s (CERT_INVALID)', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY')
    await f.conv.addMember(alice, bob.uri, f.check)
    await f.rejected(await f.forge(bob, { message: join(bob.uri), edit: joining(f, bob, carol.accountCert) }), 'CERT_INVALID')
  })

  it('rejects a join with other changes, keeping the invitation, or twice', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY')
    await f.conv.addMember(alice, bob.uri, f.check)
    await f.conv.addMember(alice, carol.uri, f.check)
    await f.rejected(await f.forge(bob, { message: join(bob.uri), edit: async (t) => { await joining(f, bob)(t); t.delete(`invited/${carol.uri}`) } }), 'COMMIT_UNEXPECTED_FILE')
    await f.rejected(await f.forge(bob, { message: join(bob.uri), edit: async (t) => { await joining(f, bob)(t); t.set(`invited/${bob.uri}`, await f.blob('')) } }), 'COMMIT_UNEXPECTED_FILE')
    await f.rejected(await f.forge(bob, { message: join(bob.uri), edit: async (t) => { await joining(f, bob)(t); t.set(`admins/${bob.uri}.crt`, await f.blob(bob.accountCert)) } }), 'COMMIT_UNEXPECTED_FILE')
    await f.conv.join(bob, f.check)
    await f.rejected(await f.forge(bob, { message: join(bob.uri), edit: () => {} }), 'JOIN_ALREADY_MEMBER')
  })

  it('rejects a join by a banned account (AUTHOR_BANNED)', async () => {
    const f = await withMembers(alice, 'PUBLIC', bob)
    await f.conv.vote(alice, 'ban', bob.uri, f.check)
    await f.conv.resolveVote(alice, 'ban', bob.uri, f.check)
    const bob2 = await otherDevice(bob)
    await f.rejected(await f.forge(bob2, { message: join(bob.uri), edit: joining(f, bob2) }), 'AUTHOR_BANNED')
  })
})

describe('member remove', () => {
  it('lets a member or an admin leave', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    await f.valid(await f.conv.leave(bob, f.check))
    await f.rejected(await f.forge(bob, { message: { type: 'text/plain', body: 'still here?' } }), 'AUTHOR_NOT_MEMBER')
    await f.valid(await f.conv.leave(alice, f.check))
  })

  it('rejects removing another account (REMOVE_OTHER_ACCOUNT)', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob, carol)
    // an admin cannot remove either: that is what a ban is for
    await f.rejected(await f.forge(alice, { message: remove(bob.uri), edit: (t) => { t.delete(`members/${bob.uri}.crt`) } }), 'REMOVE_OTHER_ACCOUNT')
    await f.rejected(await f.forge(bob, { message: remove(carol.uri), edit: (t) => { t.delete(`members/${carol.uri}.crt`) } }), 'REMOVE_OTHER_ACCOUNT')
    // in one's own name, taking someone else's files along
    await f.rejected(await f.forge(bob, { message: remove(bob.uri), edit: (t) => { t.delete(`members/${bob.uri}.crt`); t.delete(`members/${carol.uri}.crt`) } }), 'REMOVE_OTHER_ACCOUNT')
    await f.rejected(await f.forge(bob, { message: remove(bob.uri), edit: (t) => { t.delete(`members/${bob.uri}.crt`); t.delete(`devices/${carol.deviceId}.crt`) } }), 'REMOVE_OTHER_ACCOUNT')
  })

  it('rejects a remove that does not take the signer out, or adds files', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    await f.rejected(await f.forge(bob, { message: remove(bob.uri), edit: () => {} }), 'REMOVE_INCOMPLETE')
    await f.rejected(await f.forge(bob, { message: remove(bob.uri), edit: async (t) => { t.delete(`members/${bob.uri}.crt`); t.set('profile.vcf', await f.blob('x')) } }), 'COMMIT_UNEXPECTED_FILE')
  })
})

describe('profile update', () => {
  const vcard = 'BEGIN:VCARD\nVERSION:2.1\nFN:Team\nEND:VCARD\n'

  it('lets admins update /profile.vcf', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    await f.valid(await f.conv.updateProfile(alice, vcard, f.check))
    await promote(f, [alice], bob)
    await f.valid(await f.conv.updateProfile(bob, vcard.replace('Team', 'Crew'), f.check))
  })

  it('rejects an update by a member (PROFILE_NOT_ADMIN)', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    await f.rejected(await f.forge(bob, { message: { type: 'application/update-profile' }, edit: async (t) => { t.set('profile.vcf', await f.blob(vcard)) } }), 'PROFILE_NOT_ADMIN')
  })

  it('rejects an update that carries another file (PROFILE_EXTRA_FILE)', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    const oid = await f.forge(alice, {
      message: { type: 'application/update-profile' },
      edit: async (t) => { t.set('profile.vcf', await f.blob(vcard)); t.set('avatar.png', await f.blob('png')) }
    })
    const err = await f.rejected(oid, 'PROFILE_EXTRA_FILE')
    expect(err.message).toMatch(/avatar\.png/)
    await f.rejected(await f.forge(alice, { message: { type: 'application/update-profile' }, edit: async (t) => { t.set('profile.vcf', await f.blob(vcard)); t.delete(`members/${bob.uri}.crt`) } }), 'PROFILE_EXTRA_FILE')
  })

  it('rejects a profile larger than 1 MiB (BLOB_TOO_LARGE)', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY')
    const big = vcard.replace('FN:Team', 'PHOTO:' + 'A'.repeat(1024 * 1024))
    await f.rejected(await f.forge(alice, { message: { type: 'application/update-profile' }, edit: async (t) => { t.set('profile.vcf', await f.blob(big)) } }), 'BLOB_TOO_LARGE')
  })
})
