import { diffFlat, type FlatEntry, type FlatTree, type GitRepo } from '@skarm/conversation'
import { ValidationContext } from './context.ts'
import { genOf, header, paint } from './dag.ts'
import { CommitRejectedError } from './errors.ts'
import { ObjectError, ObjectReader } from './objects.ts'
import { treeState } from './trees.ts'

/** The tree a merge of two commits must have, and why. */
export interface MergeResult {
  tree: FlatTree
  /** The merge bases found (several after criss-cross merges). */
  bases: string[]
  /**
   * The void commits of this merge (README.md, "Conflicting bans across a partition"), sorted:
   * resolutions and revocations whose committer was banned or revoked by one that comes first,
   * and the commits of one side by an account or device that a standing ban or revocation of
   * the other side targets. The merge undoes their changes and its message lists them.
   */
  voided: string[]
}

function same (x: FlatEntry | undefined, y: FlatEntry | undefined): boolean {
  return x === undefined ? y === undefined : y !== undefined && x.oid === y.oid && x.mode === y.mode
}

function put (tree: FlatTree, path: string, e: FlatEntry | undefined): void {
  if (e === undefined) tree.delete(path)
  else tree.set(path, e)
}

/**
 * The deterministic merge of two commits (README.md, "Merges"): a three-way merge per path
 * against the merge base; several merge bases (criss-cross merges) are first merged the same
 * way into a virtual base, as Git's recursive strategy does. A path both sides changed
 * differently takes the version of the side with the higher commit id (the `/profile.vcf` rule
 * of SPEC.md §7, for every file); then the changes of void commits are undone (the
 * conflicting-bans rule of SPEC.md §6, extended to every commit concurrent with a ban or a
 * revocation). Symmetric: the order of the two parents does not matter, so every device
 * merging the same heads computes the same tree and the same list of void commits.
 */
export async function computeMerge (r: ObjectReader, ctx: ValidationContext, p1: string, p2: string): Promise<MergeResult> {
  return await mergeSides(r, ctx, [p1], [p2], 0)
}

// Deeper recursion than this (criss-cross of criss-crosses…) falls back to the entries every
// base agrees on: still deterministic, and no real history nests so deep.
const MAX_VIRTUAL_DEPTH = 8

async function treeOf (r: ObjectReader, ctx: ValidationContext, oid: string): Promise<FlatTree> {
  return (await treeState(r, ctx, (await header(r, ctx, oid)).tree)).flat
}

/** The tree of one commit, or the merge of several (a virtual commit). */
async function virtualTree (r: ObjectReader, ctx: ValidationContext, commits: string[], depth: number): Promise<FlatTree> {
  const sorted = [...commits].sort()
  if (sorted.length === 1) return await treeOf(r, ctx, sorted[0]!)
  if (depth >= MAX_VIRTUAL_DEPTH) {
    const trees = await Promise.all(sorted.map(async (c) => await treeOf(r, ctx, c)))
    return new Map([...trees[0]!].filter(([path, e]) => trees.every((t) => same(t.get(path), e))))
  }
  return (await mergeSides(r, ctx, [sorted[0]!], sorted.slice(1), depth + 1)).tree
}

async function mergeSides (r: ObjectReader, ctx: ValidationContext, a: string[], b: string[], depth: number): Promise<MergeResult> {
  const t1 = await virtualTree(r, ctx, a, depth)
  const t2 = await virtualTree(r, ctx, b, depth)
  const div = await paint(r, ctx, a, b)
  const base = div.bases.length === 0 ? new Map() : await virtualTree(r, ctx, div.bases, depth)

  const higher = [...a].sort().pop()! > [...b].sort().pop()! ? t1 : t2
  const merged: FlatTree = new Map()
  for (const path of new Set([...t1.keys(), ...t2.keys(), ...base.keys()])) {
    const x = t1.get(path)
    const y = t2.get(path)
    const o = base.get(path)
    put(merged, path, same(x, y) ? x : same(o, x) ? y : same(o, y) ? x : higher.get(path))
  }

  const voided = await voidCommits(r, ctx, div.side1, div.side2)
  for (const v of voided) {
    // undo what the void commit changed, where its side still holds what it wrote
    const h = await header(r, ctx, v)
    const parent = await header(r, ctx, h.parents[0]!)
    if (h.tree === parent.tree) continue // a message: nothing to undo
    const mine = div.side1.has(v) ? t1 : t2
    const other = mine === t1 ? t2 : t1
    const after = (await treeState(r, ctx, h.tree)).flat
    const d = diffFlat(await treeOf(r, ctx, h.parents[0]!), after)
    for (const path of [...d.added, ...d.removed, ...d.modified]) {
      if (same(mine.get(path), after.get(path))) put(merged, path, other.get(path))
    }
  }
  return { tree: merged, bases: div.bases, voided }
}

