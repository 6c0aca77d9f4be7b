// Clones of accepted requests by SyncEngine between two real libp2p nodes (real git on disk),
// as an imported account needs them: many conversations waiting, each held by few peers.
import { execFile } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { multiaddr } from '@multiformats/multiaddr'
import { addDevice, createIdentity, type Identity } from '@skarm/identity'
import { afterEach, describe, expect, it } from 'vitest'
import { SyncEngine, type SyncBackend, type TransportNode } from '../src/index.ts'
import { certifiedNode, git, logger, waitFor } from './helpers.ts'

const run = promisify(execFile)
const HELD = 'a'.repeat(40)
const ELSEWHERE = 'b'.repeat(40)

const running: Array<{ node: TransportNode, engine?: SyncEngine }> = []
afterEach(async () => {
  for (const r of running.splice(0)) {
    await r.engine?.stop()
    await r.node.stop()
  }
})

async function node (identity: Identity): Promise<TransportNode> {
  const n = await certifiedNode(identity)
  running.push({ node: n })
  return n
}

function backend (identity: Identity, o: { held?: Record<string, string>, accepted?: string[], installed?: string[] }): SyncBackend {
  return {
    ownUri: identity.uri,
    ownDeviceId: identity.deviceId,
    listHeads: async () => [],
    // serves only what it holds; asked for anything else it refuses (403)
    authorize: async (id) => o.held?.[id] === undefined ? { allowed: false, repoPath: '', head: '', role: '' } : { allowed: true, repoPath: o.held[id]!, head: '', role: 'member' },
    validateRange: async () => ({ ok: true, invalidCommit: '', rule: '', message: '' }),
    importQuarantine: async () => { throw new Error('not in this test') },
    install: async (id, _path, tip) => {
      o.installed?.push(id)
      o.accepted?.splice(o.accepted.indexOf(id), 1)
      return { head: tip, commits: [] }
    },
    addRequest: async () => false,
    acceptedRequests: async () => (o.accepted ?? []).map((conversationId) => ({ conversationId, from: identity.uri })),
    reportError: () => {}
  }
}

describe('clones of accepted requests', () => {
  it('a peer connected before the engine starts is asked at once; one refusing a conversation it lacks is not backed off', async () => {
    const alice = await createIdentity('alice')
    const alice2 = await addDevice(alice)
    const repo = await mkdtemp(join(tmpdir(), 'clone-held-'))
    await run('git', ['init', '--bare', '-q', repo])
    const tree = await git(repo, ['mktree'], '')
    const c1 = await git(repo, ['commit-tree', tree, '-m', 'one'])
    await git(repo, ['update-ref', 'refs/heads/main', c1])

    const server = await node(alice)
    const serverEngine = new SyncEngine({ node: server, backend: backend(alice, { held: { [HELD]: repo } }), dataDir: await mkdtemp(join(tmpdir(), 'clone-a-')), logger })
    await serverEngine.start()
    running.push({ node: server, engine: serverEngine })

    // the new device is connected (its bootstrap peer) before its engine starts
    const client = await node(alice2)
    await client.libp2p.dial(multiaddr(server.addresses()[0]!))
    await waitFor(() => client.identityOf(server.peerId) !== undefined)
    const accepted = [ELSEWHERE, HELD]
    const installed: string[] = []
    const engine = new SyncEngine({ node: client, backend: backend(alice2, { accepted, installed }), dataDir: await mkdtemp(join(tmpdir(), 'clone-b-')), logger })
    await engine.start()
    running.push({ node: client, engine })

    await waitFor(() => installed.includes(HELD))
    expect(installed).toEqual([HELD])
    expect(accepted).toEqual([ELSEWHERE])
    expect(engine.backoff.allowed(server.peerId.toString())).toBe(true)
  })
})
