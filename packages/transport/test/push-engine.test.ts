// The push path of SyncEngine between two real libp2p nodes (real streams, real git on disk);
// the store and the validator are faked behind SyncBackend.
import { execFile } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { Identity } from '@skarm/identity'
import { afterEach, describe, expect, it } from 'vitest'
import { Backoff, SYNC_ERROR, type BackendHead, type ImportOutcome, type SyncBackend, type SyncEngine, type TransportNode } from '../src/index.ts'
import type { PushedObject } from '../src/sync/push.ts'
import { connect, engineDevice, git, stopEngines, waitFor } from './helpers.ts'

const run = promisify(execFile)
const CONV = 'c'.repeat(40)

interface Calls {
  validate: Array<{ repoPath: string, bases: string[], tips: string[], objects: PushedObject[] }>
  imports: Array<{ repoPath: string, tip: string, objects: PushedObject[] }>
  errors: Array<{ code: number, what: string }>
}

function backend (identity: Identity, repoPath: string, head: () => string, answers: Array<{ ok: boolean, rule: string }>, calls: Calls, heads: () => BackendHead[], outcomes: Array<Partial<ImportOutcome>>): SyncBackend {
  return {
    ownUri: identity.uri,
    ownDeviceId: identity.deviceId,
    listHeads: async () => heads(),
    authorize: async () => ({ allowed: true, repoPath, head: head(), role: 'member' }),
    validateRange: async (path, bases, tips, objects = []) => {
      calls.validate.push({ repoPath: path, bases, tips, objects })
      const a = answers.shift() ?? { ok: true, rule: '' }
      return { ok: a.ok, invalidCommit: a.ok ? '' : tips[0]!, rule: a.rule, message: a.ok ? '' : 'refused in the test' }
    },
    importQuarantine: async (_id, path, tip, objects = []) => {
      calls.imports.push({ repoPath: path, tip, objects })
      return { head: tip, commits: [tip], merged: false, ...outcomes.shift() }
    },
    install: async () => { throw new Error('not in this test') },
    addRequest: async () => false,
    acceptedRequests: async () => [],
    reportError: (_id, code, what) => { calls.errors.push({ code, what }) }
  }
}

afterEach(stopEngines)

interface DeviceOptions { maxCommits?: number, backoff?: Backoff, antiEntropyMs?: number, heads?: () => BackendHead[], outcomes?: Array<Partial<ImportOutcome>> }

async function device (repoPath: string, head: () => string, answers: Array<{ ok: boolean, rule: string }> = [], opts: DeviceOptions = {}): Promise<{ node: TransportNode, engine: SyncEngine, calls: Calls }> {
  const calls: Calls = { validate: [], imports: [], errors: [] }
  const engine = await engineDevice((identity) => backend(identity, repoPath, head, answers, calls, opts.heads ?? (() => []), opts.outcomes ?? []), { maxCommits: opts.maxCommits, backoff: opts.backoff, antiEntropyMs: opts.antiEntropyMs })
  return { ...engine, calls }
}

/** Two repositories: A holds c1 → c2 → c3 (c3 adds a file), B only c1. */
async function repos (): Promise<{ a: string, b: string, c1: string, c2: string, c3: string }> {
  const a = await mkdtemp(join(tmpdir(), 'push-a-'))
  const b = await mkdtemp(join(tmpdir(), 'push-b-'))
  await run('git', ['init', '--bare', '-q', a])
  await run('git', ['init', '--bare', '-q', b])
  const blob = await git(a, ['hash-object', '-w', '--stdin'], 'a\n')
  const t1 = await git(a, ['mktree'], `100644 blob ${blob}\ta\n`)
  const c1 = await git(a, ['commit-tree', t1, '-m', 'one'])
  const c2 = await git(a, ['commit-tree', t1, '-p', c1, '-m', 'two'])
  const blob2 = await git(a, ['hash-object', '-w', '--stdin'], 'b\n')
  const t3 = await git(a, ['mktree'], `100644 blob ${blob}\ta\n100644 blob ${blob2}\tb\n`)
  const c3 = await git(a, ['commit-tree', t3, '-p', c2, '-m', 'three'])
  await git(a, ['update-ref', 'refs/heads/main', c3])
  // B holds c1 only
  await run('git', ['--git-dir', a, 'push', '-q', b, `${c1}:refs/heads/main`])
  return { a, b, c1, c2, c3 }
}

