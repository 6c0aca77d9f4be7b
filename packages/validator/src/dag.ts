import type { StoredCommit } from '@skarm/conversation'
import type { CommitHeader, Resolution, ValidationContext } from './context.ts'
import { ObjectError, type ObjectReader } from './objects.ts'

// Walks of the commit DAG on cached headers and generation numbers. A generation number
// (1 + the highest of the parents') is intrinsic to the DAG: it orders every commit after its
// ancestors, whoever merged what and in which parent order.

const RESOLUTIONS = new Set(['ban', 'unban', 'promote'])

/** The message type of a device revocation (SPEC.md §5 extension, README "Device revocation"). */
export const REVOKE_DEVICE = 'application/revoke-device'

/**
 * The governance a message carries, if any: a ban/unban/promote resolution, or a device
 * revocation (`action` "revoke", `target` the device). `null` for every other message.
 */
export function parseResolution (message: string): Resolution | null {
  // cheap pre-check; a \u escape could spell "member" without the word appearing
  if (!message.includes('member') && !message.includes('revoke-device') && !message.includes('\\u')) return null
  let m: unknown
  try {
    m = JSON.parse(message)
  } catch {
    return null
  }
  if (typeof m !== 'object' || m === null) return null
  const { type, action, uri, device } = m as Record<string, unknown>
  if (type === REVOKE_DEVICE) return typeof device === 'string' ? { action: 'revoke', target: device } : null
  if (type !== 'member' || typeof action !== 'string' || !RESOLUTIONS.has(action) || typeof uri !== 'string') return null
  return { action: action as Resolution['action'], target: uri }
}

/** Records what later walks need of a commit that was read. */
export function noteHeader (ctx: ValidationContext, c: StoredCommit): CommitHeader {
  const h: CommitHeader = { tree: c.tree, parents: c.parents, uri: c.committer.name, device: c.committer.email, resolution: parseResolution(c.message) }
  ctx.headers.set(c.oid, h)
  return h
}

/** The header of commit `oid` (read once, then cached). */
export async function header (r: ObjectReader, ctx: ValidationContext, oid: string): Promise<CommitHeader> {
  return ctx.headers.get(oid) ?? noteHeader(ctx, await r.commit(oid, ctx.limits.maxCommitBytes))
}

/** Records the generation of a commit whose parents' generations are known; false otherwise. */
export function noteGen (ctx: ValidationContext, oid: string, parents: string[]): boolean {
  if (ctx.gens.has(oid)) return true
  let gen = 1
  for (const p of parents) {
    const g = ctx.gens.get(p)
    if (g === undefined) return false
    if (g.gen + 1 > gen) gen = g.gen + 1
  }
  ctx.gens.set(oid, { gen, root: parents.length === 0 ? oid : ctx.gens.get(parents[0]!)!.root })
  return true
}

/** Computes generation numbers and roots for `oids` and all their ancestors (iteratively). */
export async function ensureGen (r: ObjectReader, ctx: ValidationContext, oids: string[]): Promise<void> {
  const stack = [...oids]
  const expanded = new Set<string>()
  while (stack.length > 0) {
    const oid = stack[stack.length - 1]!
    if (ctx.gens.has(oid)) {
      stack.pop()
      continue
    }
    const h = await header(r, ctx, oid)
    if (noteGen(ctx, oid, h.parents)) {
      stack.pop()
      continue
    }
    if (expanded.has(oid)) throw new ObjectError('OBJECT_CORRUPT', `the history below commit ${oid} is not a DAG`, oid)
    expanded.add(oid)
    for (const p of h.parents) if (!ctx.gens.has(p)) stack.push(p)
  }
}

/** Generation number of a commit whose generation is known. */
export function genOf (ctx: ValidationContext, oid: string): number {
  return ctx.gens.get(oid)!.gen
}