const byId = (x: string, y: string): number => x < y ? -1 : x > y ? 1 : 0

/**
 * The void commits of a merge of two sides (README.md, "Conflicting bans across a
 * partition"), sorted by id:
 *
 * 1. The resolutions (ban/unban/promote) and revocations held by only one side, in the order
 *    (generation, commit id): one whose committer's account or device was banned, or whose
 *    device was revoked by its account, by an earlier standing one is void.
 * 2. A standing promotion of one side whose target a standing ban of the other side bans: a
 *    ban beats a concurrent promotion, whatever their order.
 * 3. Every other single-parent commit of one side whose committer is targeted by a standing
 *    ban (account or device) or revocation (that account's device) of the other side: it was
 *    made concurrently with the ban, by someone the merged history bans.
 *
 * Generations are intrinsic to the DAG, so the verdict depends neither on who merged nor on
 * the parent order. Sides without any resolution or revocation (the usual merge) cost one
 * cached header look-up per commit, as before.
 */
async function voidCommits (r: ObjectReader, ctx: ValidationContext, side1: Set<string>, side2: Set<string>): Promise<string[]> {
  const list: string[] = []
  for (const side of [side1, side2]) {
    for (const oid of side) {
      const h = await header(r, ctx, oid)
      if (h.resolution !== null && h.parents.length === 1) list.push(oid)
    }
  }
  if (list.length === 0) return []
  list.sort((x, y) => genOf(ctx, x) - genOf(ctx, y) || byId(x, y))
  const banned = new Set<string>() // accounts and devices
  const revoked = new Set<string>() // `account/device`: a revocation only speaks for its own account
  // what the standing bans and revocations of each side target
  const targets = [new Set<string>(), new Set<string>()]
  const voided: string[] = []
  // standing promotions, by side: a ban beats a concurrent promotion of its target
  const promotions: Array<{ oid: string, side: number, target: string }> = []
  for (const oid of list) {
    const h = await header(r, ctx, oid)
    const res = h.resolution!
    if (banned.has(h.uri) || banned.has(h.device) || revoked.has(`${h.uri}/${h.device}`)) {
      voided.push(oid)
      continue
    }
    const mine = targets[side1.has(oid) ? 0 : 1]!
    if (res.action === 'promote') promotions.push({ oid, side: side1.has(oid) ? 0 : 1, target: res.target })
    if (res.action === 'ban') {
      banned.add(res.target)
      mine.add(res.target)
    } else if (res.action === 'unban') {
      banned.delete(res.target)
    } else if (res.action === 'revoke') {
      revoked.add(`${h.uri}/${res.target}`)
      mine.add(`${h.uri}/${res.target}`)
    }
  }
  const [t1, t2] = targets as [Set<string>, Set<string>]
  // Promoted on one side while banned on the other: both moved /members/<uri>.crt, and the
  // three-way merge would keep both moves (an admin who is banned). The ban wins, whatever the
  // order of the walk: the promotion is void and undone.
  for (const p of promotions) if (targets[1 - p.side]!.has(p.target)) voided.push(p.oid)
  if (t1.size > 0 || t2.size > 0) {
    for (const [side, against] of [[side1, t2], [side2, t1]] as const) {
      if (against.size === 0) continue
      for (const oid of side) {
        const h = await header(r, ctx, oid)
        if (h.parents.length !== 1 || h.resolution !== null) continue
        if (against.has(h.uri) || against.has(h.device) || against.has(`${h.uri}/${h.device}`)) voided.push(oid)
      }
    }
  }
  return voided.sort(byId)
}

/**
 * The tree a merge commit of `parents` must carry: what the code that writes merges uses, so
 * that the merge it writes is exactly the one every validator expects.
 *
 * ```ts
 * const { tree, voided } = await mergeTree(conv.repo, [ours, theirs])
 * const message = JSON.stringify(voided.length === 0 ? { type: 'merge' } : { type: 'merge', voided }) + '\n'
 * const oid = await writeSignedCommit(repo, signer, { tree: await repo.writeTreeFlat(tree), parents: [ours, theirs], message })
 * ```
 */
export async function mergeTree (repo: GitRepo, parents: [string, string], ctx: ValidationContext = new ValidationContext()): Promise<MergeResult> {
  try {
    return await computeMerge(new ObjectReader(repo), ctx, parents[0], parents[1])
  } catch (err) {
    if (err instanceof ObjectError) throw new CommitRejectedError(err.code, err.message, { commit: err.oid }, { cause: err })
    throw err
  }
}
