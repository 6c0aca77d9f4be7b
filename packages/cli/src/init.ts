import { access } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { parseFlags } from './args.ts'
import type { Io } from './io.ts'

/** `skarm init --data DIR --name NAME`: a new account and its first device; never overwrites one. */
export async function init (argv: string[], io: Io): Promise<number> {
  const flags = parseFlags(argv, ['data', 'name'] as const)
  const dataDir = resolve(flags.data)
  const name = flags.name.trim()
  if (name === '') {
    io.stderr('skarm init: --name must not be blank\n')
    return 2
  }
  const { createIdentity, saveIdentity, hasIdentity, IDENTITY_DIR } = await import('@skarm/identity')
  // identity.json is written last: check the key files too, a half-written identity is not ours to replace
  const existing = await hasIdentity(dataDir) || await access(join(dataDir, IDENTITY_DIR, 'account.key')).then(() => true, () => false)
  if (existing) {
    io.stderr(`skarm init: ${dataDir} already holds an account; refusing to overwrite it\n`)
    return 1
  }
  const id = await createIdentity(name)
  await saveIdentity(dataDir, id)
  io.stdout(JSON.stringify({ uri: id.uri, deviceId: id.deviceId }) + '\n')
  return 0
}
