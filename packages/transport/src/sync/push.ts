// Objects pushed with an announce (docs/sync.md, "Push"): a new commit travels with its
// announcement, so a peer whose head is its parent imports it without a fetch round trip.
import { createHash } from 'node:crypto'
import * as fs from 'node:fs'
import { join } from 'node:path'
import { inflateSync } from 'node:zlib'

/** Largest total of compressed objects pushed with one announce, bytes. */
export const PUSH_MAX_BYTES = 256 * 1024
/** Most objects pushed with one announce. */
export const PUSH_MAX_OBJECTS = 512
/** Largest object a receiver inflates from a push, bytes (SPEC.md §4: a commit is at most 512 KiB). */
export const PUSH_OBJECT_MAX_BYTES = 1 << 20
/** What the receiving pool keeps at most (objects of announces not imported yet). */
export const POOL_MAX_BYTES = 32 * 1024 * 1024
export const POOL_MAX_OBJECTS = 16_384
/** How long a pushed object waits in the pool for its import, ms. */
export const POOL_TTL_MS = 120_000

const HEX40 = /^[0-9a-f]{40}$/
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

/** A git object as a loose object file holds it: zlib of `<type> <size>\0<body>`. */
export interface PushedObject {
  oid: string
  data: Buffer
}

/** An object as sent in an announce: `{oid, data}` with `data` in base64. */
export interface WireObject {
  oid: string
  data: string
}

interface Parsed { type: string, body: Buffer }

/** Inflates a loose object (bounded) and checks that it hashes to `oid`; undefined when it does not. */
export function inflateObject (oid: string, data: Buffer, maxBytes = PUSH_OBJECT_MAX_BYTES): Parsed | undefined {
  let raw: Buffer
  try {
    raw = inflateSync(data, { maxOutputLength: maxBytes + 64 })
  } catch {
    return undefined
  }
  if (createHash('sha1').update(raw).digest('hex') !== oid) return undefined
  const sp = raw.indexOf(0x20)
  const nul = sp < 0 ? -1 : raw.indexOf(0, sp)
  if (sp < 0 || nul < 0 || Number(raw.toString('latin1', sp + 1, nul)) !== raw.length - nul - 1) return undefined
  return { type: raw.toString('latin1', 0, sp), body: raw.subarray(nul + 1) }
}

/** The tree and parents named in a commit's headers. */
export function commitLinks (body: Buffer): { tree: string, parents: string[] } | undefined {
  const end = body.indexOf('\n\n')
  const head = body.toString('latin1', 0, end < 0 ? body.length : end)
  let tree: string | undefined
  const parents: string[] = []
  for (const line of head.split('\n')) {
    if (line.startsWith('tree ')) tree ??= line.slice(5)
    else if (line.startsWith('parent ')) parents.push(line.slice(7))
  }
  if (tree === undefined || !HEX40.test(tree) || !parents.every((p) => HEX40.test(p))) return undefined
  return { tree, parents }
}

/** The entries of a tree object: name → {mode, oid}; undefined when malformed. */
export function treeEntries (body: Buffer): Map<string, { mode: string, oid: string }> | undefined {
  const out = new Map<string, { mode: string, oid: string }>()
  let i = 0
  while (i < body.length) {
    const sp = body.indexOf(0x20, i)
    const nul = sp < 0 ? -1 : body.indexOf(0, sp)
    if (sp < 0 || nul < 0 || nul + 21 > body.length) return undefined
    out.set(body.toString('utf8', sp + 1, nul), { mode: body.toString('latin1', i, sp), oid: body.toString('hex', nul + 1, nul + 21) })
    i = nul + 21
  }
  return out
}

const isTree = (mode: string): boolean => mode === '40000' || mode === '040000'

// Synchronous reads: a few small files per message, where a thread-pool round trip per call
// costs more than the read.
async function looseFile (objectsDir: string, oid: string): Promise<Buffer | undefined> {
  try {
    return fs.readFileSync(join(objectsDir, oid.slice(0, 2), oid.slice(2)))
  } catch {
    return undefined
  }
}

/** True when `oid` is a loose object of the repository (a packed one is not seen). */
export async function hasLoose (repoPath: string, oid: string): Promise<boolean> {
  return fs.existsSync(join(repoPath, 'objects', oid.slice(0, 2), oid.slice(2)))
}

