// Conflicting bans across a partition (SPEC.md §6): A bans D in one partition while D bans A
// in the other. After the merge every device must compute the same state: the resolution that
// comes first in (generation, commit id) order wins; a resolution whose committer it banned is
// void, and the merge undoes it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mergeTree, validateRange, verifyRepository } from '../src/index.ts'
import { cleanup, person, promote, withMembers, type Fixture, type Person } from './fixture.ts'

let alice: Person
let bob: Person
let dave: Person
let erin: Person
beforeAll(async () => {
  [alice, bob, dave, erin] = await Promise.all([person('alice'), person('bob'), person('dave'), person('erin')])
})
afterAll(cleanup)

/**
 * Admins alice, bob and dave. Before the partition bob votes to ban both alice and dave. Then
 * alice (with her vote, 2 of 3) bans dave on one side, and dave bans alice on the other.
 * `extraOnAliceSide` adds commits before alice's vote, so her resolution gets a later generation.
 */
async function conflictingBans (opts: { extraOnAliceSide?: number } = {}): Promise<{ f: Fixture, base: string, banDave: string, banAlice: string, aliceSide: string[], daveSide: string[] }> {
  const f = await withMembers(alice, 'INVITES_ONLY', bob, dave, erin)
  await promote(f, [alice], bob)
  await promote(f, [alice, bob], dave)
  await f.conv.vote(bob, 'ban', dave.uri, f.check)
  await f.conv.vote(bob, 'ban', alice.uri, f.check)
  const base = await f.head()
  // alice's partition
  const aliceSide: string[] = []
  for (let i = 0; i < (opts.extraOnAliceSide ?? 0); i++) aliceSide.push(await f.conv.sendMessage(alice, { type: 'text/plain', body: `a${i}` }, f.check))
  aliceSide.push(await f.conv.vote(alice, 'ban', dave.uri, f.check))
  const banDave = await f.conv.resolveVote(alice, 'ban', dave.uri, f.check)
  aliceSide.push(banDave)
  // dave's partition
  await f.reset(base)
  const daveSide = [await f.conv.vote(dave, 'ban', alice.uri, f.check)]
  const banAlice = await f.conv.resolveVote(dave, 'ban', alice.uri, f.check)
  daveSide.push(banAlice)
  return { f, base, banDave, banAlice, aliceSide, daveSide }
}

