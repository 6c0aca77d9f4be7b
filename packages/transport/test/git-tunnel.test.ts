// The git tunnel for real: native `git upload-pack` served over /skarm/git/1.0.0 between two
// libp2p nodes on loopback, isomorphic-git fetching into a quarantine that sees the local
// repository's objects (so only missing objects travel).
import { execFile } from 'node:child_process'
import * as fs from 'node:fs'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import git from 'isomorphic-git'
import { createQuarantine, handleGit, tunnelHttp, type TransportNode } from '../src/index.ts'
import { git as sh, grow, logger, loopbackNode } from './helpers.ts'

const run = promisify(execFile)
const ID = 'c'.repeat(40)

let dir: string
let server: TransportNode
let client: TransportNode
let served: string
let allow = true

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'skarm-tunnel-'))
  served = join(dir, 'served')
  await run('git', ['init', '-q', '--bare', '-b', 'main', served])
  server = await loopbackNode()
  client = await loopbackNode()
  await handleGit(server.libp2p, async (id) => allow && id === ID ? served : undefined, logger)
  await client.libp2p.dial(server.libp2p.getMultiaddrs()[0]!)
})

afterAll(async () => {
  await client.stop()
  await server.stop()
  await rm(dir, { recursive: true, force: true })
})

async function fetchInto (gitdir: string, maxBytes = 64 << 20): Promise<{ tip: string | null, received: number }> {
  const http = tunnelHttp(client.libp2p, server.peerId, { signal: AbortSignal.timeout(30_000), maxBytes })
  const res = await git.fetch({ fs, http, gitdir, url: `http://skarm/${ID}`, singleBranch: false, tags: false })
  return { tip: res.fetchHead, received: http.received() }
}

async function objectsIn (gitdir: string): Promise<number> {
  let n = 0
  for (const f of await readdir(join(gitdir, 'objects', 'pack'))) {
    if (!f.endsWith('.pack') || fs.lstatSync(join(gitdir, 'objects', 'pack', f)).isSymbolicLink()) continue
    n += fs.readFileSync(join(gitdir, 'objects', 'pack', f)).readUInt32BE(8)
  }
  return n
}

describe('/skarm/git/1.0.0', () => {
  it('clones a whole history, then fetches only what is missing (the local head and its ancestors are "have"s)', async () => {
    const first = await grow(served, 20, 'a')
    const data = join(dir, 'data')
    // a clone: empty quarantine
    const q1 = await createQuarantine(data, ID)
    const clone = await fetchInto(q1.path)
    expect(clone.tip).toBe(first)
    expect(await objectsIn(q1.path)).toBe(60)
    // install it as the local repository, as the store would
    const local = join(data, 'conversations', ID)
    fs.mkdirSync(join(data, 'conversations'), { recursive: true })
    fs.renameSync(q1.path, local)
    await sh(local, ['update-ref', 'refs/heads/main', first])

    const tip = await grow(served, 2, 'b')
    const q2 = await createQuarantine(data, ID, local, first)
    const inc = await fetchInto(q2.path)
    expect(inc.tip).toBe(tip)
    expect(await objectsIn(q2.path)).toBe(6) // 2 commits, 2 trees, 2 blobs
    expect(inc.received).toBeLessThan(clone.received)
    // the quarantine sees both the new objects and the local ones (native git through alternates)
    expect(await sh(q2.path, ['rev-list', '--count', tip])).toBe('22')
    await q2.remove()
    expect(fs.existsSync(join(local, 'objects'))).toBe(true)
  })

  it('finds a common ancestor when the local head is unknown to the peer (diverged histories)', async () => {
    const data = join(dir, 'data2')
    const local = join(data, 'conversations', ID)
    await run('git', ['clone', '-q', '--bare', served, local])
    const mine = await grow(local, 3, 'mine')
    const theirs = await grow(served, 3, 'theirs')
    const q = await createQuarantine(data, ID, local, mine)
    const r = await fetchInto(q.path)
    expect(r.tip).toBe(theirs)
    expect(await objectsIn(q.path)).toBe(9)
    await q.remove()
  })

  it('aborts a fetch over the byte limit, and answers 403 when not authorized', async () => {
    const q = await createQuarantine(join(dir, 'data3'), ID)
    await expect(fetchInto(q.path, 2_000)).rejects.toThrow(/larger than the limit/)
    await q.remove()
    allow = false
    const q2 = await createQuarantine(join(dir, 'data3'), ID)
    await expect(fetchInto(q2.path)).rejects.toThrow(/403/)
    allow = true
    await q2.remove()
  })
})
