import { realpath } from 'node:fs/promises'
import { isAbsolute, relative, resolve } from 'node:path'
import { GitRepo } from '@skarm/conversation'
import { InvalidInputError, NotFoundError } from '@skarm/errors'
import { ValidationContext, type ValidatorInit } from './context.ts'
import { CommitRejectedError } from './errors.ts'
import { replayRange, type RangeProgress } from './validate-range.ts'

/** What the validator service is built over. */
export interface ValidatorComponents {
  /** The device's data folder: repositories are accepted under `conversations/` and `quarantine/` only. */
  dataDir: string
}

/** A validate-range request as it comes off the bus (untrusted). */
export interface ValidateRangeRequest {
  repoPath?: string | null
  bases?: string[] | null
  tips?: string[] | null
  /** Pushed objects (zlib data of loose objects), read before the repository's own. */
  objects?: Array<{ oid?: string | null, data?: Uint8Array | null }> | null
}

/** A validate-range answer: a rejection is an answer (`ok: false`), not an error. */
export interface ValidateRangeAnswer {
  ok: boolean
  checked: number
  invalidCommit: string
  rule: string
  message: string
}

/** The validator service of a device. */
export interface Validator {
  /** Validates `tips` minus `bases` in a repository under the data folder. */
  validateRange: (req: ValidateRangeRequest) => Promise<ValidateRangeAnswer>
}

/** The folders under the data folder whose repositories may be validated. */
export const VALIDATED_FOLDERS = ['conversations', 'quarantine'] as const

function inside (root: string, path: string): boolean {
  const rel = relative(root, path)
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)
}

/**
 * The validator service: checks the request at the edge (the repository must resolve inside
 * `<dataDir>/conversations/` or `<dataDir>/quarantine/`, symlinks followed) and answers a
 * rejection with `ok: false` naming the commit and rule. One {@link ValidationContext} is kept
 * for the process, so certificates and trees are parsed once across requests.
 *
 * ```ts
 * const validator = createValidator({ dataDir })
 * bus.serve(ValidatorMethods.validateRange, (req) => validator.validateRange(req))
 * ```
 */
export function createValidator (components: ValidatorComponents, init: ValidatorInit = {}): Validator {
  const ctx = new ValidationContext(init)
  const roots = VALIDATED_FOLDERS.map((f) => resolve(components.dataDir, f))

  const repoOf = async (repoPath: unknown): Promise<GitRepo> => {
    if (typeof repoPath !== 'string' || repoPath === '' || repoPath.includes('\0')) throw new InvalidInputError('REPO_PATH_INVALID', 'repo_path names a repository folder')
    const path = resolve(components.dataDir, repoPath)
    if (!roots.some((root) => inside(root, path))) {
      throw new InvalidInputError('REPO_PATH_INVALID', 'repo_path must be inside the data folder\'s conversations/ or quarantine/', { repoPath: repoPath.slice(0, 200) })
    }
    let real: string
    try {
      real = await realpath(path)
    } catch (err) {
      throw new NotFoundError('REPO_NOT_FOUND', 'no repository at repo_path', { repoPath: repoPath.slice(0, 200) }, { cause: err })
    }
    const realRoots = await Promise.all(roots.map(async (root) => await realpath(root).catch(() => root)))
    if (!realRoots.some((root) => inside(root, real))) {
      throw new InvalidInputError('REPO_PATH_INVALID', 'repo_path leads outside the data folder\'s conversations/ or quarantine/', { repoPath: repoPath.slice(0, 200) })
    }
    return new GitRepo(real)
  }

  return {
    async validateRange (req) {
      const repo = await repoOf(req.repoPath)
      const objects = new Map<string, Buffer>()
      for (const o of req.objects ?? []) {
        if (typeof o.oid !== 'string' || !/^[0-9a-f]{40}$/.test(o.oid) || o.data == null || o.data.length === 0) throw new InvalidInputError('OBJECT_INVALID', 'objects are {oid: 40 hex, data: zlib bytes}')
        objects.set(o.oid, Buffer.from(o.data))
      }
      const range = { bases: [...(req.bases ?? [])], tips: [...(req.tips ?? [])], objects }
      const progress: RangeProgress = { checked: 0 }
      try {
        await replayRange(repo, range, ctx, progress)
      } catch (err) {
        if (err instanceof CommitRejectedError) return { ok: false, checked: progress.checked, invalidCommit: err.commit, rule: err.code, message: err.message }
        throw err
      }
      return { ok: true, checked: progress.checked, invalidCommit: '', rule: '', message: '' }
    }
  }
}

