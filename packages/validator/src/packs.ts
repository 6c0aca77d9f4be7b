import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { inflateSync } from 'node:zlib'
import type { RuleCode } from './errors.ts'

// Packfiles (Git's pack format v2 with .idx v2), read with node's zlib and bounded: the size of
// every object is known from its pack entry header (or its delta header) before anything is
// inflated, so a packed zlib bomb stops at the limit like a loose one. isomorphic-git re-reads
// a pack per object without a cache and inflates in JavaScript; this is ~10× faster on a
// replay of a cloned conversation.

const TYPES = ['', 'commit', 'tree', 'blob', 'tag'] as const
const OFS_DELTA = 6
const REF_DELTA = 7
const MAX_CHAIN = 128
const BASE_CACHE = 512

/** A failure reading a packed object: the reader turns it into a rejection. */
export class PackError extends Error {
  readonly code: RuleCode
  constructor (code: RuleCode, message: string) {
    super(message)
    this.code = code
  }
}

/** A packed object. */
export interface PackedObject {
  type: string
  body: Buffer
}

/** Finds an object outside this pack (the base of a REF_DELTA in a thin pack). */
export type ExternalBase = (oid: string, maxBytes: number) => Promise<PackedObject | null>

class Pack {
  readonly name: string
  private readonly data: Buffer
  private readonly fanout: Uint32Array
  private readonly names: Buffer
  private readonly offsets: number[]
  private readonly sorted: number[]
  private readonly cache = new Map<number, PackedObject>()

  constructor (name: string, idx: Buffer, data: Buffer) {
    this.name = name
    if (idx.length < 8 + 1024 + 40 || idx.readUInt32BE(0) !== 0xff744f63 || idx.readUInt32BE(4) !== 2) throw new PackError('OBJECT_CORRUPT', `pack index ${name} is not version 2`)
    if (data.length < 32 || data.toString('latin1', 0, 4) !== 'PACK' || data.readUInt32BE(4) !== 2) throw new PackError('OBJECT_CORRUPT', `pack ${name} is not version 2`)
    this.fanout = new Uint32Array(256)
    for (let i = 0; i < 256; i++) this.fanout[i] = idx.readUInt32BE(8 + 4 * i)
    const n = this.fanout[255]!
    const namesAt = 8 + 1024
    const offsetsAt = namesAt + 24 * n
    const largeAt = offsetsAt + 4 * n
    if (idx.length < largeAt + 40) throw new PackError('OBJECT_CORRUPT', `pack index ${name} is truncated`)
    this.names = idx.subarray(namesAt, namesAt + 20 * n)
    this.offsets = new Array<number>(n)
    for (let i = 0; i < n; i++) {
      const o = idx.readUInt32BE(offsetsAt + 4 * i)
      if ((o & 0x80000000) === 0) {
        this.offsets[i] = o
      } else {
        const at = largeAt + 8 * (o & 0x7fffffff)
        if (at + 8 > idx.length - 40) throw new PackError('OBJECT_CORRUPT', `pack index ${name} is truncated`)
        this.offsets[i] = Number(idx.readBigUInt64BE(at))
      }
      if (this.offsets[i]! < 12 || this.offsets[i]! >= data.length - 20) throw new PackError('OBJECT_CORRUPT', `pack index ${name} points outside its pack`)
    }
    this.sorted = [...this.offsets].sort((a, b) => a - b)
    this.data = data
  }