/** True when `ancestor` is `descendant` or one of its ancestors. */
export async function isAncestor (r: ObjectReader, ctx: ValidationContext, ancestor: string, descendant: string): Promise<boolean> {
  if (ancestor === descendant) return true
  await ensureGen(r, ctx, [ancestor, descendant])
  const floor = genOf(ctx, ancestor)
  const stack = [descendant]
  const seen = new Set(stack)
  while (stack.length > 0) {
    for (const p of (await header(r, ctx, stack.pop()!)).parents) {
      if (p === ancestor) return true
      if (!seen.has(p) && genOf(ctx, p) > floor) {
        seen.add(p)
        stack.push(p)
      }
    }
  }
  return false
}

/** Every commit reachable from `oids` (themselves included). */
export async function ancestorsOf (r: ObjectReader, ctx: ValidationContext, oids: string[]): Promise<Set<string>> {
  await ensureGen(r, ctx, oids)
  const out = new Set(oids)
  const stack = [...oids]
  while (stack.length > 0) {
    for (const p of (await header(r, ctx, stack.pop()!)).parents) {
      if (!out.has(p)) {
        out.add(p)
        stack.push(p)
      }
    }
  }
  return out
}

/** What {@link paint} finds about two commits. */
export interface Divergence {
  /** The best common ancestors (none for unrelated histories). */
  bases: string[]
  /** Commits reachable from the first side only. */
  side1: Set<string>
  /** Commits reachable from the second side only. */
  side2: Set<string>
}

const ONE = 1
const TWO = 2
const STALE = 4

/**
 * Paints the ancestors of the commits `a` and of the commits `b` in decreasing generation order
 * (Git's paint_down_to_common with exact generations): returns their merge bases and the
 * commits each side holds alone. Stops as soon as only common ancestors remain, so the cost is
 * the size of the divergence, not of the history.
 */
export async function paint (r: ObjectReader, ctx: ValidationContext, a: string[], b: string[]): Promise<Divergence> {
  await ensureGen(r, ctx, [...a, ...b])
  const flags = new Map<string, number>()
  const heap: string[] = []
  // max-heap by generation (ties by id, for a deterministic walk)
  const before = (x: string, y: string): boolean => {
    const gx = genOf(ctx, x)
    const gy = genOf(ctx, y)
    return gx !== gy ? gx > gy : x > y
  }
  const push = (oid: string): void => {
    heap.push(oid)
    let i = heap.length - 1
    while (i > 0) {
      const up = (i - 1) >> 1
      if (!before(heap[i]!, heap[up]!)) break
      ;[heap[i], heap[up]] = [heap[up]!, heap[i]!]
      i = up
    }
  }
  const pop = (): string => {
    const top = heap[0]!
    const last = heap.pop()!
    if (heap.length > 0) {
      heap[0] = last
      let i = 0
      for (;;) {
        const l = 2 * i + 1
        const rr = l + 1
        let m = i
        if (l < heap.length && before(heap[l]!, heap[m]!)) m = l
        if (rr < heap.length && before(heap[rr]!, heap[m]!)) m = rr
        if (m === i) break
        ;[heap[i], heap[m]] = [heap[m]!, heap[i]!]
        i = m
      }
    }
    return top
  }
  const out: Divergence = { bases: [], side1: new Set(), side2: new Set() }
  for (const oid of a) flags.set(oid, ONE)
  for (const oid of b) flags.set(oid, (flags.get(oid) ?? 0) | TWO)
  for (const oid of flags.keys()) push(oid)
  let live = flags.size // queued commits that are not stale
  while (live > 0) {
    const oid = pop()
    let f = flags.get(oid)!
    if ((f & STALE) === 0) live--
    if ((f & (ONE | TWO)) === (ONE | TWO)) {
      if ((f & STALE) === 0) {
        out.bases.push(oid)
        f |= STALE
        flags.set(oid, f)
      }
    } else if ((f & ONE) !== 0) {
      out.side1.add(oid)
    } else {
      out.side2.add(oid)
    }
    for (const p of (await header(r, ctx, oid)).parents) {
      const old = flags.get(p)
      const nf = (old ?? 0) | f
      if (old === nf) continue
      flags.set(p, nf)
      if (old === undefined) {
        push(p)
        if ((nf & STALE) === 0) live++
      } else if ((old & STALE) === 0 && (nf & STALE) !== 0) {
        live-- // queued and now stale
      }
    }
  }
  return out
}