describe('conflicting bans across a partition', () => {
  it('keeps the resolution that comes first (same generation: the lower commit id) and voids the other', async () => {
    const { f, base, banDave, banAlice, aliceSide, daveSide } = await conflictingBans()
    // both branches are valid on their own
    expect(await validateRange(f.repo, { bases: [base], tips: [banDave] })).toEqual({ checked: 2 })
    expect(await validateRange(f.repo, { bases: [base], tips: [banAlice] })).toEqual({ checked: 2 })

    const first = banDave < banAlice ? banDave : banAlice
    const [winner, loser] = first === banDave ? [alice, dave] : [dave, alice]
    const merged = await mergeTree(f.repo, [banDave, banAlice])
    // the loser's resolution is void, and so is its vote: every commit of the loser concurrent with its ban
    expect(merged.voided).toEqual((first === banDave ? daveSide : aliceSide).sort())
    expect(merged.tree.has(`admins/${winner.uri}.crt`)).toBe(true)
    expect(merged.tree.has(`banned/admins/${winner.uri}.crt`)).toBe(false)
    expect(merged.tree.has(`banned/admins/${loser.uri}.crt`)).toBe(true)
    expect(merged.tree.has(`admins/${loser.uri}.crt`)).toBe(false)
    // bob's vote against the winner, removed by the void resolution, is back
    expect(merged.tree.has(`votes/ban/admins/${winner.uri}/${bob.uri}`)).toBe(true)

    // the same tree whichever parent comes first
    const reversed = await mergeTree(f.repo, [banAlice, banDave])
    expect([...reversed.tree].sort()).toEqual([...merged.tree].sort())

    // bob (admin on both sides) merges; so may the winner; the loser cannot
    const m = await f.merge(bob, [banDave, banAlice], { setHead: true })
    await f.valid(m)
    await f.valid(await f.merge(winner, [banAlice, banDave]))
    await f.rejected(await f.merge(loser, [banAlice, banDave]), 'AUTHOR_BANNED')

    // a merge that keeps both bans (a plain three-way merge), or the opposite verdict, is refused
    const both = await f.merge(bob, [banDave, banAlice], {
      edit: (t) => { t.set(`banned/admins/${winner.uri}.crt`, t.get(`admins/${winner.uri}.crt`)!); t.delete(`admins/${winner.uri}.crt`); t.delete(`votes/ban/admins/${winner.uri}/${bob.uri}`) }
    })
    await f.rejected(both, 'MERGE_OWN_CONTENT')
    const opposite = await f.merge(bob, [banDave, banAlice], {
      edit: (t) => {
        t.set(`banned/admins/${winner.uri}.crt`, t.get(`admins/${winner.uri}.crt`)!); t.delete(`admins/${winner.uri}.crt`)
        t.set(`admins/${loser.uri}.crt`, t.get(`banned/admins/${loser.uri}.crt`)!); t.delete(`banned/admins/${loser.uri}.crt`)
      }
    })
    await f.rejected(opposite, 'MERGE_OWN_CONTENT')

    // after the merge the loser is banned, the winner goes on
    await f.rejected(await f.forge(loser, { message: { type: 'text/plain', body: 'hello?' } }), 'AUTHOR_BANNED')
    await f.valid(await f.forge(winner, { message: { type: 'text/plain', body: 'still here' } }))
    // a newcomer replaying everything computes the same
    expect(await verifyRepository(f.conv.dir)).toMatchObject({ ok: true })
  })

  it('orders by generation first: the resolution with fewer commits since the fork wins, whatever the ids', async () => {
    const { f, banDave, banAlice, aliceSide } = await conflictingBans({ extraOnAliceSide: 2 })
    const merged = await mergeTree(f.repo, [banDave, banAlice])
    // alice's resolution is void, her messages and vote concurrent with her ban too
    expect(merged.voided).toEqual([...aliceSide].sort())
    expect(merged.voided).toContain(banDave)
    expect(merged.tree.has(`banned/admins/${alice.uri}.crt`)).toBe(true)
    expect(merged.tree.has(`admins/${dave.uri}.crt`)).toBe(true)
    await f.valid(await f.merge(dave, [banDave, banAlice]))
    await f.rejected(await f.merge(alice, [banDave, banAlice]), 'AUTHOR_BANNED')
  })

  it('voids every later resolution of the banned committer on its side, and nothing that is not in conflict', async () => {
    const { f, base, banDave, banAlice, aliceSide } = await conflictingBans({ extraOnAliceSide: 2 })
    // dave wins (fewer commits): on alice's side, a later resolution by alice is void too
    await f.reset(banDave)
    const aliceVote = await f.conv.vote(alice, 'ban', erin.uri, f.check)
    const bobVote = await f.conv.vote(bob, 'ban', erin.uri, f.check)
    const banErin = await f.conv.resolveVote(alice, 'ban', erin.uri, f.check)
    const merged = await mergeTree(f.repo, [banErin, banAlice])
    expect(merged.voided).toEqual([...aliceSide, aliceVote, banErin].sort())
    expect(merged.voided).not.toContain(bobVote) // bob is banned nowhere
    expect(merged.tree.has(`members/${erin.uri}.crt`)).toBe(true)
    // two admins banning the same member on both sides: no conflict
    await f.reset(base)
    await f.conv.vote(alice, 'ban', erin.uri, f.check)
    await f.conv.vote(bob, 'ban', erin.uri, f.check)
    const x = await f.conv.resolveVote(alice, 'ban', erin.uri, f.check)
    await f.reset(base)
    await f.conv.vote(dave, 'ban', erin.uri, f.check)
    await f.conv.vote(bob, 'ban', erin.uri, f.check)
    const y = await f.conv.resolveVote(bob, 'ban', erin.uri, f.check)
    const agreed = await mergeTree(f.repo, [x, y])
    expect(agreed.voided).toEqual([])
    expect(agreed.tree.has(`banned/members/${erin.uri}.crt`)).toBe(true)
    await f.valid(await f.merge(alice, [x, y]))
  })
})
