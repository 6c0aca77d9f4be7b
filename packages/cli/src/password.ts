import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { InvalidInputError } from '@skarm/errors'

/** The password flags of `export` and `init --import`. */
export interface PasswordFlags {
  password?: string
  'password-file'?: string
}

/**
 * The archive password: `--password P`, or the first line of `--password-file F` (so that
 * scripts need not show it to `ps`). Exactly one of the two (USAGE otherwise); an empty first
 * line is ARCHIVE_PASSWORD_EMPTY, an unreadable file PASSWORD_FILE_UNREADABLE.
 */
export async function readPassword (flags: PasswordFlags): Promise<string> {
  const { password, 'password-file': file } = flags
  if ((password === undefined) === (file === undefined)) {
    throw new InvalidInputError('USAGE', 'give the archive password with --password P or --password-file F (one of them)')
  }
  if (password !== undefined) return password
  const path = resolve(file!)
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (err) {
    throw new InvalidInputError('PASSWORD_FILE_UNREADABLE', `cannot read the password file ${path} (${(err as NodeJS.ErrnoException).code ?? 'error'})`, {}, { cause: err })
  }
  const first = text.split('\n', 1)[0]!.replace(/\r$/, '')
  if (first === '') throw new InvalidInputError('ARCHIVE_PASSWORD_EMPTY', `the first line of ${path} is empty: it must hold the password`)
  return first
}
