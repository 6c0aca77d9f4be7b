/**
 * @packageDocumentation
 * The `skarm` command (API.md): `init` (a new account, or `--import` a new device of an
 * archived one), `export`, `up`, `status`, `verify`, `demo`. `bin/skarm.js` runs it under
 * Node >= 22.18; `apps/skarmd` reuses {@link runUp}.
 *
 * ```ts
 * const code = await main(['status', '--data', dir], { stdout: console.log, stderr: console.error, env: process.env })
 * ```
 */
export { main } from './commands.ts'
export { runUp, type UpOptions } from './up.ts'
export { USAGE, parseFlags } from './args.ts'
export { formatVerify, type VerifyResult } from './verify.ts'
export type { Io } from './io.ts'
