// The native-backed fetch client (pack-fetch.ts) for real: native `git upload-pack
// --stateless-rpc` served over /skarm/git/1.0.0 between two libp2p nodes on loopback, the pack
// indexed by native `git index-pack` in a quarantine; plus peers that misbehave.
import { execFile } from 'node:child_process'
import * as fs from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { Stream } from '@libp2p/interface'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createQuarantine, encodeFrame, handleGit, SYNC, StreamReader, type TransportNode } from '../src/index.ts'
import { fetchPack, PktReader, pktLine, quarantineHaves, readAdvertisement, uploadRequest } from '../src/sync/pack-fetch.ts'
import { git as sh, grow, logger, loopbackNode } from './helpers.ts'

const run = promisify(execFile)
const ID = 'd'.repeat(40)

let dir: string
let server: TransportNode
let client: TransportNode
/** A node whose `/skarm/git/1.0.0` answers what `fake` says (a peer that misbehaves). */
let liar: TransportNode
let served: string
let allow = true
let fake: (advertise: boolean, body: Buffer) => Uint8Array[] = () => []

/** The quarantine's own packs (not the links to the conversation's). */
function ownPacks (gitdir: string): string[] {
  const packDir = join(gitdir, 'objects', 'pack')
  return fs.readdirSync(packDir).filter((f) => f.endsWith('.pack') && !fs.lstatSync(join(packDir, f)).isSymbolicLink())
}

/** The objects listed by the quarantine's own pack indexes (.idx version 2). */
function ownObjects (gitdir: string): Set<string> {
  const out = new Set<string>()
  for (const p of ownPacks(gitdir)) {
    const idx = fs.readFileSync(join(gitdir, 'objects', 'pack', p.replace(/\.pack$/, '.idx')))
    const n = idx.readUInt32BE(8 + 4 * 255)
    for (let i = 0; i < n; i++) out.add(idx.toString('hex', 8 + 1024 + 20 * i, 8 + 1024 + 20 * (i + 1)))
  }
  return out
}

async function fetchFrom (node: TransportNode, gitdir: string, maxBytes = 64 << 20, signal = AbortSignal.timeout(30_000)): Promise<Awaited<ReturnType<typeof fetchPack>>> {
  return await fetchPack(client.libp2p, node.peerId, { conversationId: ID, gitdir, signal, maxBytes })
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'skarm-pack-fetch-'))
  served = join(dir, 'served')
  await run('git', ['init', '-q', '--bare', '-b', 'main', served])
  server = await loopbackNode()
  client = await loopbackNode()
  liar = await loopbackNode()
  await handleGit(server.libp2p, async (id) => allow && id === ID ? served : undefined, logger)
  await liar.libp2p.handle(SYNC.GIT_PROTOCOL, async (stream: Stream) => {
    const reader = new StreamReader(stream)
    const header = await reader.readFrame<{ advertise: boolean }>(4096)
    const body = Buffer.from(await reader.readAll(1 << 20))
    for (const part of fake(header.advertise, body)) stream.send(part)
    await stream.close()
  })
  await client.libp2p.dial(server.libp2p.getMultiaddrs()[0]!)
  await client.libp2p.dial(liar.libp2p.getMultiaddrs()[0]!)
})

afterAll(async () => {
  await client.stop()
  await server.stop()
  await liar.stop()
  await rm(dir, { recursive: true, force: true })
})

