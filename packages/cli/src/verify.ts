import { stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { toSkarmError } from '@skarm/errors'
import type { VerifyResult } from '@skarm/validator'
import { parseFlags } from './args.ts'
import type { Io } from './io.ts'

/** What `verifyRepository` of @skarm/validator answers. */
export type { VerifyResult }

type VerifyRepository = (repoPath: string) => Promise<VerifyResult>

/** Loaded on use: only `verify` needs the validator (and its Git code). */
async function loadVerifier (): Promise<VerifyRepository> {
  const { verifyRepository } = await import('@skarm/validator')
  return async (repoPath) => await verifyRepository(repoPath)
}

/** The one-line summary of a verification. */
export function formatVerify (r: VerifyResult): string {
  return r.ok
    ? `ok: ${r.commits} commit${r.commits === 1 ? '' : 's'} valid (${r.seconds.toFixed(2)} s)`
    : `invalid commit ${r.commit}: rule ${r.rule}: ${r.message} (${r.checked} commit${r.checked === 1 ? '' : 's'} valid before it)`
}

/** `skarm verify --repo PATH`: exit 0 with a summary, or 1 naming the first invalid commit and its rule. */
export async function verify (argv: string[], io: Io, verifier?: VerifyRepository): Promise<number> {
  const flags = parseFlags(argv, ['repo'] as const)
  const repo = resolve(flags.repo)
  const isDir = await stat(repo).then((s) => s.isDirectory(), () => false)
  if (!isDir) {
    io.stderr(`skarm verify: ${repo} is not a folder\n`)
    return 1
  }
  let run: VerifyRepository
  try {
    run = verifier ?? await loadVerifier()
  } catch (err) {
    io.stderr(`skarm verify: the validator cannot be loaded: ${err instanceof Error ? err.message : String(err)}\n`)
    return 1
  }
  let result: VerifyResult
  try {
    result = await run(repo)
  } catch (err) {
    const e = toSkarmError(err)
    io.stderr(`skarm verify: ${e.message} (${e.code})\n`)
    return 1
  }
  io.stdout(formatVerify(result) + '\n')
  return result.ok ? 0 : 1
}
