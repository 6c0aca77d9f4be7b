import { randomBytes } from 'node:crypto'
import { mkdir, readdir, readFile, rename, rm, rmdir, stat } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { ConflictError, InvalidInputError } from '@skarm/errors'
import { choosePorts, holdsAccount } from './init.ts'
import { readPassword, type PasswordFlags } from './password.ts'
import type { Io } from './io.ts'

/**
 * `skarm init --data DIR --import FILE`: decrypts the account archive, makes a NEW device key
 * and certificate for the archived account, and writes DIR: the identity, the account state
 * (the archive's entries plus this device's `device/<id>` entry) and one accepted request per
 * archived conversation carrying the archive's device hints, so that the conversations are
 * listed `syncing` until they are cloned. Nothing is written unless all of it is: a wrong
 * password, a damaged archive or a failed write leaves DIR absent, or as it was.
 */
export async function importAccount (dataDir: string, file: string, flags: PasswordFlags, io: Io): Promise<number> {
  const password = await readPassword(flags)
  if (await holdsAccount(dataDir)) {
    io.stderr(`skarm init: ${dataDir} already holds an account; refusing to overwrite it\n`)
    return 1
  }
  const { decryptArchive, addDevice, keyPairFromPem, saveIdentity, IDENTITY_DIR, MAX_ARCHIVE_BYTES } = await import('@skarm/identity')
  const { MODES } = await import('@skarm/conversation')
  const { AccountState, RequestBook, checkEntries } = await import('@skarm/store')
  let size: number
  try {
    size = (await stat(file)).size
  } catch (err) {
    io.stderr(`skarm init: cannot read ${file} (${(err as NodeJS.ErrnoException).code ?? 'error'})\n`)
    return 1
  }
  // never read a huge file into memory: decryptArchive refuses it anyway
  if (size > MAX_ARCHIVE_BYTES) throw new InvalidInputError('ARCHIVE_TOO_LARGE', `${file} is larger than an account archive can be (${MAX_ARCHIVE_BYTES} bytes)`)
  const archive = await decryptArchive(await readFile(file), password)
  for (const c of archive.conversations) {
    if (!(MODES as readonly string[]).includes(c.mode)) throw new InvalidInputError('ARCHIVE_INVALID', `the archive gives conversation ${c.id} an unknown mode`)
  }
  let entries: ReturnType<typeof checkEntries>
  try {
    entries = checkEntries(archive.state)
  } catch (err) {
    throw new InvalidInputError('ARCHIVE_INVALID', `the archive's ${err instanceof Error ? err.message : String(err)}`, {}, { cause: err })
  }
  const identity = await addDevice({ uri: archive.uri, displayName: archive.displayName, account: keyPairFromPem(archive.accountKey), accountCert: archive.accountCert })
  await writeDataDir(dataDir, IDENTITY_DIR, async (dir) => {
    // the store's own writers, so that the files are exactly what the device stack reads
    const state = new AccountState(dir, identity.deviceId)
    await state.merge(entries)
    await state.set(`device/${identity.deviceId}`, { cert: identity.deviceCert, name: identity.displayName })
    const requests = new RequestBook(dir)
    const received = Math.floor(Date.now() / 1000)
    for (const c of archive.conversations) {
      await requests.put({ conversationId: c.id, from: archive.uri, received, mode: c.mode as typeof MODES[number], accepted: true, devices: c.devices })
    }
    await saveIdentity(dir, identity)
  })
  await choosePorts(dataDir)
  io.stdout(JSON.stringify({ uri: identity.uri, deviceId: identity.deviceId }) + '\n')
  return 0
}

/**
 * Builds a data folder's new content in a temporary sibling folder, then puts it in place: the
 * whole folder is renamed onto DIR when DIR is absent or empty; otherwise each new entry is
 * moved in (refused when DIR already has one of that name), the identity last, so that DIR
 * never looks like an account before everything else is there. On any failure everything made
 * here is removed, and DIR is left as it was.
 */
async function writeDataDir (dataDir: string, identityDir: string, build: (dir: string) => Promise<void>): Promise<void> {
  // the first folder `mkdir -p` had to create, if any: removed again on failure. 0700 like
  // the folders `skarm init` makes: the data folder holds the keys.
  const createdParent = await mkdir(dirname(dataDir), { recursive: true, mode: 0o700 })
  const staging = join(dirname(dataDir), `.${basename(dataDir)}.import-${randomBytes(6).toString('hex')}`)
  const moved: string[] = []
  let done = false
  try {
    await mkdir(staging, { mode: 0o700 })
    await build(staging)
    const present = await readdir(dataDir).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return [] as string[]
      throw err
    })
    if (present.length === 0) {
      // rename(2) replaces an empty folder
      await rename(staging, dataDir)
    } else {
      const names = (await readdir(staging)).sort((a, b) => Number(a === identityDir) - Number(b === identityDir))
      const clash = names.find((n) => present.includes(n))
      if (clash !== undefined) throw new ConflictError('DATA_DIR_CONFLICT', `${dataDir} already holds ${clash}; import into an empty or new folder`)
      for (const n of names) {
        await rename(join(staging, n), join(dataDir, n))
        moved.push(n)
      }
      await rmdir(staging)
    }
    done = true
  } finally {
    if (!done) {
      for (const n of moved.reverse()) await rm(join(dataDir, n), { recursive: true, force: true })
      await rm(staging, { recursive: true, force: true })
      if (createdParent !== undefined) await rm(createdParent, { recursive: true, force: true })
    }
  }
}