describe('fetchPack', () => {
  it('clones a whole history into a quarantine, then fetches only what the "have"s lack', async () => {
    const first = await grow(served, 20, 'a')
    const data = join(dir, 'data')
    const q1 = await createQuarantine(data, ID)
    const clone = await fetchFrom(server, q1.path)
    expect(clone).toMatchObject({ tip: first, fetched: true })
    expect(ownPacks(q1.path)).toHaveLength(1)
    expect((ownObjects(q1.path)).size).toBe(60)
    expect(await sh(q1.path, ['rev-list', '--count', first])).toBe('20')
    await sh(q1.path, ['fsck', '--connectivity-only', first])
    // install it as the local repository, as the store would
    const local = join(data, 'conversations', ID)
    fs.mkdirSync(join(data, 'conversations'), { recursive: true })
    fs.renameSync(q1.path, local)
    await sh(local, ['update-ref', 'refs/heads/main', first])

    const tip = await grow(served, 2, 'b')
    const q2 = await createQuarantine(data, ID, local, first)
    expect(await quarantineHaves(q2.path)).toContain(first)
    const inc = await fetchFrom(server, q2.path)
    expect(inc).toMatchObject({ tip, fetched: true })
    expect(inc.received).toBeLessThan(clone.received / 4)
    // every new object is in the quarantine's own pack (made complete: no thin pack is left)
    const fresh = (await sh(served, ['rev-list', '--objects', tip, '--not', first])).split('\n').map((l) => l.split(' ')[0]!)
    expect(fresh).toHaveLength(6) // 2 commits, 2 trees, 2 blobs
    const own = ownObjects(q2.path)
    for (const oid of fresh) expect(own.has(oid)).toBe(true)
    await sh(q2.path, ['index-pack', join(q2.path, 'objects', 'pack', ownPacks(q2.path)[0]!)])
    // the quarantine sees both the new objects and the local ones (native git through alternates)
    expect(await sh(q2.path, ['rev-list', '--count', tip])).toBe('22')
    await q2.remove()
    expect(fs.existsSync(join(local, 'objects'))).toBe(true)
    await rm(data, { recursive: true, force: true })
  })

  it('finds a common ancestor when the local head is unknown to the peer (diverged histories)', async () => {
    const data = join(dir, 'data2')
    const local = join(data, 'conversations', ID)
    await run('git', ['clone', '-q', '--bare', served, local])
    const base = await sh(local, ['rev-parse', 'refs/heads/main'])
    const mine = await grow(local, 3, 'mine')
    const theirs = await grow(served, 3, 'theirs')
    const q = await createQuarantine(data, ID, local, mine)
    const r = await fetchFrom(server, q.path)
    expect(r.tip).toBe(theirs)
    const fresh = (await sh(served, ['rev-list', '--objects', theirs, '--not', base])).split('\n').map((l) => l.split(' ')[0]!)
    const own = ownObjects(q.path)
    for (const oid of fresh) expect(own.has(oid)).toBe(true)
    // not the whole history: only what is past the common ancestor (and the bases of its deltas)
    expect(own.size).toBeLessThan(30)
    await q.remove()
  })

  it('requests nothing when the peer\'s branch is one of our "have"s', async () => {
    const data = join(dir, 'data3')
    const local = join(data, 'conversations', ID)
    await run('git', ['clone', '-q', '--bare', served, local])
    const head = await sh(local, ['rev-parse', 'refs/heads/main'])
    const q = await createQuarantine(data, ID, local, head)
    const r = await fetchFrom(server, q.path)
    expect(r).toMatchObject({ tip: head, fetched: false })
    expect(ownPacks(q.path)).toHaveLength(0)
    await q.remove()
  })

  it('aborts a fetch over the byte limit (FETCH_TOO_LARGE) and leaves no pack', async () => {
    const q = await createQuarantine(join(dir, 'data4'), ID)
    await expect(fetchFrom(server, q.path, 2_000)).rejects.toMatchObject({ code: 'FETCH_TOO_LARGE' })
    expect(ownPacks(q.path)).toHaveLength(0)
    await q.remove()
  })

  it('stops when the fetch\'s signal fires', async () => {
    const q = await createQuarantine(join(dir, 'data5'), ID)
    await expect(fetchFrom(server, q.path, 64 << 20, AbortSignal.abort(new Error('deadline')))).rejects.toThrow()
    expect(ownPacks(q.path)).toHaveLength(0)
    await q.remove()
  })

  it('reports a peer that refuses (403)', async () => {
    const q = await createQuarantine(join(dir, 'data6'), ID)
    allow = false
    try {
      await expect(fetchFrom(server, q.path)).rejects.toMatchObject({ code: 'GIT_REMOTE_ERROR', message: expect.stringMatching(/403/) })
    } finally {
      allow = true
    }
    await q.remove()
  })

  describe('a peer that misbehaves', () => {
    const tip = 'e'.repeat(40)
    const ok = encodeFrame({ status: 200 })
    const advertisement = Buffer.concat([
      ok, Buffer.from('001e# service=git-upload-pack\n0000', 'latin1'),
      pktLine(`${tip} HEAD\0multi_ack side-band-64k ofs-delta thin-pack no-progress\n`), pktLine(`${tip} refs/heads/main\n`), Buffer.from('0000', 'latin1')
    ])
    const withAnswer = (answer: Buffer[]): void => { fake = (advertise) => advertise ? [advertisement] : [ok, ...answer] }

    it('its git\'s error band (3) is an error with its message', async () => {
      withAnswer([pktLine('NAK\n'), pktLine('\x03upload-pack: out of memory\n'), Buffer.from('0000', 'latin1')])
      const q = await createQuarantine(join(dir, 'data7'), ID)
      await expect(fetchFrom(liar, q.path)).rejects.toMatchObject({ code: 'GIT_REMOTE_ERROR', message: expect.stringMatching(/out of memory/) })
      await q.remove()
    })

    it('an ERR line is an error with its message', async () => {
      withAnswer([pktLine('ERR upload-pack: not our ref\n')])
      const q = await createQuarantine(join(dir, 'data8'), ID)
      await expect(fetchFrom(liar, q.path)).rejects.toMatchObject({ code: 'GIT_REMOTE_ERROR', message: expect.stringMatching(/not our ref/) })
      await q.remove()
    })

    it('a pack that is not one is refused by index-pack', async () => {
      withAnswer([pktLine('NAK\n'), Buffer.concat([Buffer.from('0011', 'latin1'), Buffer.from('\x01PACKgarbage!', 'latin1')]), Buffer.from('0000', 'latin1')])
      const q = await createQuarantine(join(dir, 'data9'), ID)
      await expect(fetchFrom(liar, q.path)).rejects.toMatchObject({ code: 'PACK_INVALID' })
      await q.remove()
    })

    it('an answer cut short, or with no pack, is a protocol error', async () => {
      withAnswer([pktLine('NAK\n'), Buffer.from('00ff\x01PACK', 'latin1')])
      const q = await createQuarantine(join(dir, 'data10'), ID)
      await expect(fetchFrom(liar, q.path)).rejects.toMatchObject({ code: 'GIT_PROTOCOL_ERROR' })
      withAnswer([pktLine('NAK\n'), Buffer.from('0000', 'latin1')])
      await expect(fetchFrom(liar, q.path)).rejects.toMatchObject({ code: 'GIT_PROTOCOL_ERROR' })
      await q.remove()
    })

    it('a peer with no branch', async () => {
      fake = () => [ok, Buffer.from('001e# service=git-upload-pack\n0000', 'latin1'), pktLine(`${'0'.repeat(40)} capabilities^{}\0side-band-64k\n`), Buffer.from('0000', 'latin1')]
      const q = await createQuarantine(join(dir, 'data11'), ID)
      await expect(fetchFrom(liar, q.path)).rejects.toMatchObject({ code: 'GIT_NO_BRANCH' })
      await q.remove()
    })
  })
})

