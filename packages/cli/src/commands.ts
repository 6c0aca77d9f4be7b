import { SkarmError } from '@skarm/errors'
import { USAGE } from './args.ts'
import type { Io } from './io.ts'

type Command = (argv: string[], io: Io) => Promise<number>

// Each command loads its own code: `up` (the supervisor) must stay light, `init` needs the
// identity code, `export` the conversation and store code, `verify` the validator.
const COMMANDS: Record<string, () => Promise<Command>> = {
  init: async () => (await import('./init.ts')).init,
  export: async () => (await import('./export.ts')).exportAccount,
  up: async () => (await import('./up.ts')).runUp,
  status: async () => (await import('./status.ts')).status,
  verify: async () => (await import('./verify.ts')).verify,
  demo: async () => (await import('./demo.ts')).demo
}

/**
 * Runs `skarm <command> …` and resolves with its exit code: 0 done, 1 failed, 2 usage error.
 *
 * ```ts
 * process.exitCode = await main(process.argv.slice(2), { stdout, stderr, env: process.env })
 * ```
 */
export async function main (argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    ;(name === undefined ? io.stderr : io.stdout)(USAGE)
    return name === undefined ? 2 : 0
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined
  if (load === undefined) {
    io.stderr(`skarm: unknown command ${JSON.stringify(name)}\n\n${USAGE}`)
    return 2
  }
  try {
    return await (await load())(rest, io)
  } catch (err) {
    if (err instanceof SkarmError && err.code === 'USAGE') {
      io.stderr(`skarm ${name}: ${err.message}\n\n${USAGE}`)
      return 2
    }
    const message = err instanceof Error ? err.message : String(err)
    io.stderr(`skarm ${name}: ${message}\n`)
    return 1
  }
}
