// createValidator: the edge checks of the validator service (repo_path confinement) and its answers.
import { cp, mkdir, readFile, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Conversation } from '@skarm/conversation'
import { createValidator } from '../src/index.ts'
import { Fixture, cleanup, impostor, person, tmp, type Person } from './fixture.ts'

let alice: Person
let mallory: Person
let dataDir: string
let f: Fixture
beforeAll(async () => {
  [alice, mallory] = await Promise.all([person('alice'), person('mallory')])
  dataDir = await tmp()
  f = new Fixture(await Conversation.create(join(dataDir, 'conversations'), alice, { mode: 'INVITES_ONLY' }))
  await f.conv.sendMessage(alice, { type: 'text/plain', body: 'hi' }, f.check)
})
afterAll(cleanup)

describe('validator service', () => {
  it('answers ok with the number of commits checked, for a path inside conversations/ or quarantine/', async () => {
    const v = createValidator({ dataDir })
    const head = await f.head()
    expect(await v.validateRange({ repoPath: f.conv.dir, bases: [], tips: [head] })).toEqual({ ok: true, checked: 2, invalidCommit: '', rule: '', message: '' })
    expect(await v.validateRange({ repoPath: `conversations/${f.conv.id}`, bases: [f.conv.id], tips: [head] })).toMatchObject({ ok: true, checked: 1 })
    const q = join(dataDir, 'quarantine', 'fetch-1')
    await mkdir(join(dataDir, 'quarantine'), { recursive: true })
    await cp(f.conv.dir, q, { recursive: true })
    expect(await v.validateRange({ repoPath: q, bases: [], tips: [head] })).toMatchObject({ ok: true, checked: 2 })
  })

  it('answers a rejection as ok=false naming the commit and the rule', async () => {
    const v = createValidator({ dataDir })
    const bad = await f.forge(impostor(alice, mallory), { message: { type: 'text/plain', body: 'forged' } })
    const r = await v.validateRange({ repoPath: f.conv.dir, bases: [await f.head()], tips: [bad] })
    expect(r).toMatchObject({ ok: false, checked: 0, invalidCommit: bad, rule: 'COMMIT_BAD_SIGNATURE' })
    expect(r.message).toMatch(/does not verify|another key/)
  })

  it('refuses any repository outside conversations/ and quarantine/ with InvalidInputError', async () => {
    const v = createValidator({ dataDir })
    const outside = await tmp()
    await cp(f.conv.dir, join(outside, 'repo'), { recursive: true })
    await symlink(join(outside, 'repo'), join(dataDir, 'conversations', 'escape'))
    for (const repoPath of [join(outside, 'repo'), `conversations/../../${outside}`, join(dataDir, 'conversations'), dataDir, join(dataDir, 'identity'), '/etc', '', join(dataDir, 'conversations', 'escape'), join(dataDir, 'conversations', '..', 'conversations-x')]) {
      await expect(v.validateRange({ repoPath, bases: [], tips: [await f.head()] })).rejects.toMatchObject({ code: 'REPO_PATH_INVALID', kind: 'invalid' })
    }
    await expect(v.validateRange({ bases: [], tips: [] })).rejects.toMatchObject({ code: 'REPO_PATH_INVALID' })
  })

  it('reports a missing repository and malformed ids as errors, not rejections', async () => {
    const v = createValidator({ dataDir })
    await expect(v.validateRange({ repoPath: join(dataDir, 'conversations', 'f'.repeat(40)), bases: [], tips: [] })).rejects.toMatchObject({ code: 'REPO_NOT_FOUND', kind: 'not_found' })
    await expect(v.validateRange({ repoPath: f.conv.dir, bases: ['main'], tips: [] })).rejects.toMatchObject({ code: 'RANGE_INVALID', kind: 'invalid' })
  })

  it('reads pushed objects (in memory) and a quarantine\'s alternates before the repository\'s own', async () => {
    const v = createValidator({ dataDir })
    const base = await f.head()
    // a commit made on a copy: the conversation itself does not hold it
    const copyDir = join(dataDir, 'quarantine', 'copy')
    await cp(f.conv.dir, copyDir, { recursive: true })
    const copy = await Conversation.open(copyDir)
    const next = await copy.sendMessage(alice, { type: 'text/plain', body: 'pushed' })
    const data = await readFile(join(copyDir, 'objects', next.slice(0, 2), next.slice(2)))
    expect(await v.validateRange({ repoPath: f.conv.dir, bases: [base], tips: [next] })).toMatchObject({ ok: false, rule: 'OBJECT_MISSING' })
    expect(await v.validateRange({ repoPath: f.conv.dir, bases: [base], tips: [next], objects: [{ oid: next, data }] })).toMatchObject({ ok: true, checked: 1 })
    const other = await readFile(join(f.conv.dir, 'objects', base.slice(0, 2), base.slice(2)))
    expect(await v.validateRange({ repoPath: f.conv.dir, bases: [base], tips: [next], objects: [{ oid: next, data: other }] })).toMatchObject({ ok: false, rule: 'OBJECT_CORRUPT' })
    await expect(v.validateRange({ repoPath: f.conv.dir, bases: [base], tips: [next], objects: [{ oid: 'x', data }] })).rejects.toThrow(/objects are/)
    // a quarantine holding only the new object, the rest through objects/info/alternates
    const q = join(dataDir, 'quarantine', 'alt')
    await mkdir(join(q, 'objects', 'info'), { recursive: true })
    await mkdir(join(q, 'objects', next.slice(0, 2)), { recursive: true })
    await writeFile(join(q, 'objects', 'info', 'alternates'), join(f.conv.dir, 'objects') + '\n')
    await writeFile(join(q, 'objects', next.slice(0, 2), next.slice(2)), data)
    expect(await v.validateRange({ repoPath: q, bases: [base], tips: [next] })).toMatchObject({ ok: true, checked: 1 })
  })

  it('refuses a commit whose new tree it knows from another repository when this one lacks it', async () => {
    const v = createValidator({ dataDir })
    const base = await f.head()
    // a profile change (a new tree and blob) made on a copy and validated there: the validator
    // now caches that tree
    const one = join(dataDir, 'quarantine', 'one')
    await cp(f.conv.dir, one, { recursive: true })
    const copy = await Conversation.open(one)
    const next = await copy.updateProfile(alice, 'BEGIN:VCARD\nVERSION:2.1\nFN:Elsewhere\nEND:VCARD\n')
    expect(await v.validateRange({ repoPath: one, bases: [base], tips: [next] })).toMatchObject({ ok: true, checked: 1 })
    // another repository holding the commit object only
    const two = join(dataDir, 'quarantine', 'two')
    await mkdir(join(two, 'objects', 'info'), { recursive: true })
    await mkdir(join(two, 'objects', next.slice(0, 2)), { recursive: true })
    await writeFile(join(two, 'objects', 'info', 'alternates'), join(f.conv.dir, 'objects') + '\n')
    await writeFile(join(two, 'objects', next.slice(0, 2), next.slice(2)), await readFile(join(one, 'objects', next.slice(0, 2), next.slice(2))))
    const r = await v.validateRange({ repoPath: two, bases: [base], tips: [next] })
    expect(r).toMatchObject({ ok: false, rule: 'OBJECT_MISSING', invalidCommit: next })
  })
})