  /** The offset of object `oid` in this pack, or -1. */
  find (oid: Buffer): number {
    let lo = oid[0] === 0 ? 0 : this.fanout[oid[0]! - 1]!
    let hi = this.fanout[oid[0]!]!
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      const c = this.names.compare(oid, 0, 20, mid * 20, mid * 20 + 20)
      if (c === 0) return this.offsets[mid]!
      if (c < 0) lo = mid + 1
      else hi = mid
    }
    return -1
  }

  // where the entry at `offset` ends: the next entry, or the pack's trailing checksum
  private end (offset: number): number {
    let lo = 0
    let hi = this.sorted.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (this.sorted[mid]! <= offset) lo = mid + 1
      else hi = mid
    }
    return lo < this.sorted.length ? this.sorted[lo]! : this.data.length - 20
  }

  private inflate (from: number, to: number, size: number): Buffer {
    let out: Buffer
    try {
      out = inflateSync(this.data.subarray(from, to), { maxOutputLength: Math.max(size, 1) })
    } catch {
      throw new PackError('OBJECT_CORRUPT', `pack ${this.name} holds a corrupt entry at ${from}`)
    }
    if (out.length !== size) throw new PackError('OBJECT_CORRUPT', `pack ${this.name} holds an entry of the wrong size at ${from}`)
    return out
  }

  /**
   * The object at `offset`, at most `maxBytes` long (delta bases at most `baseBytes`): sizes
   * are checked from headers before inflating.
   */
  async read (offset: number, maxBytes: number, baseBytes: number, external: ExternalBase, depth = 0): Promise<PackedObject> {
    const cached = this.cache.get(offset)
    if (cached !== undefined) {
      if (cached.body.length > maxBytes) throw new PackError('BLOB_TOO_LARGE', `a packed ${cached.type} is larger than ${maxBytes} bytes`)
      return cached
    }
    if (depth > MAX_CHAIN) throw new PackError('OBJECT_CORRUPT', `pack ${this.name} has a delta chain longer than ${MAX_CHAIN}`)
    const d = this.data
    const end = this.end(offset)
    let p = offset
    let b = d[p++]!
    const type = (b >> 4) & 7
    let size = b & 15
    let shift = 4
    while ((b & 0x80) !== 0) {
      if (p >= end || shift > 49) throw new PackError('OBJECT_CORRUPT', `pack ${this.name} holds a malformed entry header at ${offset}`)
      b = d[p++]!
      size += (b & 0x7f) * 2 ** shift
      shift += 7
    }
    let obj: PackedObject
    if (type >= 1 && type <= 4) {
      if (size > maxBytes) throw new PackError('BLOB_TOO_LARGE', `a packed ${TYPES[type]} is larger than ${maxBytes} bytes`)
      obj = { type: TYPES[type]!, body: this.inflate(p, end, size) }
    } else if (type === OFS_DELTA || type === REF_DELTA) {
      let base: PackedObject | null
      if (type === OFS_DELTA) {
        b = d[p++]!
        let rel = b & 0x7f
        while ((b & 0x80) !== 0) {
          if (p >= end || rel > 2 ** 40) throw new PackError('OBJECT_CORRUPT', `pack ${this.name} holds a malformed delta at ${offset}`)
          b = d[p++]!
          rel = (rel + 1) * 128 + (b & 0x7f)
        }
        if (rel <= 0 || rel > offset - 12) throw new PackError('OBJECT_CORRUPT', `pack ${this.name} holds a delta with a bad base at ${offset}`)
        base = await this.read(offset - rel, baseBytes, baseBytes, external, depth + 1)
      } else {
        if (p + 20 > end) throw new PackError('OBJECT_CORRUPT', `pack ${this.name} holds a truncated delta at ${offset}`)
        const baseOid = d.subarray(p, p + 20)
        p += 20
        const at = this.find(baseOid)
        base = at >= 0 ? await this.read(at, baseBytes, baseBytes, external, depth + 1) : await external(baseOid.toString('hex'), baseBytes)
        if (base === null) throw new PackError('OBJECT_MISSING', `the delta base ${baseOid.toString('hex')} is not in the repository`)
      }
      if (size > baseBytes + 1024) throw new PackError('BLOB_TOO_LARGE', `a packed delta is larger than ${baseBytes} bytes`)
      obj = { type: base.type, body: applyDelta(this.name, base.body, this.inflate(p, end, size), maxBytes) }
    } else {
      throw new PackError('OBJECT_CORRUPT', `pack ${this.name} holds an entry of unknown type ${type}`)
    }
    if (this.cache.size >= BASE_CACHE) this.cache.delete(this.cache.keys().next().value!)
    this.cache.set(offset, obj)
    return obj
  }
}

