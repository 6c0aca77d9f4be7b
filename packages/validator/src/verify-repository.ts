import { readFile, stat } from 'node:fs/promises'
import { basename, join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { BRANCH, GitRepo } from '@skarm/conversation'
import { NotFoundError } from '@skarm/errors'
import { isId } from '@skarm/identity'
import { ValidationContext } from './context.ts'
import { CommitRejectedError } from './errors.ts'
import { replayRange, type RangeProgress } from './validate-range.ts'

const OID = /^[0-9a-f]{40}$/

// HEAD when it is not the `main` branch: detached, or another branch (loose or packed ref).
async function resolveHead (gitdir: string): Promise<string | null> {
  const head = (await readFile(join(gitdir, 'HEAD'), 'utf8').catch(() => '')).trim()
  if (OID.test(head)) return head
  const ref = /^ref: (refs\/heads\/[^\s]+)$/.exec(head)?.[1]
  if (ref === undefined || ref.includes('..')) return null
  const loose = (await readFile(join(gitdir, ref), 'utf8').catch(() => '')).trim()
  if (OID.test(loose)) return loose
  const packed = await readFile(join(gitdir, 'packed-refs'), 'utf8').catch(() => '')
  for (const line of packed.split('\n')) {
    const [oid, name] = line.split(' ')
    if (name === ref && oid !== undefined && OID.test(oid)) return oid
  }
  return null
}

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
  const head = await repo.head() ?? await resolveHead(gitdir)
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
