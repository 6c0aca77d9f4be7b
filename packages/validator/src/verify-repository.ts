import * as fs from 'node:fs'
import { stat } from 'node:fs/promises'
import { basename, join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import git from 'isomorphic-git'
import { BRANCH, GitRepo } from '@skarm/conversation'
import { NotFoundError } from '@skarm/errors'
import { isId } from '@skarm/identity'
import { ValidationContext } from './context.ts'
import { CommitRejectedError } from './errors.ts'
import { replayRange, type RangeProgress } from './validate-range.ts'

/** What {@link verifyRepository} answers (`skarm verify` prints it). */
export type VerifyResult =
  | { ok: true, commits: number, seconds: number }
  | { ok: false, commit: string, rule: string, message: string, checked: number }

/**
 * Replays a whole conversation repository from its initial commit as a newcomer would: every
 * commit reachable from the `main` branch (else HEAD) is validated, oldest first. A folder
 * named like a commit id must hold the conversation of that id. Throws REPO_NOT_FOUND when
 * there is no history at all.
 *
 * ```ts
 * const r = await verifyRepository('/data/conversations/3f2a…')
 * if (!r.ok) console.log(`invalid commit ${r.commit}: ${r.rule}`)
 * ```
 */
export async function verifyRepository (repoPath: string, ctx: ValidationContext = new ValidationContext()): Promise<VerifyResult> {
  const dotGit = join(repoPath, '.git')
  const gitdir = await stat(dotGit).then((s) => s.isDirectory(), () => false) ? dotGit : repoPath
  const repo = new GitRepo(gitdir)
  const head = await repo.head() ?? await git.resolveRef({ fs, gitdir, ref: 'HEAD' }).catch(() => null)
  if (head === null) throw new NotFoundError('REPO_NOT_FOUND', `${repoPath} holds no conversation history (no ${BRANCH} branch)`, { repoPath })
  const name = basename(resolve(repoPath))
  const started = performance.now()
  const progress: RangeProgress = { checked: 0 }
  try {
    await replayRange(repo, { bases: [], tips: [head], conversationId: isId(name) ? name : undefined }, ctx, progress)
  } catch (err) {
    if (err instanceof CommitRejectedError) return { ok: false, commit: err.commit, rule: err.code, message: err.message, checked: progress.checked }
    throw err
  }
  return { ok: true, commits: progress.checked, seconds: (performance.now() - started) / 1000 }
}
