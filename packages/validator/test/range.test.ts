// validateRange (a fetched range) and verifyRepository (a whole history, as a newcomer).
import { execFileSync } from 'node:child_process'
import { cp, mkdir, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CommitRejectedError, validateRange, verifyRepository, ValidationContext } from '../src/index.ts'
import { Fixture, cleanup, impostor, initialTree, person, tmp, withMembers, type Person } from './fixture.ts'

let alice: Person
let bob: Person
let mallory: Person
beforeAll(async () => {
  [alice, bob, mallory] = await Promise.all([person('alice'), person('bob'), person('mallory')])
})
afterAll(cleanup)

async function texts (f: Fixture, who: Person, n: number): Promise<string[]> {
  const out: string[] = []
  for (let i = 0; i < n; i++) out.push(await f.conv.sendMessage(who, { type: 'text/plain', body: `m${i}` }, f.check))
  return out
}

describe('validateRange', () => {
  it('validates what the tips add to the bases, oldest first', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    const base = await f.head()
    const added = await texts(f, bob, 5)
    expect(await validateRange(f.repo, { bases: [base], tips: [added[4]!] })).toEqual({ checked: 5 })
    expect(await validateRange(f.repo, { bases: [], tips: [added[4]!] })).toEqual({ checked: 8 })
    expect(await validateRange(f.repo, { bases: [added[4]!], tips: [added[4]!] })).toEqual({ checked: 0 })
    expect(await validateRange(f.repo, { bases: [added[4]!], tips: [added[1]!] })).toEqual({ checked: 0 })
    expect(await validateRange(f.repo, { bases: [base], tips: [] })).toEqual({ checked: 0 })
  })

  it('leaves out known commits when a branch forked below a base, and with several bases and tips', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    const old = await texts(f, alice, 3)
    const local = (await texts(f, alice, 3))[2]!
    await f.reset(old[1]!)
    const fetched = await texts(f, bob, 2)
    expect(await validateRange(f.repo, { bases: [local], tips: [fetched[1]!] })).toEqual({ checked: 2 })
    await f.reset(old[0]!)
    const other = await texts(f, bob, 4)
    expect(await validateRange(f.repo, { bases: [local, fetched[1]!], tips: [other[3]!, fetched[1]!] })).toEqual({ checked: 4 })
    expect(await validateRange(f.repo, { bases: [local], tips: [other[3]!, fetched[1]!] })).toEqual({ checked: 6 })
  })

  it('throws the first invalid commit, parents before children', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    const base = await f.head()
    await texts(f, bob, 2)
    const bad = await f.forge(impostor(bob, mallory), { message: { type: 'text/plain', body: 'forged' }, setHead: true })
    const after = await f.forge(bob, { message: { type: 'text/plain', body: 'after' }, setHead: true })
    const err = await validateRange(f.repo, { bases: [base], tips: [after] }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(CommitRejectedError)
    expect(err).toMatchObject({ code: 'COMMIT_BAD_SIGNATURE', kind: 'forbidden', data: { commit: bad } })
  })

  it('refuses a second initial commit and a history that starts elsewhere', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    const head = await f.head()
    const otherRoot = await f.forge(mallory, {
      parents: [],
      tree: await initialTree(f, mallory),
      message: { type: 'initial', mode: 3 }
    })
    const merge = await f.forge(alice, { parents: [head, otherRoot], message: { type: 'merge' } })
    await expect(validateRange(f.repo, { bases: [head], tips: [merge] })).rejects.toMatchObject({ code: 'COMMIT_BAD_PARENTS', data: { commit: otherRoot } })
    await expect(validateRange(f.repo, { bases: [], tips: [merge] })).rejects.toMatchObject({ code: 'COMMIT_BAD_PARENTS' })
    await expect(validateRange(f.repo, { bases: [], tips: [otherRoot], conversationId: f.conv.id })).rejects.toMatchObject({ code: 'CONVERSATION_MISMATCH' })
    expect(await validateRange(f.repo, { bases: [], tips: [otherRoot] })).toEqual({ checked: 1 })
  })

  it('refuses ids that are not commit ids with InvalidInputError', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY')
    await expect(validateRange(f.repo, { bases: ['HEAD'], tips: [await f.head()] })).rejects.toMatchObject({ code: 'RANGE_INVALID', kind: 'invalid' })
    await expect(validateRange(f.repo, { bases: [], tips: ['../../etc'] })).rejects.toMatchObject({ code: 'RANGE_INVALID' })
  })

  it('shares a context: certificates are parsed once per blob across commits', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    await texts(f, bob, 20)
    const ctx = new ValidationContext()
    await validateRange(f.repo, { bases: [], tips: [await f.head()] }, ctx)
    expect(ctx.deviceCerts.size).toBe(2)
    expect(ctx.accountCerts.size).toBe(2)
    expect(ctx.trees.size).toBeLessThanOrEqual(4)
  })
})

describe('verifyRepository', () => {
  it('replays a whole history as a newcomer would', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    await texts(f, bob, 3)
    const r = await verifyRepository(f.conv.dir)
    expect(r).toMatchObject({ ok: true, commits: 6 })
    if (r.ok) expect(r.seconds).toBeGreaterThanOrEqual(0)
  })

  it('names the first invalid commit, its rule and how many were valid before it', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    const bad = await f.forge(bob, { message: 'not json\n', setHead: true })
    await f.forge(bob, { message: { type: 'text/plain', body: 'after' }, setHead: true })
    const r = await verifyRepository(f.conv.dir)
    expect(r).toEqual({ ok: false, commit: bad, rule: 'COMMIT_NOT_JSON', message: expect.stringMatching(/not JSON/), checked: 3 })
  })

  it('reads packed repositories and plain clones', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    await texts(f, bob, 5)
    await f.conv.updateProfile(alice, 'BEGIN:VCARD\nFN:x\nEND:VCARD\n', f.check)
    execFileSync('git', ['-C', f.conv.dir, 'repack', '-a', '-d', '-q'])
    execFileSync('git', ['-C', f.conv.dir, 'prune-packed'])
    expect((await readdir(join(f.conv.dir, 'objects'))).filter((d) => /^[0-9a-f]{2}$/.test(d))).toEqual([])
    expect(await verifyRepository(f.conv.dir)).toMatchObject({ ok: true, commits: 9 })
    const clone = join(await tmp(), 'checkout')
    execFileSync('git', ['clone', '-q', f.conv.dir, clone])
    expect(await verifyRepository(clone)).toMatchObject({ ok: true, commits: 9 })
  })

  it('checks that a folder named like a conversation id holds that conversation', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY')
    const g = await withMembers(bob, 'PUBLIC')
    const wrong = join(await tmp(), g.conv.id)
    await mkdir(wrong)
    await cp(f.conv.dir, wrong, { recursive: true })
    expect(await verifyRepository(wrong)).toMatchObject({ ok: false, rule: 'CONVERSATION_MISMATCH', commit: f.conv.id, checked: 0 })
  })

  it('throws REPO_NOT_FOUND for a folder without history', async () => {
    await expect(verifyRepository(await tmp())).rejects.toMatchObject({ code: 'REPO_NOT_FOUND' })
  })
})