/** The branch of a conversation repository as its ref file says (undefined: unreadable, e.g. packed refs). */
export function readHeadRef (repoPath: string): string | undefined {
  try {
    // the store rewrites this file in place: a read racing its write differs from the next one
    const path = join(repoPath, 'refs', 'heads', 'main')
    let text = fs.readFileSync(path, 'latin1')
    for (let i = 0; i < 4; i++) {
      const again = fs.readFileSync(path, 'latin1')
      if (again === text) break
      text = again
    }
    const oid = text.trim()
    return HEX40.test(oid) ? oid : undefined
  } catch {
    return undefined
  }
}

/**
 * The objects `commits` (children after parents) add to the history: each commit and the
 * trees and blobs its tree does not share with its first parent's. Read as loose object files
 * (a commit just written or imported is loose); undefined when one is not loose, a commit is
 * an initial commit, or the total exceeds the bounds: the peer then fetches as before.
 */
export async function objectsOf (repoPath: string, commits: string[], maxBytes = PUSH_MAX_BYTES, maxObjects = PUSH_MAX_OBJECTS): Promise<PushedObject[] | undefined> {
  const dir = join(repoPath, 'objects')
  const out = new Map<string, Buffer>()
  let bytes = 0
  const take = async (oid: string): Promise<Parsed | undefined> => {
    const data = await looseFile(dir, oid)
    if (data === undefined) return undefined
    const parsed = inflateObject(oid, data)
    if (parsed === undefined) return undefined
    if (!out.has(oid)) {
      out.set(oid, data)
      bytes += data.length
    }
    return parsed
  }
  const over = (): boolean => bytes > maxBytes || out.size > maxObjects
  // the trees and blobs of `tree` that `old` lacks (by path and id)
  const diff = async (tree: string, old: string | undefined): Promise<boolean> => {
    if (tree === old || out.has(tree)) return true
    const t = await take(tree)
    if (t === undefined || t.type !== 'tree') return false
    const entries = treeEntries(t.body)
    if (entries === undefined) return false
    let oldEntries = new Map<string, { mode: string, oid: string }>()
    if (old !== undefined) {
      const o = await looseFile(dir, old)
      const parsed = o === undefined ? undefined : inflateObject(old, o)
      const e = parsed?.type === 'tree' ? treeEntries(parsed.body) : undefined
      if (e === undefined) return false
      oldEntries = e
    }
    for (const [name, e] of entries) {
      const before = oldEntries.get(name)
      if (before?.oid === e.oid) continue
      if (isTree(e.mode)) {
        if (!await diff(e.oid, before !== undefined && isTree(before.mode) ? before.oid : undefined)) return false
      } else if (e.mode !== '160000' && !out.has(e.oid)) {
        const b = await take(e.oid)
        if (b === undefined) return false
      }
      if (over()) return false
    }
    return true
  }
  for (const commit of commits) {
    if (!HEX40.test(commit)) return undefined
    const c = await take(commit)
    const links = c?.type === 'commit' ? commitLinks(c.body) : undefined
    if (links === undefined || links.parents.length === 0) return undefined
    const parent = await looseFile(dir, links.parents[0]!)
    const p = parent === undefined ? undefined : inflateObject(links.parents[0]!, parent)
    const parentTree = p?.type === 'commit' ? commitLinks(p.body)?.tree : undefined
    // the parent is packed (the first commit after a clone): its tree cannot be compared
    // cheaply, and a commit pushed without its new objects only costs the peer a round trip
    if (parentTree === undefined) return undefined
    if (!await diff(links.tree, parentTree) || over()) return undefined
  }
  return [...out].map(([oid, data]) => ({ oid, data }))
}

/** The objects of an announce as sent. */
export function toWire (objects: PushedObject[]): WireObject[] {
  return objects.map((o) => ({ oid: o.oid, data: o.data.toString('base64') }))
}

/** Checks the `objects` of a received announce; undefined when absent or malformed. */
export function fromWire (raw: unknown): PushedObject[] | undefined {
  if (!Array.isArray(raw) || raw.length === 0 || raw.length > PUSH_MAX_OBJECTS) return undefined
  const out: PushedObject[] = []
  let bytes = 0
  for (const o of raw as Array<Partial<WireObject> | null>) {
    if (o === null || typeof o !== 'object' || typeof o.oid !== 'string' || !HEX40.test(o.oid) || typeof o.data !== 'string' || !BASE64.test(o.data)) return undefined
    const data = Buffer.from(o.data, 'base64')
    bytes += data.length
    if (data.length === 0 || bytes > PUSH_MAX_BYTES * 2) return undefined
    out.push({ oid: o.oid, data })
  }
  return out
}

