import { spawn } from 'node:child_process'
import { availableParallelism } from 'node:os'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Libp2p, PeerId } from '@libp2p/interface'
import { InvalidInputError, UnavailableError } from '@skarm/errors'
import { gitRequest, type ByteCounter, type GitResponse, type TunnelInit } from './git-tunnel.ts'

// A small git fetch client (protocol v0, stateless RPC, upload-pack only) over the
// `/skarm/git/1.0.0` tunnel: the ref advertisement, then one request `want <tip>` + every
// "have" of the quarantine + `done`; the side-band-64k pack goes straight into native
// `git index-pack` (~10× faster than indexing it in JavaScript). Git-bomb limits: the bytes
// received are counted across both requests (FETCH_TOO_LARGE past `maxBytes`), index-pack
// refuses a larger pack (`--max-input-size`), streams big objects instead of holding them,
// and runs under an address-space limit; the validator's readers are bounded too.

/** Largest ref advertisement, bytes (a conversation has one branch). */
const ADVERTISEMENT_MAX_BYTES = 1 << 20
/** Address space of `git index-pack`, KiB: a delta bomb fails instead of eating the device's memory. */
const INDEX_PACK_MAX_KIB = 2 * 1024 * 1024
/** Objects larger than this are streamed by index-pack, not held in memory (Git's `core.bigFileThreshold`). */
const INDEX_PACK_BIG_FILE = '8m'
const HEX40 = /^[0-9a-f]{40}$/
const FLUSH = Buffer.from('0000', 'latin1')
const CAPABILITIES = ['side-band-64k', 'ofs-delta', 'thin-pack', 'no-progress']

/** Options of {@link fetchPack}. */
export interface PackFetchInit extends TunnelInit {
  /** The conversation (the repository the peer serves). */
  conversationId: string
  /** The quarantine: a bare repository; the pack lands in its `objects/pack`. */
  gitdir: string
}

/** What {@link fetchPack} brought. */
export interface PackFetchResult {
  /** The peer's branch (its HEAD, else `refs/heads/main`). */
  tip: string
  /** Bytes received over both requests. */
  received: number
  /** False when the tip was one of our "have"s (nothing requested). */
  fetched: boolean
}

/** One pkt-line: its payload, or null for a flush (`0000`) or delimiter (`0001`). */
type Pkt = Buffer | null

/** Reads pkt-lines from a chunked byte source. */
export class PktReader {
  private readonly it: AsyncIterator<Uint8Array>
  private buf: Buffer = Buffer.alloc(0)

  constructor (source: AsyncIterable<Uint8Array>) {
    this.it = source[Symbol.asyncIterator]()
  }

  private async fill (n: number): Promise<boolean> {
    while (this.buf.length < n) {
      const r = await this.it.next()
      if (r.done === true) return false
      const chunk = Buffer.from(r.value.buffer, r.value.byteOffset, r.value.byteLength)
      this.buf = this.buf.length === 0 ? chunk : Buffer.concat([this.buf, chunk])
    }
    return true
  }

  /** The next pkt-line; undefined at the end of the source (between lines). */
  async next (): Promise<Pkt | undefined> {
    if (!await this.fill(4)) {
      if (this.buf.length === 0) return undefined
      throw new InvalidInputError('GIT_PROTOCOL_ERROR', 'the peer\'s answer ends inside a pkt-line length')
    }
    const hex = this.buf.toString('latin1', 0, 4)
    if (!/^[0-9a-f]{4}$/.test(hex)) throw new InvalidInputError('GIT_PROTOCOL_ERROR', 'malformed pkt-line length', { hex })
    const len = parseInt(hex, 16)
    if (len < 4) {
      if (len !== 0 && len !== 1) throw new InvalidInputError('GIT_PROTOCOL_ERROR', 'malformed pkt-line length', { hex })
      this.buf = this.buf.subarray(4)
      return null
    }
    if (!await this.fill(len)) throw new InvalidInputError('GIT_PROTOCOL_ERROR', 'the peer\'s answer ends inside a pkt-line')
    const out = this.buf.subarray(4, len)
    this.buf = this.buf.subarray(len)
    return out
  }
}

/** A pkt-line of `text`. */
export function pktLine (text: string): Buffer {
  const body = Buffer.from(text, 'utf8')
  return Buffer.concat([Buffer.from((body.length + 4).toString(16).padStart(4, '0'), 'latin1'), body])
}

