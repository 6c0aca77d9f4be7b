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
   * Ban/unban/promote resolutions of either side that are void on the merged DAG: their
   * committer (account or device) was banned by a resolution that comes first (SPEC.md §6).
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
 * of SPEC.md §7, for every file); then the changes of void resolutions are undone (the
 * conflicting-bans rule of SPEC.md §6). Symmetric: the order of the two parents does not
 * matter, so every device merging the same heads computes the same tree.
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

  const voided = await voidResolutions(r, ctx, div.side1, div.side2)
  for (const v of voided) {
    // undo what the void resolution changed, where its side still holds what it wrote
    const mine = div.side1.has(v) ? t1 : t2
    const other = mine === t1 ? t2 : t1
    const h = await header(r, ctx, v)
    const after = (await treeState(r, ctx, h.tree)).flat
    const d = diffFlat(await treeOf(r, ctx, h.parents[0]!), after)
    for (const path of [...d.added, ...d.removed, ...d.modified]) {
      if (same(mine.get(path), after.get(path))) put(merged, path, other.get(path))
    }
  }
  return { tree: merged, bases: div.bases, voided }
}

/**
 * The conflicting-bans rule (README.md): the resolutions held by only one side, in the order
 * (generation, commit id); one whose committer's account or device was banned by an earlier
 * accepted one is void. Generations are intrinsic to the DAG, so the verdict does not depend
 * on who merged or in which parent order.
 */
async function voidResolutions (r: ObjectReader, ctx: ValidationContext, side1: Set<string>, side2: Set<string>): Promise<string[]> {
  const list: string[] = []
  for (const side of [side1, side2]) {
    for (const oid of side) if ((await header(r, ctx, oid)).resolution !== null) list.push(oid)
  }
  if (list.length === 0) return []
  list.sort((x, y) => genOf(ctx, x) - genOf(ctx, y) || (x < y ? -1 : x > y ? 1 : 0))
  const banned = new Set<string>()
  const voided: string[] = []
  for (const oid of list) {
    const h = await header(r, ctx, oid)
    const res = h.resolution!
    if (banned.has(h.uri) || banned.has(h.device)) {
      voided.push(oid)
      continue
    }
    if (res.action === 'ban') banned.add(res.target)
    else if (res.action === 'unban') banned.delete(res.target)
  }
  return voided
}

/**
 * The tree a merge commit of `parents` must carry: what the code that writes merges uses, so
 * that the merge it writes is exactly the one every validator expects.
 *
 * ```ts
 * const { tree } = await mergeTree(conv.repo, [ours, theirs])
 * const oid = await writeSignedCommit(repo, signer, { tree: await repo.writeTreeFlat(tree), parents: [ours, theirs], message: '{"type":"merge"}\n' })
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
