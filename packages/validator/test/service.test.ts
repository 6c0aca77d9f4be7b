// createValidator: the edge checks of the validator service (repo_path confinement) and its answers.
import { cp, mkdir, symlink } from 'node:fs/promises'
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
})
