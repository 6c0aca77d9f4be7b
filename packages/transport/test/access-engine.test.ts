// The sync engine when access is revoked (docs/sync.md, "Bans and revocations"), between two
// real libp2p nodes with real git on disk; the store and the validator are faked behind SyncBackend.
import { execFile } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { Identity } from '@skarm/identity'
import { afterEach, describe, expect, it } from 'vitest'
import type { SyncBackend, SyncEngine, TransportNode } from '../src/index.ts'
import { connect, engineDevice, git, stopEngines, waitFor } from './helpers.ts'

const run = promisify(execFile)
const CONV = 'c'.repeat(40)

interface State {
  /** Device ids the store refuses (banned). */
  banned: Set<string>
  /** Every authorization answered for another device than ours: [deviceId, allowed]. */
  answers: Array<[string, boolean]>
  imports: string[]
  /** When set, validation waits for it. */
  gate?: Promise<void>
  validating: number
}

function backend (identity: Identity, repoPath: string, head: () => string, state: State): SyncBackend {
  return {
    ownUri: identity.uri,
    ownDeviceId: identity.deviceId,
    listHeads: async () => [],
    authorize: async (_id, _uri, deviceId) => {
      const allowed = !state.banned.has(deviceId)
      if (deviceId !== identity.deviceId) state.answers.push([deviceId, allowed])
      return { allowed, repoPath, head: head(), role: 'member' }
    },
    validateRange: async () => {
      state.validating++
      await state.gate
      return { ok: true, invalidCommit: '', rule: '', message: '' }
    },
    importQuarantine: async (_id, _path, tip) => {
      state.imports.push(tip)
      return { head: tip, commits: [tip], merged: false }
    },
    install: async () => { throw new Error('not in this test') },
    addRequest: async () => false,
    acceptedRequests: async () => [],
    reportError: () => {}
  }
}

afterEach(stopEngines)

async function device (repoPath: string, head: () => string): Promise<{ node: TransportNode, engine: SyncEngine, state: State }> {
  const state: State = { banned: new Set(), answers: [], imports: [], validating: 0 }
  return { ...await engineDevice((identity) => backend(identity, repoPath, head, state)), state }
}

/** A holds c1 → c2 → c3 (each adds a file), B only c1. */
async function repos (): Promise<{ a: string, b: string, c1: string, c2: string, c3: string }> {
  const a = await mkdtemp(join(tmpdir(), 'access-a-'))
  const b = await mkdtemp(join(tmpdir(), 'access-b-'))
  await run('git', ['init', '--bare', '-q', a])
  await run('git', ['init', '--bare', '-q', b])
  const blob = async (s: string): Promise<string> => await git(a, ['hash-object', '-w', '--stdin'], s)
  const [x, y, z] = [await blob('x\n'), await blob('y\n'), await blob('z\n')]
  const c1 = await git(a, ['commit-tree', await git(a, ['mktree'], `100644 blob ${x}\tx\n`), '-m', 'one'])
  const c2 = await git(a, ['commit-tree', await git(a, ['mktree'], `100644 blob ${x}\tx\n100644 blob ${y}\ty\n`), '-p', c1, '-m', 'two'])
  const c3 = await git(a, ['commit-tree', await git(a, ['mktree'], `100644 blob ${x}\tx\n100644 blob ${y}\ty\n100644 blob ${z}\tz\n`), '-p', c2, '-m', 'three'])
  await git(a, ['update-ref', 'refs/heads/main', c3])
  await run('git', ['--git-dir', a, 'push', '-q', b, `${c1}:refs/heads/main`])
  return { a, b, c1, c2, c3 }
}

describe('sync engine, access revoked', () => {
  it('right after a ban, an announce of the banned device is refused at once: the remembered allowance is forgotten', async () => {
    const r = await repos()
    let bHead = r.c1
    const a = await device(r.a, () => r.c3)
    const b = await device(r.b, () => bHead)
    await connect(b.node, a.node)
    a.engine.announce(CONV, r.c2, undefined, [r.c2])
    await waitFor(() => b.state.imports.length === 1)
    bHead = r.c2
    // the ban enters b's history; the allowance b remembers for a (1 s) is forgotten
    b.state.banned.add(a.node.deviceId)
    b.engine.forgetAuthorizations()
    a.engine.announce(CONV, r.c3, undefined, [r.c3])
    // b asks the store again (a remembered allowance would not ask) and is refused
    await waitFor(() => b.state.answers.some(([d, allowed]) => d === a.node.deviceId && !allowed))
    expect(b.state.imports).toEqual([r.c2])
    expect(b.state.validating).toBe(1)
  })

  it('an import from a peer whose access is revoked while it runs is abandoned: nothing of it imported, its pushes leave the pool', async () => {
    const r = await repos()
    const a = await device(r.a, () => r.c3)
    const b = await device(r.b, () => r.c1)
    await connect(b.node, a.node)
    let open!: () => void
    b.state.gate = new Promise((resolve) => { open = resolve })
    a.engine.announce(CONV, r.c2, undefined, [r.c2])
    await waitFor(() => b.state.validating === 1)
    expect(b.engine.pool.size).toBeGreaterThan(0)
    b.engine.dropPeer(a.node.peerId.toString(), CONV)
    expect(b.engine.pool.size).toBe(0)
    open()
    // the next announce of a (not banned here) is taken: the one before it was abandoned
    b.state.gate = undefined
    a.engine.announce(CONV, r.c3, undefined, [r.c2, r.c3])
    await waitFor(() => b.state.imports.length > 0)
    expect(b.state.imports).toEqual([r.c3])
    expect(b.state.validating).toBe(2)
  })
})
