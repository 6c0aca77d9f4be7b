// Votes and their resolutions: ban, unban, promote (SPEC.md §5–6).
import { afterAll, describe, expect, it } from 'vitest'
import { cleanup, persons, promote, withMembers } from './fixture.ts'

const [alice, bob, carol, dave] = await persons('alice', 'bob', 'carol', 'dave')
afterAll(cleanup)

const vote = (action: string, uri: string): { type: string, action: string, uri: string } => ({ type: 'vote', action, uri })
const resolution = (action: string, uri: string): { type: string, action: string, uri: string } => ({ type: 'member', action, uri })

describe('vote', () => {
  it('accepts an admin\'s vote on a member, an invited account, a device, an admin', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob, carol)
    await promote(f, [alice], carol)
    await f.conv.addMember(alice, dave.uri, f.check)
    for (const target of [bob.uri, dave.uri, bob.deviceId, carol.uri]) await f.valid(await f.conv.vote(alice, 'ban', target, f.check))
  })

  it('rejects a vote by a member who is not an admin (VOTE_NOT_ADMIN)', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob, carol)
    const oid = await f.forge(bob, { message: vote('ban', carol.uri), edit: async (t) => { t.set(`votes/ban/members/${carol.uri}/${bob.uri}`, await f.blob('')) } })
    await f.rejected(oid, 'VOTE_NOT_ADMIN')
    // nor on a promotion, his own or another's
    await f.rejected(await f.forge(bob, { message: vote('promote', carol.uri), edit: async (t) => { t.set(`votes/promote/members/${carol.uri}/${bob.uri}`, await f.blob('')) } }), 'VOTE_NOT_ADMIN')
    await f.rejected(await f.forge(bob, { message: vote('promote', bob.uri), edit: async (t) => { t.set(`votes/promote/members/${bob.uri}/${bob.uri}`, await f.blob('')) } }), 'VOTE_NOT_ADMIN')
  })

  it('rejects a vote file that is not empty (VOTE_FILE_NOT_EMPTY)', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    const oid = await f.forge(alice, { message: vote('ban', bob.uri), edit: async (t) => { t.set(`votes/ban/members/${bob.uri}/${alice.uri}`, await f.blob('yes!')) } })
    await f.rejected(oid, 'VOTE_FILE_NOT_EMPTY')
  })

  it('rejects a vote on oneself, account or device (VOTE_ON_SELF)', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    await f.rejected(await f.forge(alice, { message: vote('ban', alice.uri), edit: async (t) => { t.set(`votes/ban/admins/${alice.uri}/${alice.uri}`, await f.blob('')) } }), 'VOTE_ON_SELF')
    await f.rejected(await f.forge(alice, { message: vote('ban', alice.deviceId), edit: async (t) => { t.set(`votes/ban/devices/${alice.deviceId}/${alice.uri}`, await f.blob('')) } }), 'VOTE_ON_SELF')
  })

  it('rejects a vote file at another path or with other changes (VOTE_BAD_PATH)', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob, carol)
    await promote(f, [alice], carol)
    const edits: Array<(t: Map<string, { oid: string, mode: string }>) => Promise<void> | void> = [
      async (t) => { t.set(`votes/ban/members/${bob.uri}/${carol.uri}`, await f.blob('')) }, // in another admin's name
      async (t) => { t.set(`votes/ban/admins/${bob.uri}/${alice.uri}`, await f.blob('')) }, // wrong kind
      async (t) => { t.set(`votes/unban/members/${bob.uri}/${alice.uri}`, await f.blob('')) }, // wrong action
      () => {}, // no file
      async (t) => {
        t.set(`votes/ban/members/${bob.uri}/${alice.uri}`, await f.blob(''))
        t.set(`votes/ban/members/${bob.uri}/${carol.uri}`, await f.blob(''))
      },
      async (t) => {
        t.set(`votes/ban/members/${bob.uri}/${alice.uri}`, await f.blob(''))
        t.set('profile.vcf', await f.blob('BEGIN:VCARD\nEND:VCARD\n'))
      }
    ]
    for (const edit of edits) await f.rejected(await f.forge(alice, { message: vote('ban', bob.uri), edit }), 'VOTE_BAD_PATH')
    // voting twice: the file exists already
    await f.conv.vote(alice, 'ban', bob.uri, f.check)
    await f.rejected(await f.forge(alice, { message: vote('ban', bob.uri), edit: async (t) => { t.set(`votes/ban/members/${bob.uri}/${alice.uri}`, await f.blob('')) } }), 'VOTE_BAD_PATH')
  })

  it('rejects a vote on someone not in the conversation, an unban vote on someone not banned, a bad action', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    await f.rejected(await f.forge(alice, { message: vote('ban', dave.uri), edit: async (t) => { t.set(`votes/ban/members/${dave.uri}/${alice.uri}`, await f.blob('')) } }), 'VOTE_TARGET_UNKNOWN')
    await f.rejected(await f.forge(alice, { message: vote('unban', bob.uri), edit: async (t) => { t.set(`votes/unban/members/${bob.uri}/${alice.uri}`, await f.blob('')) } }), 'VOTE_TARGET_UNKNOWN')
    await f.rejected(await f.forge(alice, { message: vote('kick', bob.uri), edit: async (t) => { t.set(`votes/kick/members/${bob.uri}/${alice.uri}`, await f.blob('')) } }), 'COMMIT_BAD_FIELD')
    await f.rejected(await f.forge(alice, { message: { type: 'vote', action: 'ban' }, edit: async (t) => { t.set(`votes/ban/members/${bob.uri}/${alice.uri}`, await f.blob('')) } }), 'COMMIT_BAD_FIELD')
  })
})