function applyDelta (pack: string, base: Buffer, delta: Buffer, maxBytes: number): Buffer {
  let p = 0
  const varint = (): number => {
    let v = 0
    let shift = 0
    let b: number
    do {
      if (p >= delta.length || shift > 49) throw new PackError('OBJECT_CORRUPT', `pack ${pack} holds a malformed delta`)
      b = delta[p++]!
      v += (b & 0x7f) * 2 ** shift
      shift += 7
    } while ((b & 0x80) !== 0)
    return v
  }
  if (varint() !== base.length) throw new PackError('OBJECT_CORRUPT', `pack ${pack} holds a delta for another base`)
  const size = varint()
  if (size > maxBytes) throw new PackError('BLOB_TOO_LARGE', `a packed object is larger than ${maxBytes} bytes`)
  const out = Buffer.allocUnsafe(size)
  let o = 0
  while (p < delta.length) {
    const op = delta[p++]!
    if ((op & 0x80) !== 0) {
      let off = 0
      let len = 0
      for (let i = 0; i < 4; i++) if ((op & (1 << i)) !== 0) off += delta[p++]! * 2 ** (8 * i)
      for (let i = 0; i < 3; i++) if ((op & (16 << i)) !== 0) len += delta[p++]! * 2 ** (8 * i)
      if (len === 0) len = 0x10000
      if (p > delta.length || off + len > base.length || o + len > size) throw new PackError('OBJECT_CORRUPT', `pack ${pack} holds a delta that copies out of range`)
      base.copy(out, o, off, off + len)
      o += len
    } else if (op !== 0) {
      if (p + op > delta.length || o + op > size) throw new PackError('OBJECT_CORRUPT', `pack ${pack} holds a delta that inserts out of range`)
      delta.copy(out, o, p, p + op)
      p += op
      o += op
    } else {
      throw new PackError('OBJECT_CORRUPT', `pack ${pack} holds a delta with a reserved instruction`)
    }
  }
  if (o !== size) throw new PackError('OBJECT_CORRUPT', `pack ${pack} holds a delta of the wrong size`)
  return out
}

/** The packs of one repository, loaded on first use (per reader: packs do not change under it). */
export class PackSet {
  private readonly dirs: string[]
  private packs: Pack[] | undefined

  /** `objectDirs`: the repository's `objects` folder, then those of its alternates. */
  constructor (objectDirs: string[]) {
    this.dirs = objectDirs.map((d) => join(d, 'pack'))
  }

  private load (): Pack[] {
    if (this.packs !== undefined) return this.packs
    this.packs = []
    const seen = new Set<string>()
    for (const dir of this.dirs) {
      let names: string[] = []
      try {
        names = readdirSync(dir).filter((n) => /^pack-[0-9a-f]{40,64}\.idx$/.test(n)).sort()
      } catch {}
      for (const n of names) {
        // a quarantine may link the conversation's packs and name it as an alternate too
        if (seen.has(n)) continue
        seen.add(n)
        const base = join(dir, n.slice(0, -4))
        this.packs.push(new Pack(n.slice(0, -4), readFileSync(base + '.idx'), readFileSync(base + '.pack')))
      }
    }
    return this.packs
  }

  /** True when a pack holds object `oid`. */
  has (oid: string): boolean {
    const key = Buffer.from(oid, 'hex')
    return this.load().some((pack) => pack.find(key) >= 0)
  }

  /** Object `oid` from the packs, or null when no pack holds it. */
  async read (oid: string, maxBytes: number, baseBytes: number, external: ExternalBase): Promise<PackedObject | null> {
    const key = Buffer.from(oid, 'hex')
    for (const pack of this.load()) {
      const at = pack.find(key)
      if (at >= 0) return await pack.read(at, maxBytes, baseBytes, external)
    }
    return null
  }
}