/** The refs and capabilities of an upload-pack advertisement (after the smart-HTTP service line). */
export async function readAdvertisement (pkts: PktReader): Promise<{ refs: Map<string, string>, capabilities: Set<string> }> {
  const refs = new Map<string, string>()
  let capabilities = new Set<string>()
  let first = true
  for (;;) {
    const pkt = await pkts.next()
    if (pkt === undefined) throw new InvalidInputError('GIT_PROTOCOL_ERROR', 'the ref advertisement ended early')
    if (pkt === null) {
      // the flush after the smart-HTTP service line, before the refs
      if (first) continue
      break
    }
    let line = pkt.toString('utf8')
    if (line.endsWith('\n')) line = line.slice(0, -1)
    if (line.startsWith('ERR ')) throw new UnavailableError('GIT_REMOTE_ERROR', `the peer's git says: ${line.slice(4, 200)}`)
    if (first && line.startsWith('# service=')) continue
    const nul = line.indexOf('\0')
    if (nul >= 0) {
      if (first) capabilities = new Set(line.slice(nul + 1).split(' ').filter((c) => c !== ''))
      line = line.slice(0, nul)
    }
    first = false
    const sp = line.indexOf(' ')
    const oid = line.slice(0, sp)
    const name = line.slice(sp + 1)
    if (!HEX40.test(oid)) throw new InvalidInputError('GIT_PROTOCOL_ERROR', 'malformed ref in the advertisement')
    // an empty repository advertises `0{40} capabilities^{}`
    if (name !== 'capabilities^{}' && !/^0{40}$/.test(oid)) refs.set(name, oid)
  }
  return { refs, capabilities }
}

/** The "have"s of a quarantine: `refs/heads/main` and `refs/haves/*` (loose ref files). */
export async function quarantineHaves (gitdir: string): Promise<string[]> {
  const files = [join(gitdir, 'refs', 'heads', 'main')]
  for (const name of await readdir(join(gitdir, 'refs', 'haves')).catch(() => [] as string[])) files.push(join(gitdir, 'refs', 'haves', name))
  const out = new Set<string>()
  for (const f of files) {
    const oid = (await readFile(f, 'latin1').catch(() => '')).trim()
    if (HEX40.test(oid)) out.add(oid)
  }
  return [...out]
}

/** The upload-pack request: `want` with our capabilities, flush, every `have`, `done`. */
export function uploadRequest (tip: string, haves: string[], serverCapabilities: Set<string>): Buffer {
  const caps = CAPABILITIES.filter((c) => serverCapabilities.has(c))
  if (!caps.includes('side-band-64k')) throw new UnavailableError('GIT_PROTOCOL_ERROR', 'the peer\'s git does not offer side-band-64k')
  const parts = [pktLine(`want ${tip} ${[...caps, 'agent=skarm'].join(' ')}\n`), FLUSH]
  for (const h of haves) parts.push(pktLine(`have ${h}\n`))
  parts.push(pktLine('done\n'))
  return Buffer.concat(parts)
}

