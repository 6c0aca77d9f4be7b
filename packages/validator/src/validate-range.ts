import { basename } from 'node:path'
import { linearize, type GitRepo, type StoredCommit } from '@skarm/conversation'
import { InvalidInputError } from '@skarm/errors'
import { isId } from '@skarm/identity'
import { ValidationContext } from './context.ts'
import { ancestorsOf, header, noteGen, noteHeader } from './dag.ts'
import { CommitRejectedError } from './errors.ts'
import { CheckedRepo, ObjectError, ObjectReader } from './objects.ts'
import { checkPresent } from './trees.ts'
import { checkCommit, conversationResolver } from './validate-commit.ts'

/** The commits to validate: reachable from `tips`, not from `bases`. */
export interface CommitRange {
  /** Commits already accepted (the local heads); empty to replay a whole history. */
  bases: string[]
  /** The heads to accept (a fetched branch). */
  tips: string[]
  /**
   * The conversation id, when the caller knows it: a history that starts elsewhere is
   * rejected (CONVERSATION_MISMATCH), and the initial commit is found without a walk. By
   * default the repository folder's name is used as a hint when it is a commit id.
   */
  conversationId?: string
  /**
   * Objects not in the repository yet (zlib data of loose objects by id): a push quarantined
   * in memory. Read before the repository's own, checked against their ids like any other.
   */
  objects?: ReadonlyMap<string, Buffer>
}

/** Progress of a replay, readable after a rejection. */
export interface RangeProgress {
  checked: number
}

/**
 * Validates every commit reachable from `tips` and not from `bases`, oldest first (parents
 * before children, in the order of `linearize`), each against its parent tree(s). The first
 * invalid commit throws a {@link CommitRejectedError}; bad ids throw InvalidInputError.
 *
 * ```ts
 * const { checked } = await validateRange(quarantine, { bases: [localHead], tips: [fetchedHead] })
 * ```
 */
export async function validateRange (repo: GitRepo, range: CommitRange, ctx: ValidationContext = new ValidationContext()): Promise<{ checked: number }> {
  const progress: RangeProgress = { checked: 0 }
  await replayRange(repo, range, ctx, progress)
  return { checked: progress.checked }
}

function asRejection (err: unknown): unknown {
  return err instanceof ObjectError ? new CommitRejectedError(err.code, err.message, { commit: err.oid }, { cause: err }) : err
}

/** {@link validateRange}, counting validated commits into `progress`. */
export async function replayRange (repo: GitRepo, range: CommitRange, ctx: ValidationContext, progress: RangeProgress): Promise<void> {
  for (const id of [...range.bases, ...range.tips, ...(range.conversationId === undefined ? [] : [range.conversationId])]) {
    if (!isId(id)) throw new InvalidInputError('RANGE_INVALID', 'bases, tips and the conversation id are commit ids (40 lowercase hex)', { id: String(id).slice(0, 50) })
  }
  const r = new ObjectReader(repo, undefined, range.objects)
  const walker = new CheckedRepo(r, ctx.limits.maxCommitBytes, (c) => { noteHeader(ctx, c) })
  const stop = new Set(range.bases)
  let order: StoredCommit[] = []
  try {
    for (const tip of new Set(range.tips)) {
      if (stop.has(tip)) continue
      for (const c of await linearize(walker, tip, stop)) {
        order.push(c)
        stop.add(c.oid)
      }
    }
    // The walk stops at the bases, not at their ancestors: a branch that forked below a base
    // (or several bases) brings known commits along. Drop them.
    if (range.bases.length > 1 || (range.bases.length > 0 && order.some((c) => c.parents.length === 0))) {
      const known = await ancestorsOf(r, ctx, range.bases)
      order = order.filter((c) => !known.has(c.oid))
    }
  } catch (err) {
    throw asRejection(err)
  }

  const roots = order.filter((c) => c.parents.length === 0)
  if (roots.length > (range.bases.length > 0 ? 0 : 1)) {
    throw new CommitRejectedError('COMMIT_BAD_PARENTS', 'a second initial commit: this history is not the one of this conversation', { commit: roots[roots.length - 1]!.oid })
  }
  if (range.conversationId !== undefined && roots[0] !== undefined && roots[0].oid !== range.conversationId) {
    throw new CommitRejectedError('CONVERSATION_MISMATCH', `the history starts at ${roots[0].oid}, not at the conversation id ${range.conversationId}`, { commit: roots[0].oid })
  }
  const first = order[0]
  if (first === undefined) return
  const folder = basename(repo.gitdir)
  const conv = conversationResolver(r, ctx, roots[0] ?? first, range.conversationId ?? (isId(folder) ? folder : undefined))
  for (const c of order) {
    if (progress.checked % 512 === 511) await new Promise((resolve) => setImmediate(resolve))
    try {
      const parent = c.parents[0] === undefined ? undefined : (await header(r, ctx, c.parents[0])).tree
      await checkPresent(r, ctx, c.tree, parent)
    } catch (err) {
      // the commit is what is refused; the message names the missing object
      throw err instanceof ObjectError ? new CommitRejectedError(err.code, err.message, { commit: c.oid }, { cause: err }) : err
    }
    await checkCommit(r, ctx, c, conv)
    progress.checked++
    noteGen(ctx, c.oid, c.parents)
  }
}