describe('ban and unban resolutions', () => {
  it('accepts a lone admin\'s ban after its vote, and the unban after the unban vote', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    await f.conv.vote(alice, 'ban', bob.uri, f.check)
    const ban = await f.conv.resolveVote(alice, 'ban', bob.uri, f.check)
    await f.valid(ban)
    const t = await f.tree()
    expect(t.has(`banned/members/${bob.uri}.crt`)).toBe(true)
    expect(t.has(`members/${bob.uri}.crt`)).toBe(false)
    expect([...t.keys()].some((p) => p.startsWith('votes/'))).toBe(false)
    await f.conv.vote(alice, 'unban', bob.uri, f.check)
    await f.valid(await f.conv.resolveVote(alice, 'unban', bob.uri, f.check))
    expect((await f.tree()).has(`members/${bob.uri}.crt`)).toBe(true)
    await f.valid(await f.conv.sendMessage(bob, { type: 'text/plain', body: 'back' }, f.check))
  })

  it('accepts a ban by strictly more than half of the admins (2 of 3)', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob, carol, dave)
    await promote(f, [alice], bob)
    await promote(f, [alice, bob], carol)
    await f.conv.vote(alice, 'ban', dave.uri, f.check)
    await f.rejected(await f.forge(bob, { message: resolution('ban', dave.uri), edit: banEdit(dave.uri, [alice.uri]) }), 'BAN_NO_MAJORITY')
    await f.conv.vote(carol, 'ban', dave.uri, f.check)
    // any admin commits the resolution, not only a voter
    await f.valid(await f.conv.resolveVote(bob, 'ban', dave.uri, f.check))
  })

  it('rejects a ban without a majority, the admin count taken from the parent tree (BAN_NO_MAJORITY)', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob, carol)
    await promote(f, [alice], bob)
    await f.conv.vote(alice, 'ban', carol.uri, f.check)
    // 1 of 2 admins: no majority, even if the commit's own tree dropped the other admin
    await f.rejected(await f.forge(alice, { message: resolution('ban', carol.uri), edit: banEdit(carol.uri, [alice.uri]) }), 'BAN_NO_MAJORITY')
    await f.rejected(await f.forge(alice, {
      message: resolution('ban', carol.uri),
      edit: async (t, repo) => { await banEdit(carol.uri, [alice.uri])(t, repo); t.delete(`admins/${bob.uri}.crt`) }
    }), 'BAN_NO_MAJORITY')
    // without any vote
    const g = await withMembers(alice, 'INVITES_ONLY', bob)
    await g.rejected(await g.forge(alice, { message: resolution('ban', bob.uri), edit: banEdit(bob.uri, []) }), 'BAN_NO_MAJORITY')
  })

  it('does not count the votes of accounts that are no longer admins', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob, carol, dave)
    await promote(f, [alice], bob)
    await promote(f, [alice, bob], carol)
    await f.conv.vote(bob, 'ban', dave.uri, f.check)
    await f.conv.leave(bob, f.check) // bob's vote file stays, bob is no admin any more
    await f.conv.vote(alice, 'ban', dave.uri, f.check)
    // two vote files, but 1 of the 2 admins
    await f.rejected(await f.forge(alice, { message: resolution('ban', dave.uri), edit: banEdit(dave.uri, [alice.uri, bob.uri]) }), 'BAN_NO_MAJORITY')
    await f.conv.vote(carol, 'ban', dave.uri, f.check)
    await f.valid(await f.conv.resolveVote(alice, 'ban', dave.uri, f.check))
  })

  it('rejects a resolution by a member who is not an admin (BAN_NOT_ADMIN)', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob, carol)
    // a member forging a ban without any vote
    await f.rejected(await f.forge(bob, { message: resolution('ban', carol.uri), edit: banEdit(carol.uri, []) }), 'BAN_NOT_ADMIN')
    await f.rejected(await f.forge(bob, { message: resolution('ban', alice.uri), edit: (t) => { t.set(`banned/admins/${alice.uri}.crt`, t.get(`admins/${alice.uri}.crt`)!); t.delete(`admins/${alice.uri}.crt`) } }), 'BAN_NOT_ADMIN')
    await f.conv.vote(alice, 'ban', carol.uri, f.check)
    await f.rejected(await f.forge(bob, { message: resolution('ban', carol.uri), edit: banEdit(carol.uri, [alice.uri]) }), 'BAN_NOT_ADMIN')
  })

  it('rejects a resolution that changes anything but the target\'s file and its votes', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob, carol)
    await f.conv.vote(alice, 'ban', carol.uri, f.check)
    const edits: Array<(t: Map<string, { oid: string, mode: string }>, repo: import('@skarm/conversation').GitRepo) => Promise<void>> = [
      async (t) => { t.set(`banned/members/${carol.uri}.crt`, t.get(`members/${carol.uri}.crt`)!); t.delete(`members/${carol.uri}.crt`) }, // votes kept
      async (t, repo) => { await banEdit(carol.uri, [alice.uri])(t, repo); t.delete(`members/${bob.uri}.crt`) },
      async (t, repo) => { await banEdit(carol.uri, [alice.uri])(t, repo); t.set(`banned/members/${carol.uri}.crt`, await f.blob(bob.accountCert)) },
      async (t) => { t.delete(`members/${carol.uri}.crt`); t.delete(`votes/ban/members/${carol.uri}/${alice.uri}`) } // not moved
    ]
    for (const edit of edits) await f.rejected(await f.forge(alice, { message: resolution('ban', carol.uri), edit }), 'COMMIT_UNEXPECTED_FILE')
    await f.rejected(await f.forge(alice, { message: resolution('ban', dave.uri), edit: async () => {} }), 'BAN_TARGET_UNKNOWN')
  })

  it('rejects an unban without a majority or of someone not banned', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob, carol)
    await f.conv.vote(alice, 'ban', carol.uri, f.check)
    await f.conv.resolveVote(alice, 'ban', carol.uri, f.check)
    await promote(f, [alice], bob)
    await f.conv.vote(alice, 'unban', carol.uri, f.check)
    const unban = async (t: Map<string, { oid: string, mode: string }>): Promise<void> => {
      t.set(`members/${carol.uri}.crt`, t.get(`banned/members/${carol.uri}.crt`)!)
      t.delete(`banned/members/${carol.uri}.crt`)
      t.delete(`votes/unban/members/${carol.uri}/${alice.uri}`)
    }
    await f.rejected(await f.forge(alice, { message: resolution('unban', carol.uri), edit: unban }), 'UNBAN_NO_MAJORITY')
    await f.conv.addMember(alice, dave.uri, f.check)
    await f.conv.join(dave, f.check)
    await f.rejected(await f.forge(dave, { message: resolution('unban', carol.uri), edit: unban }), 'UNBAN_NOT_ADMIN')
    await f.rejected(await f.forge(bob, { message: resolution('unban', bob.uri), edit: async () => {} }), 'UNBAN_TARGET_UNKNOWN')
    await f.conv.vote(bob, 'unban', carol.uri, f.check)
    await f.valid(await f.conv.resolveVote(bob, 'unban', carol.uri, f.check))
  })
})