/** Native `git index-pack --stdin` on `gitdir`, limited; resolves when the pack is in place. */
function indexPack (gitdir: string, maxBytes: number, signal: AbortSignal): { write: (b: Uint8Array) => Promise<void>, end: () => Promise<void>, kill: () => void } {
  const threads = Math.max(1, Math.min(4, availableParallelism()))
  const args = ['-c', `core.bigFileThreshold=${INDEX_PACK_BIG_FILE}`, '--git-dir', gitdir, 'index-pack', '--stdin', '--fix-thin', `--max-input-size=${maxBytes}`, `--threads=${threads}`]
  // `ulimit -v` (POSIX sh): the address space of index-pack, whatever the pack's objects claim
  const child = spawn('/bin/sh', ['-c', `ulimit -v ${INDEX_PACK_MAX_KIB} 2>/dev/null; exec git "$@"`, 'sh', ...args], { stdio: ['pipe', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr.on('data', (d: Buffer) => { if (stderr.length < 2000) stderr += d.toString('utf8') })
  child.stdin.on('error', () => {})
  const exited = new Promise<number | null>((resolve) => {
    child.once('error', () => { resolve(-1) })
    child.once('close', (code) => { resolve(code) })
  })
  const kill = (): void => { if (child.exitCode === null) child.kill('SIGKILL') }
  signal.addEventListener('abort', kill, { once: true })
  if (signal.aborted) kill()
  const failed = async (): Promise<never> => {
    const code = await exited
    throw new InvalidInputError('PACK_INVALID', 'git index-pack refused the peer\'s pack', { code, stderr: stderr.trim().slice(0, 500) })
  }
  return {
    write: async (b) => {
      if (child.stdin.write(b)) return
      // backpressure; an index-pack that died ends the wait too
      const drained = await Promise.race([new Promise<true>((resolve) => child.stdin.once('drain', () => { resolve(true) })), exited.then(() => false)])
      if (!drained) await failed()
    },
    end: async () => {
      child.stdin.end()
      const code = await exited
      signal.removeEventListener('abort', kill)
      if (code !== 0) await failed()
    },
    kill: () => {
      signal.removeEventListener('abort', kill)
      kill()
    }
  }
}

/** Reads the answer to the upload-pack request into index-pack. */
async function receivePack (res: GitResponse, gitdir: string, maxBytes: number, signal: AbortSignal): Promise<void> {
  const pkts = new PktReader(res.body)
  // NAK, or ACK of a common commit (no multi_ack: one line), then the side-band stream
  let pkt: Pkt | undefined
  for (;;) {
    pkt = await pkts.next()
    if (pkt === undefined || pkt === null) throw new InvalidInputError('GIT_PROTOCOL_ERROR', 'the peer sent no pack')
    const b0 = pkt[0]
    if (b0 === 1 || b0 === 2 || b0 === 3) break
    const line = pkt.toString('utf8').replace(/\n$/, '')
    if (line.startsWith('ERR ')) throw new UnavailableError('GIT_REMOTE_ERROR', `the peer's git says: ${line.slice(4, 200)}`)
    if (!/^(ACK|NAK|shallow|unshallow)\b/.test(line)) throw new InvalidInputError('GIT_PROTOCOL_ERROR', 'unexpected line before the pack', { line: line.slice(0, 80) })
  }
  const index = indexPack(gitdir, maxBytes, signal)
  try {
    let sawPack = false
    for (; pkt !== null; pkt = await pkts.next()) {
      if (pkt === undefined) throw new InvalidInputError('GIT_PROTOCOL_ERROR', 'the pack stream ended without its flush')
      const band = pkt[0]
      if (band === 1) {
        sawPack = true
        await index.write(pkt.subarray(1))
      } else if (band === 3) {
        throw new UnavailableError('GIT_REMOTE_ERROR', `the peer's git says: ${pkt.toString('utf8', 1, 201).trim()}`)
      } else if (band !== 2) {
        throw new InvalidInputError('GIT_PROTOCOL_ERROR', 'unknown side band', { band })
      }
    }
    if (!sawPack) throw new InvalidInputError('GIT_PROTOCOL_ERROR', 'the peer sent no pack')
    await index.end()
  } catch (err) {
    index.kill()
    throw err
  }
}

/**
 * Fetches the peer's branch of `conversationId` into the quarantine `gitdir`: only what the
 * quarantine's "have"s (its `refs/heads/main` and `refs/haves/*`) lack travels, and the pack
 * is indexed by native Git into `objects/pack`. FETCH_TOO_LARGE past `maxBytes` received;
 * GIT_REMOTE_ERROR when the peer refuses or its git fails; the signal aborts everything.
 */
export async function fetchPack (node: Libp2p, peer: PeerId, init: PackFetchInit): Promise<PackFetchResult> {
  const counter: ByteCounter = { received: 0 }
  const adv = await gitRequest(node, peer, { conversationId: init.conversationId, advertise: true }, undefined, init, counter)
  if (adv.status !== 200) {
    await drain(adv)
    throw new UnavailableError('GIT_REMOTE_ERROR', `the peer refused the fetch: ${adv.status} ${(adv.message ?? '').slice(0, 200)}`, { status: adv.status })
  }
  const limited = limitBytes(adv.body, ADVERTISEMENT_MAX_BYTES)
  const { refs, capabilities } = await readAdvertisement(new PktReader(limited))
  await drain(adv)
  const tip = refs.get('HEAD') ?? refs.get('refs/heads/main') ?? [...refs].find(([name]) => name.startsWith('refs/heads/'))?.[1]
  if (tip === undefined) throw new UnavailableError('GIT_NO_BRANCH', 'the peer has no branch')
  const haves = await quarantineHaves(init.gitdir)
  if (haves.includes(tip)) return { tip, received: counter.received, fetched: false }
  const res = await gitRequest(node, peer, { conversationId: init.conversationId, advertise: false }, [uploadRequest(tip, haves, capabilities)], init, counter)
  if (res.status !== 200) {
    await drain(res)
    throw new UnavailableError('GIT_REMOTE_ERROR', `the peer refused the fetch: ${res.status} ${(res.message ?? '').slice(0, 200)}`, { status: res.status })
  }
  await receivePack(res, init.gitdir, init.maxBytes, init.signal)
  await drain(res)
  return { tip, received: counter.received, fetched: true }
}

async function * limitBytes (source: AsyncIterable<Uint8Array>, max: number): AsyncGenerator<Uint8Array> {
  let n = 0
  for await (const chunk of source) {
    n += chunk.byteLength
    if (n > max) throw new InvalidInputError('GIT_PROTOCOL_ERROR', 'the ref advertisement is too large', { max })
    yield chunk
  }
}

/** Reads what is left of a response (so its stream ends cleanly and its bytes are counted). */
async function drain (res: GitResponse): Promise<void> {
  for await (const chunk of res.body) void chunk
}