/**
 * Objects received with announces, waiting for their import: bounded in count, bytes and age
 * (the oldest go first). An object is trusted for nothing here: it is checked against its id
 * when taken, and validated like any fetched object.
 */
export class PushPool {
  // `sources`: who pushed each object (peer id / conversation id), so that what a peer whose
  // access was revoked pushed leaves the pool (dropFrom)
  private readonly objects = new Map<string, { data: Buffer, at: number, sources?: Set<string> }>()
  private bytes = 0
  private readonly maxBytes: number
  private readonly maxObjects: number
  private readonly ttlMs: number

  constructor (maxBytes = POOL_MAX_BYTES, maxObjects = POOL_MAX_OBJECTS, ttlMs = POOL_TTL_MS) {
    this.maxBytes = maxBytes
    this.maxObjects = maxObjects
    this.ttlMs = ttlMs
  }

  get size (): number { return this.objects.size }

  has (oid: string): boolean { return this.objects.has(oid) }

  /** Pools `objects`; `source` names who pushed them (e.g. `<peer id>/<conversation id>`). */
  add (objects: PushedObject[], now = Date.now(), source?: string): void {
    for (const o of objects) {
      const known = this.objects.get(o.oid)
      if (known !== undefined) {
        if (source !== undefined) (known.sources ??= new Set()).add(source)
        continue
      }
      this.objects.set(o.oid, source === undefined ? { data: o.data, at: now } : { data: o.data, at: now, sources: new Set([source]) })
      this.bytes += o.data.length
    }
    for (const [oid, e] of this.objects) {
      if (this.bytes <= this.maxBytes && this.objects.size <= this.maxObjects && now - e.at <= this.ttlMs) break
      this.drop(oid)
    }
  }

  /**
   * Forgets the pushes of the sources `match` accepts: an object goes when every source that
   * pushed it is one of them (the same object pushed by another peer stays). Answers how many went.
   */
  dropFrom (match: (source: string) => boolean): number {
    let dropped = 0
    for (const [oid, e] of [...this.objects]) {
      if (e.sources === undefined) continue
      for (const s of [...e.sources]) if (match(s)) e.sources.delete(s)
      if (e.sources.size === 0) {
        this.drop(oid)
        dropped++
      }
    }
    return dropped
  }

  drop (oid: string): void {
    const e = this.objects.get(oid)
    if (e === undefined) return
    this.objects.delete(oid)
    this.bytes -= e.data.length
  }

  /**
   * The pooled objects reachable from commit `tip` through pooled objects only, stopping at
   * `stop` (commits known to be in our history): what a quarantine needs on top of the
   * conversation's objects. Undefined when `tip` is not pooled or a pooled object does not
   * hash to its id or is not what it is referred to as.
   */
  closure (tip: string, stop: (oid: string) => boolean): PushedObject[] | undefined {
    if (!this.objects.has(tip)) return undefined
    const out = new Map<string, Buffer>()
    const todo: Array<{ oid: string, type: 'commit' | 'tree' | 'blob' }> = [{ oid: tip, type: 'commit' }]
    while (todo.length > 0) {
      const { oid, type } = todo.pop()!
      if (out.has(oid)) continue
      const e = this.objects.get(oid)
      if (e === undefined) continue // the conversation's, or missing: the validator tells
      const parsed = inflateObject(oid, e.data)
      if (parsed === undefined || parsed.type !== type) return undefined
      out.set(oid, e.data)
      if (type === 'commit') {
        const links = commitLinks(parsed.body)
        if (links === undefined) return undefined
        todo.push({ oid: links.tree, type: 'tree' })
        for (const p of links.parents) if (!stop(p)) todo.push({ oid: p, type: 'commit' })
      } else if (type === 'tree') {
        const entries = treeEntries(parsed.body)
        if (entries === undefined) return undefined
        for (const e2 of entries.values()) if (e2.mode !== '160000') todo.push({ oid: e2.oid, type: isTree(e2.mode) ? 'tree' : 'blob' })
      }
    }
    return [...out].map(([oid, data]) => ({ oid, data }))
  }
}