describe('promote', () => {
  it('moves a member to the admins on a majority', async () => {
    const f = await withMembers(alice, 'ADMIN_INVITES_ONLY', bob)
    await f.conv.vote(alice, 'promote', bob.uri, f.check)
    await f.valid(await f.conv.resolveVote(alice, 'promote', bob.uri, f.check))
    expect((await f.tree()).has(`admins/${bob.uri}.crt`)).toBe(true)
    await f.valid(await f.conv.addMember(bob, carol.uri, f.check))
  })

  it('rejects a promotion without a majority, of an admin, by a member', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob, carol)
    const promoteEdit = (uri: string, voters: string[]) => async (t: Map<string, { oid: string, mode: string }>): Promise<void> => {
      t.set(`admins/${uri}.crt`, t.get(`members/${uri}.crt`)!)
      t.delete(`members/${uri}.crt`)
      for (const v of voters) t.delete(`votes/promote/members/${uri}/${v}`)
    }
    await f.rejected(await f.forge(alice, { message: resolution('promote', bob.uri), edit: promoteEdit(bob.uri, []) }), 'PROMOTE_NO_MAJORITY')
    await f.rejected(await f.forge(alice, { message: vote('promote', alice.uri), edit: async (t) => { t.set(`votes/promote/admins/${alice.uri}/${alice.uri}`, await f.blob('')) } }), 'VOTE_ON_SELF')
    await promote(f, [alice], carol)
    await f.rejected(await f.forge(alice, { message: vote('promote', carol.uri), edit: async (t) => { t.set(`votes/promote/admins/${carol.uri}/${alice.uri}`, await f.blob('')) } }), 'PROMOTE_NOT_MEMBER')
    await f.conv.vote(alice, 'promote', bob.uri, f.check)
    await f.rejected(await f.forge(bob, { message: resolution('promote', bob.uri), edit: promoteEdit(bob.uri, [alice.uri]) }), 'PROMOTE_NOT_ADMIN')
  })

  it('does not exist in a ONE_TO_ONE conversation (PROMOTE_ONE_TO_ONE)', async () => {
    const f = await withMembers(alice, 'ONE_TO_ONE', bob)
    await f.rejected(await f.forge(alice, { message: vote('promote', bob.uri), edit: async (t) => { t.set(`votes/promote/members/${bob.uri}/${alice.uri}`, await f.blob('')) } }), 'PROMOTE_ONE_TO_ONE')
    await f.rejected(await f.forge(alice, {
      message: resolution('promote', bob.uri),
      edit: (t) => { t.set(`admins/${bob.uri}.crt`, t.get(`members/${bob.uri}.crt`)!); t.delete(`members/${bob.uri}.crt`) }
    }), 'PROMOTE_ONE_TO_ONE')
  })
})

/** A ban of a member: its certificate moved under /banned, the listed voters' files removed. */
function banEdit (uri: string, voters: string[]) {
  return async (t: Map<string, { oid: string, mode: string }>, _repo?: unknown): Promise<void> => {
    t.set(`banned/members/${uri}.crt`, t.get(`members/${uri}.crt`)!)
    t.delete(`members/${uri}.crt`)
    for (const v of voters) t.delete(`votes/ban/members/${uri}/${v}`)
  }
}
