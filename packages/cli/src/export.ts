import { randomBytes } from 'node:crypto'
import { chmod, link, lstat, open, readdir, rename, rm } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { ConflictError, InvalidInputError } from '@skarm/errors'
import type { AccountArchive, ArchivedConversation, Identity } from '@skarm/identity'
import { parseFlags } from './args.ts'
import { readPassword } from './password.ts'
import type { Io } from './io.ts'

/**
 * `skarm export --data DIR --out FILE (--password P | --password-file F)`: writes the account
 * archive (SPEC.md §9) of DIR's account to FILE (mode 0600, never over an existing file) and
 * prints `{"uri","conversations":N}`.
 */
export async function exportAccount (argv: string[], io: Io): Promise<number> {
  const flags = parseFlags(argv, ['data', 'out', 'password', 'password-file'] as const, ['password', 'password-file']) as
    { data: string, out: string, password?: string, 'password-file'?: string }
  const password = await readPassword(flags)
  const dataDir = resolve(flags.data)
  const out = resolve(flags.out)
  // checked first so that nobody waits for the KDF to learn it; the final link checks again
  if (await lstat(out).then(() => true, () => false)) {
    io.stderr(`skarm export: ${out} already exists; refusing to overwrite it\n`)
    return 1
  }
  const { loadIdentity, encryptArchive } = await import('@skarm/identity')
  const identity = await loadIdentity(dataDir)
  const archive = await collectArchive(dataDir, identity, (id, err) => {
    io.stderr(`skarm export: conversation ${id} left out: ${err instanceof Error ? err.message : String(err)}\n`)
  })
  const bytes = await encryptArchive(archive, password)
  await writeNewFile(out, bytes, 0o600)
  io.stdout(JSON.stringify({ uri: archive.uri, conversations: archive.conversations.length }) + '\n')
  return 0
}

/**
 * What goes into the archive: the account key and certificate, the entries of
 * `DATA/account/state.json`, and each conversation not removed here where the account is an
 * admin or a member at the head, with its mode and the devices (not banned) listed under
 * `/devices`: where a new device may clone it from.
 */
export async function collectArchive (dataDir: string, identity: Identity, skipped: (id: string, err: unknown) => void = () => {}): Promise<AccountArchive> {
  const { privateKeyToPem, isId } = await import('@skarm/identity')
  const { Conversation, rolesOf } = await import('@skarm/conversation')
  const { AccountState, LocalState } = await import('@skarm/store')
  let state: Record<string, unknown>
  try {
    state = await new AccountState(dataDir, identity.deviceId).all()
  } catch (err) {
    // a broken state file must not silently become an archive without the account's state
    throw new InvalidInputError('ACCOUNT_STATE_INVALID', `cannot read ${join(dataDir, 'account', 'state.json')}: ${err instanceof Error ? err.message : String(err)}`, {}, { cause: err })
  }
  const local = new LocalState(dataDir)
  const conversationsDir = join(dataDir, 'conversations')
  const names = await readdir(conversationsDir).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return [] as string[]
    throw err
  })
  const conversations: ArchivedConversation[] = []
  for (const id of names.filter(isId).sort()) {
    const info = await local.read<{ removed?: number }>(id, 'info.json', {})
    if (info.removed !== undefined) continue
    try {
      const conv = await Conversation.open(join(conversationsDir, id))
      const roles = rolesOf(await conv.tree())
      if (!roles.admins.has(identity.uri) && !roles.members.has(identity.uri)) continue
      const devices = [...roles.devices].filter((d) => !roles.banned.devices.has(d)).sort()
      conversations.push({ id, mode: await conv.mode(), devices })
    } catch (err) {
      // a folder that is not a readable conversation: tell, and export the rest
      skipped(id, err)
    }
  }
  return {
    version: 1,
    uri: identity.uri,
    displayName: identity.displayName,
    accountKey: privateKeyToPem(identity.account.privateKey),
    accountCert: identity.accountCert,
    state,
    conversations
  }
}

/**
 * Writes a new file atomically: a temporary file (mode `mode`, fsync'd) hard-linked to `path`,
 * which fails when `path` exists, so an existing file is never replaced, even by a race.
 */
async function writeNewFile (path: string, data: Uint8Array, mode: number): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`)
  try {
    const fh = await open(tmp, 'wx', mode)
    try {
      await fh.writeFile(data)
      await fh.sync()
    } finally {
      await fh.close()
    }
    await chmod(tmp, mode) // exactly `mode`, whatever the umask
    try {
      await link(tmp, path)
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code
      if (code === 'EEXIST') throw new ConflictError('FILE_EXISTS', `${path} already exists; refusing to overwrite it`, {}, { cause: err })
      // a file system without hard links: check, then rename (a narrow race, not a torn file)
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw err
      if (await lstat(path).then(() => true, () => false)) throw new ConflictError('FILE_EXISTS', `${path} already exists; refusing to overwrite it`)
      await rename(tmp, path)
    }
  } finally {
    await rm(tmp, { force: true })
  }
  await syncDir(dirname(path))
}

/** fsyncs a folder so that a new name in it survives a power failure (best effort: not every system allows it). */
async function syncDir (dir: string): Promise<void> {
  try {
    const fh = await open(dir, 'r')
    try {
      await fh.sync()
    } finally {
      await fh.close()
    }
  } catch {
    // fsync of a folder is not supported everywhere; the file itself is already synced
  }
}
