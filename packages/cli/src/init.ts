import { access } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { InvalidInputError } from '@skarm/errors'
import { parseFlags } from './args.ts'
import type { Io } from './io.ts'

/**
 * `skarm init --data DIR --name NAME`: a new account and its first device.
 * `skarm init --data DIR --import FILE (--password P | --password-file F)`: a new device of
 * the account archived in FILE (see import.ts). Never overwrites an account.
 */
export async function init (argv: string[], io: Io): Promise<number> {
  const flags = parseFlags(argv, ['data', 'name', 'import', 'password', 'password-file'] as const, ['name', 'import', 'password', 'password-file']) as
    { data: string, name?: string, import?: string, password?: string, 'password-file'?: string }
  const dataDir = resolve(flags.data)
  if (flags.import !== undefined) {
    if (flags.name !== undefined) throw new InvalidInputError('USAGE', '--name does not go with --import: the name comes from the archive')
    const { importAccount } = await import('./import.ts')
    return await importAccount(dataDir, resolve(flags.import), flags, io)
  }
  if (flags.password !== undefined || flags['password-file'] !== undefined) throw new InvalidInputError('USAGE', '--password and --password-file go with --import')
  if (flags.name === undefined) throw new InvalidInputError('USAGE', '--name is required (or --import FILE)')
  const name = flags.name.trim()
  if (name === '') {
    io.stderr('skarm init: --name must not be blank\n')
    return 2
  }
  if (await holdsAccount(dataDir)) {
    io.stderr(`skarm init: ${dataDir} already holds an account; refusing to overwrite it\n`)
    return 1
  }
  const { createIdentity, saveIdentity } = await import('@skarm/identity')
  const id = await createIdentity(name)
  await saveIdentity(dataDir, id)
  await choosePorts(dataDir)
  io.stdout(JSON.stringify({ uri: id.uri, deviceId: id.deviceId }) + '\n')
  return 0
}

/** True when DIR holds an account, even a half-written one (not ours to replace). */
export async function holdsAccount (dataDir: string): Promise<boolean> {
  const { hasIdentity, IDENTITY_DIR } = await import('@skarm/identity')
  // identity.json is written last: check the key files too
  return await hasIdentity(dataDir) || await access(join(dataDir, IDENTITY_DIR, 'account.key')).then(() => true, () => false)
}

/**
 * The device's own p2p ports (its `listen` and `dhtPort` in DATA/config.json), chosen once, free
 * now: a restarted device listens where its peers remember it (docs/sync.md, "Rejoining after a
 * restart"). Keys already in the file are kept.
 */
export async function choosePorts (dataDir: string): Promise<void> {
  const { ensurePorts } = await import('@skarm/service-runtime')
  await ensurePorts(dataDir)
}