describe('the pkt-line pieces', () => {
  async function * chunks (...parts: string[]): AsyncGenerator<Uint8Array> {
    for (const p of parts) yield Buffer.from(p, 'latin1')
  }

  it('reads pkt-lines split anywhere across chunks', async () => {
    const r = new PktReader(chunks('00', '0ahel', 'lo\n0', '000', '0006', 'a\n'))
    expect((await r.next())?.toString()).toBe('hello\n')
    expect(await r.next()).toBeNull()
    expect((await r.next())?.toString()).toBe('a\n')
    expect(await r.next()).toBeUndefined()
    await expect(new PktReader(chunks('zzzz')).next()).rejects.toMatchObject({ code: 'GIT_PROTOCOL_ERROR' })
    await expect(new PktReader(chunks('0010abc')).next()).rejects.toMatchObject({ code: 'GIT_PROTOCOL_ERROR' })
  })

  it('reads an advertisement and builds the request from the capabilities both sides have', async () => {
    const a = 'a'.repeat(40)
    const adv = Buffer.concat([Buffer.from('001e# service=git-upload-pack\n0000', 'latin1'), pktLine(`${a} HEAD\0multi_ack side-band-64k ofs-delta agent=git/2\n`), pktLine(`${a} refs/heads/main\n`), Buffer.from('0000', 'latin1')])
    const { refs, capabilities } = await readAdvertisement(new PktReader(chunks(adv.toString('latin1'))))
    expect(Object.fromEntries(refs)).toEqual({ HEAD: a, 'refs/heads/main': a })
    expect(capabilities.has('side-band-64k')).toBe(true)
    const req = uploadRequest(a, ['b'.repeat(40)], capabilities).toString('latin1')
    expect(req).toBe(`${pktLine(`want ${a} side-band-64k ofs-delta agent=skarm\n`).toString('latin1')}0000${pktLine(`have ${'b'.repeat(40)}\n`).toString('latin1')}0009done\n`)
    expect(() => uploadRequest(a, [], new Set(['ofs-delta']))).toThrow(/side-band-64k/)
  })
})
