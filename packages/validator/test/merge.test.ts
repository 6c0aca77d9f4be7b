// Merge commits (2 parents): no content of their own, signed by a member (SPEC.md §5, §7).
import { afterAll, describe, expect, it } from 'vitest'
import { diffFlat } from '@skarm/conversation'
import { mergeTree, validateRange } from '../src/index.ts'
import { cleanup, fork, persons, withMembers } from './fixture.ts'

const [alice, bob, carol, dave, mallory] = await persons('alice', 'bob', 'carol', 'dave', 'mallory')
afterAll(cleanup)

describe('merge', () => {
  it('accepts the deterministic merge of two branches, whichever parent comes first and whoever merges', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    const [base, a, b] = await fork(f,
      async () => { await f.conv.sendMessage(alice, { type: 'text/plain', body: 'a1' }, f.check); await f.conv.addMember(alice, carol.uri, f.check) },
      async () => { await f.conv.sendMessage(bob, { type: 'text/plain', body: 'b1' }, f.check); await f.conv.addMember(bob, dave.uri, f.check) })
    const m1 = await f.merge(alice, [a, b])
    const m2 = await f.merge(bob, [b, a])
    await f.valid(m1)
    await f.valid(m2)
    const t1 = await f.tree(m1)
    expect(diffFlat(t1, await f.tree(m2))).toEqual({ added: [], removed: [], modified: [] })
    expect(t1.has(`invited/${carol.uri}`) && t1.has(`invited/${dave.uri}`)).toBe(true)
    // the history goes on from the merge
    await f.reset(m1)
    await f.valid(await f.conv.join(carol, f.check))
    expect(await validateRange(f.repo, { bases: [base], tips: [await f.head()] })).toEqual({ checked: 6 })
  })

  it('accepts a merge whose one parent is an ancestor of the other', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    const base = await f.head()
    await f.conv.addMember(alice, carol.uri, f.check)
    const m = await f.merge(bob, [base, await f.head()])
    await f.valid(m)
    expect((await f.tree(m)).has(`invited/${carol.uri}`)).toBe(true)
  })

  it('rejects content of its own: an added, changed or dropped file (MERGE_OWN_CONTENT)', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    const [, a, b] = await fork(f,
      async () => { await f.conv.addMember(alice, carol.uri, f.check) },
      async () => { await f.conv.sendMessage(bob, { type: 'text/plain', body: 'b' }, f.check) })
    const err = await f.rejected(await f.merge(bob, [a, b], { edit: async (t) => { t.set(`invited/${dave.uri}`, await f.blob('')) } }), 'MERGE_OWN_CONTENT')
    expect(err.message).toMatch(/outdated or malicious/)
    await f.rejected(await f.merge(bob, [a, b], { edit: async (t) => { t.set('profile.vcf', await f.blob('BEGIN:VCARD\nEND:VCARD\n')) } }), 'MERGE_OWN_CONTENT')
    await f.rejected(await f.merge(bob, [a, b], { edit: async (t) => { t.set(`members/${bob.uri}.crt`, await f.blob(alice.accountCert)) } }), 'MERGE_OWN_CONTENT')
    // "ours": taking one side whole drops the other side's changes
    await f.rejected(await f.forge(bob, { parents: [b, a], tree: await f.tree(b), message: { type: 'merge' } }), 'MERGE_OWN_CONTENT')
  })

  it('cannot undo a ban made on the other side: the banned account cannot merge', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    const [, a, b] = await fork(f,
      async () => { await f.conv.vote(alice, 'ban', bob.uri, f.check); await f.conv.resolveVote(alice, 'ban', bob.uri, f.check) },
      async () => { await f.conv.sendMessage(bob, { type: 'text/plain', body: 'meanwhile' }, f.check) })
    // bob "merges" by keeping himself a member
    const unbanned = await f.merge(bob, [b, a], { edit: (t) => { t.set(`members/${bob.uri}.crt`, t.get(`banned/members/${bob.uri}.crt`)!); t.delete(`banned/members/${bob.uri}.crt`) } })
    await f.rejected(unbanned, 'MERGE_OWN_CONTENT')
    await f.rejected(await f.merge(bob, [b, a]), 'AUTHOR_BANNED')
    // bob's message on the other side stays valid history; alice merges it
    await f.valid(b)
    await f.valid(await f.merge(alice, [a, b]))
  })

  it('is signed by a member of the merged conversation (AUTHOR_NOT_MEMBER, DEVICE_UNKNOWN)', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    const [, a, b] = await fork(f,
      async () => { await f.conv.leave(bob, f.check) },
      async () => { await f.conv.sendMessage(alice, { type: 'text/plain', body: 'x' }, f.check) })
    await f.rejected(await f.merge(bob, [a, b]), 'AUTHOR_NOT_MEMBER')
    await f.rejected(await f.merge(mallory, [a, b]), 'DEVICE_UNKNOWN')
  })

  it('carries the message {"type":"merge"} (MERGE_BAD_TYPE)', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    const [, a, b] = await fork(f,
      async () => { await f.conv.sendMessage(alice, { type: 'text/plain', body: 'a' }, f.check) },
      async () => { await f.conv.sendMessage(bob, { type: 'text/plain', body: 'b' }, f.check) })
    await f.rejected(await f.merge(alice, [a, b], { message: { type: 'text/plain', body: 'sneaky' } }), 'MERGE_BAD_TYPE')
    await f.rejected(await f.merge(alice, [a, b], { message: 'merge\n' }), 'COMMIT_NOT_JSON')
  })

  it('resolves a /profile.vcf conflict with the version of the parent whose id is higher', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    const vcard = (name: string): string => `BEGIN:VCARD\nVERSION:2.1\nFN:${name}\nEND:VCARD\n`
    await f.conv.updateProfile(alice, vcard('Base'), f.check)
    const [, a, b] = await fork(f,
      async () => { await f.conv.updateProfile(alice, vcard('Left'), f.check) },
      async () => { await f.conv.updateProfile(alice, vcard('Right'), f.check) })
    const { tree } = await mergeTree(f.repo, [a, b])
    const winner = a > b ? a : b
    const loser = winner === a ? b : a
    expect(tree.get('profile.vcf')).toEqual((await f.tree(winner)).get('profile.vcf'))
    await f.valid(await f.merge(bob, [loser, winner]))
    await f.rejected(await f.merge(bob, [a, b], { edit: async (t) => { t.set('profile.vcf', (await f.tree(loser)).get('profile.vcf')!) } }), 'MERGE_OWN_CONTENT')
  })

  it('merges criss-cross histories (several merge bases)', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    const [base, a, b] = await fork(f,
      async () => { await f.conv.addMember(alice, carol.uri, f.check) },
      async () => { await f.conv.addMember(bob, dave.uri, f.check) })
    // both devices merge at once, each its own head first
    const ma = await f.merge(alice, [a, b])
    const mb = await f.merge(bob, [b, a])
    await f.reset(ma)
    await f.conv.join(carol, f.check)
    const a2 = await f.head()
    await f.reset(mb)
    await f.conv.join(dave, f.check)
    const b2 = await f.head()
    const { tree, bases } = await mergeTree(f.repo, [a2, b2])
    expect(bases.sort()).toEqual([a, b].sort()) // both heads of the first round are best common ancestors
    expect(tree.has(`members/${carol.uri}.crt`) && tree.has(`members/${dave.uri}.crt`)).toBe(true)
    expect(tree.has(`invited/${carol.uri}`) || tree.has(`invited/${dave.uri}`)).toBe(false)
    const m = await f.merge(carol, [a2, b2], { setHead: true })
    await f.valid(m)
    expect(await validateRange(f.repo, { bases: [base], tips: [m] })).toEqual({ checked: 7 })
  })
})