describe('push: a commit travels with its announce', () => {
  it('the receiver validates the pushed objects in memory and imports them, with no fetch', async () => {
    const r = await repos()
    const a = await device(r.a, () => r.c3)
    const b = await device(r.b, () => r.c1)
    await connect(b.node, a.node)
    a.engine.announce(CONV, r.c3, undefined, [r.c2, r.c3])
    await waitFor(() => b.calls.imports.length > 0)
    expect(b.calls.validate).toHaveLength(1)
    const v = b.calls.validate[0]!
    expect(v).toMatchObject({ repoPath: r.b, bases: [r.c1], tips: [r.c3] })
    expect(v.objects.map((o) => o.oid)).toContain(r.c2)
    expect(b.calls.imports[0]).toMatchObject({ repoPath: '', tip: r.c3 })
    expect(b.calls.imports[0]!.objects.map((o) => o.oid).sort()).toEqual(v.objects.map((o) => o.oid).sort())
    expect(b.engine.pool.size).toBe(0)
  })

  it('an invalid pushed commit is refused: OnConversationError, nothing imported, the peer backed off', async () => {
    const r = await repos()
    const a = await device(r.a, () => r.c3)
    const b = await device(r.b, () => r.c1, [{ ok: false, rule: 'COMMIT_BAD_SIGNATURE' }])
    await connect(b.node, a.node)
    a.engine.announce(CONV, r.c3, undefined, [r.c2, r.c3])
    await waitFor(() => b.calls.errors.length > 0)
    expect(b.calls.errors[0]!.code).toBe(SYNC_ERROR.INVALID_COMMIT)
    expect(b.calls.errors[0]!.what).toContain('COMMIT_BAD_SIGNATURE')
    expect(b.calls.imports).toHaveLength(0)
    expect(b.engine.backoff.allowed(a.node.peerId.toString())).toBe(false)
    // the peer is told (SPEC.md §5): its user sees which commit was refused and why
    await waitFor(() => a.calls.errors.length > 0)
    expect(a.calls.errors[0]!.code).toBe(SYNC_ERROR.REFUSED_BY_PEER)
    expect(a.calls.errors[0]!.what).toContain(r.c3)
    expect(a.calls.errors[0]!.what).toContain('COMMIT_BAD_SIGNATURE')
  })

  it('a push that lacks objects falls back to a fetch through the git tunnel', async () => {
    const r = await repos()
    const a = await device(r.a, () => r.c3)
    const b = await device(r.b, () => r.c1, [{ ok: false, rule: 'OBJECT_MISSING' }])
    await connect(b.node, a.node)
    // c3 alone: its parent c2 is neither pushed nor held by B
    a.engine.announce(CONV, r.c3, undefined, [r.c3])
    await waitFor(() => b.calls.imports.length > 0)
    expect(b.calls.validate).toHaveLength(2)
    expect(b.calls.validate[0]!.objects.length).toBeGreaterThan(0)
    expect(b.calls.validate[1]!.objects).toHaveLength(0)
    expect(b.calls.validate[1]!.repoPath).toContain('quarantine')
    expect(b.calls.imports[0]!.repoPath).toContain('quarantine')
    expect(b.calls.imports[0]!.tip).toBe(r.c3)
    expect(b.calls.errors).toHaveLength(0)
  })

  it('a fetch bringing more commits than the configured limit is not merged (OnConversationError 3)', async () => {
    const r = await repos()
    const a = await device(r.a, () => r.c3)
    const b = await device(r.b, () => r.c1, [{ ok: false, rule: 'OBJECT_MISSING' }], { maxCommits: 1 })
    await connect(b.node, a.node)
    a.engine.announce(CONV, r.c3, undefined, [r.c3])
    await waitFor(() => b.calls.errors.length > 0)
    expect(b.calls.errors[0]!.code).toBe(SYNC_ERROR.FETCH_TOO_LARGE)
    expect(b.calls.errors[0]!.what).toMatch(/2 commits \(limit 1\)/)
    expect(b.calls.imports).toHaveLength(0)
  })

  it('what a backed-off peer announces waits for the end of its backoff, then is taken', async () => {
    const r = await repos()
    const a = await device(r.a, () => r.c3)
    const b = await device(r.b, () => r.c1, [{ ok: false, rule: 'COMMIT_BAD_SIGNATURE' }], { backoff: new Backoff({ baseMs: 300, maxMs: 1_000 }) })
    await connect(b.node, a.node)
    a.engine.announce(CONV, r.c2, undefined, [r.c2])
    await waitFor(() => b.calls.errors.length > 0)
    expect(b.engine.backoff.allowed(a.node.peerId.toString())).toBe(false)
    // announced while a is backed off: not dropped, imported once the backoff ends
    a.engine.announce(CONV, r.c3, undefined, [r.c2, r.c3])
    await waitFor(() => b.calls.imports.length > 0)
    expect(b.calls.imports[0]!.tip).toBe(r.c3)
    expect(b.calls.validate).toHaveLength(2)
  })

  it('heads go again to connected peers now and then (anti-entropy): what no announce told arrives', async () => {
    const r = await repos()
    let shown: BackendHead[] = []
    const a = await device(r.a, () => r.c3, [], { heads: () => shown, antiEntropyMs: 200 })
    const b = await device(r.b, () => r.c1)
    await connect(b.node, a.node)
    // nothing announced; a shows c3 in its heads only after the connection's own exchange
    shown = [{ conversationId: CONV, head: r.c3, role: 'member', members: [], title: '', description: '', avatar: '' }]
    await waitFor(() => b.calls.imports.length > 0)
    expect(b.calls.imports[0]!.tip).toBe(r.c3)
  })

  it('after a move to a head that does not descend from ours, an announce of a merge we once imported is taken again', async () => {
    // The ten-device bug: a device imported a merge, then moved to the higher of two
    // equal-content heads (replaced), which left that merge off its branch. Remembered as
    // "ours", the merge's announce was dropped, and two groups stayed on two heads.
    const r = await repos()
    const a = await device(r.a, () => r.c3)
    const b = await device(r.b, () => r.c1, [], { outcomes: [{}, { replaced: true }] })
    await connect(b.node, a.node)
    a.engine.announce(CONV, r.c2, undefined, [r.c2])
    await waitFor(() => b.calls.imports.length === 1)
    a.engine.announce(CONV, r.c3, undefined, [r.c2, r.c3])
    await waitFor(() => b.calls.imports.length === 2)
    // b's branch (the file) never held c2: announced again, it is imported again
    a.engine.announce(CONV, r.c2, undefined, [r.c2])
    await waitFor(() => b.calls.imports.length === 3)
    expect(b.calls.imports.map((i) => i.tip)).toEqual([r.c2, r.c3, r.c2])
  })

  it('local commits made in one turn of the event loop go as one announce: one import of the newest, with the objects of all', async () => {
    const r = await repos()
    const a = await device(r.a, () => r.c3)
    const b = await device(r.b, () => r.c1)
    await connect(b.node, a.node)
    a.engine.announceLocal(CONV, r.c2)
    a.engine.announceLocal(CONV, r.c3)
    await waitFor(() => b.calls.imports.length > 0)
    expect(b.calls.imports[0]!.tip).toBe(r.c3)
    expect(b.calls.imports[0]!.objects.map((o) => o.oid)).toEqual(expect.arrayContaining([r.c2, r.c3]))
    // had c2 gone alone, b would import it too (its branch never holds it in this test)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(b.calls.imports.map((i) => i.tip)).toEqual([r.c3])
  })
})
