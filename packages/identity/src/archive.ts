import { createCipheriv, createDecipheriv, randomBytes, scrypt, type ScryptOptions } from 'node:crypto'
import { InvalidInputError } from '@skarm/errors'
import { idFromPublicKey, isId, keyPairFromPem } from './keys.ts'
import { verifyAccountCertificate } from './certificates.ts'

/** One conversation the archived account is in, with hints where to clone it from. */
export interface ArchivedConversation {
  id: string
  /** The conversation's mode name (`INVITES_ONLY`, …). */
  mode: string
  /** Device ids listed under `/devices` at the exporting device's head (not banned): where a clone may come from. */
  devices: string[]
}

/**
 * What an account archive holds once decrypted (SPEC.md §9): the account key and
 * certificate, the account state shared by its devices, and its conversations. Never a
 * device key: each import makes a new device.
 */
export interface AccountArchive {
  version: 1
  /** Account URI. */
  uri: string
  displayName: string
  /** The account's private key, PEM PKCS#8. */
  accountKey: string
  /** The account certificate, PEM. */
  accountCert: string
  /** The entries of `DATA/account/state.json` (opaque here; may be `{}`). */
  state: Record<string, unknown>
  conversations: ArchivedConversation[]
}

/** scrypt's cost parameters (RFC 7914): memory ≈ 128 · N · r bytes. */
export interface ScryptParams {
  N: number
  r: number
  p: number
}

/** Options of {@link encryptArchive}. */
export interface EncryptArchiveOptions {
  /** KDF cost; default {@link ARCHIVE_KDF_PARAMS}. Stored in the file, so a later version may raise it. */
  kdf?: ScryptParams
}

/** The first line of every archive; the number is the format version. */
export const ARCHIVE_MAGIC = 'SKARM-ACCOUNT-ARCHIVE'
/** The format version this code writes and reads. */
export const ARCHIVE_VERSION = 1
/**
 * Default scrypt cost: N = 2^17, r = 8, p = 1, i.e. 128 MiB of memory and 0.3–0.7 s on one
 * core of a small server. Memory-hard so that guessing passwords on GPUs stays expensive.
 */
export const ARCHIVE_KDF_PARAMS: Readonly<ScryptParams> = Object.freeze({ N: 2 ** 17, r: 8, p: 1 })
/** Largest archive read or written (bytes of the file): checked before anything is decrypted. */
export const MAX_ARCHIVE_BYTES = 64 * 1024 * 1024
/** Most memory the KDF parameters of a file may ask for (a forged file must not exhaust the machine). */
export const MAX_KDF_MEMORY_BYTES = 1024 * 1024 * 1024

const CIPHER = 'aes-256-gcm'
const KEY_BYTES = 32
const IV_BYTES = 12
const SALT_BYTES = 16
const TAG_BYTES = 16
const MAX_P = 16
const MAX_R = 32
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

/** The header line: everything needed to derive the key and decrypt, authenticated as AAD. */
interface ArchiveHeader {
  kdf: 'scrypt'
  params: ScryptParams
  /** base64, 16 bytes. */
  salt: string
  cipher: typeof CIPHER
  /** base64, 12 bytes. */
  iv: string
}

const badPassword = (reason: string, cause?: unknown): InvalidInputError =>
  new InvalidInputError('ARCHIVE_BAD_PASSWORD', 'wrong password, or the archive is damaged', { reason }, { cause })

const invalid = (message: string): InvalidInputError => new InvalidInputError('ARCHIVE_INVALID', message)

function checkParams (p: unknown): p is ScryptParams {
  if (typeof p !== 'object' || p === null) return false
  const { N, r, p: par } = p as Partial<ScryptParams>
  if (!Number.isSafeInteger(N) || !Number.isSafeInteger(r) || !Number.isSafeInteger(par)) return false
  // N a power of two ≥ 2^10 (scrypt needs a power of two; smaller is no KDF at all)
  if (N! < 1024 || (N! & (N! - 1)) !== 0) return false
  if (r! < 1 || r! > MAX_R || par! < 1 || par! > MAX_P) return false
  return kdfMemory({ N: N!, r: r!, p: par! }) <= MAX_KDF_MEMORY_BYTES
}

function kdfMemory (p: ScryptParams): number {
  return 128 * p.N * p.r
}

async function deriveKey (password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  // node refuses above `maxmem` (32 MiB by default): allow what the parameters need, with room
  // for scrypt's small buffers
  const opts: ScryptOptions = { N: params.N, r: params.r, p: params.p, maxmem: kdfMemory(params) + 128 * params.r * params.p + 1024 * 1024 }
  // NFC: the same password typed on two systems gives the same bytes
  const pw = Buffer.from(password.normalize('NFC'), 'utf8')
  return await new Promise((resolve, reject) => {
    scrypt(pw, salt, KEY_BYTES, opts, (err, key) => { if (err !== null) reject(err); else resolve(key) })
  })
}

/**
 * Checks the shape of a decrypted (or to-be-encrypted) archive, and that the account key
 * matches the certificate and the URI, as {@link loadIdentity} does. Throws ARCHIVE_INVALID.
 */
export function checkAccountArchive (raw: unknown): AccountArchive {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw invalid('the archive content is not a JSON object')
  const a = raw as Partial<Record<keyof AccountArchive, unknown>>
  if (a.version !== ARCHIVE_VERSION) throw invalid(`unknown archive content version ${JSON.stringify(a.version)}`)
  if (!isId(a.uri)) throw invalid('the archive has no valid account URI')
  if (typeof a.displayName !== 'string') throw invalid('the archive has no display name')
  if (typeof a.accountKey !== 'string' || typeof a.accountCert !== 'string') throw invalid('the archive has no account key or certificate')
  if (typeof a.state !== 'object' || a.state === null || Array.isArray(a.state)) throw invalid('the archive\'s account state is not a JSON object')
  if (!Array.isArray(a.conversations)) throw invalid('the archive has no conversation list')
  const conversations: ArchivedConversation[] = []
  const seen = new Set<string>()
  for (const c of a.conversations as unknown[]) {
    const conv = c as Partial<ArchivedConversation> | null
    if (typeof conv !== 'object' || conv === null || !isId(conv.id) || typeof conv.mode !== 'string' ||
      !Array.isArray(conv.devices) || !conv.devices.every(isId)) {
      throw invalid('the archive lists a conversation that is not {id, mode, devices}')
    }
    if (seen.has(conv.id)) throw invalid('the archive lists a conversation twice')
    seen.add(conv.id)
    conversations.push({ id: conv.id, mode: conv.mode, devices: [...conv.devices] })
  }
  let keyId: string
  let certId: string
  try {
    keyId = idFromPublicKey(keyPairFromPem(a.accountKey).publicKey)
    certId = verifyAccountCertificate(a.accountCert).id
  } catch (err) {
    throw new InvalidInputError('ARCHIVE_INVALID', 'the archive\'s account key or certificate does not parse', {}, { cause: err })
  }
  if (keyId !== certId || certId !== a.uri) throw invalid('the archive\'s account key, certificate and URI do not match')
  return {
    version: ARCHIVE_VERSION,
    uri: a.uri,
    displayName: a.displayName,
    accountKey: a.accountKey,
    accountCert: a.accountCert,
    state: a.state as Record<string, unknown>,
    conversations
  }
}

/**
 * Encrypts an account archive with a password: scrypt (memory-hard) derives an AES-256-GCM
 * key; the file is three text lines: `SKARM-ACCOUNT-ARCHIVE 1`, a JSON header (KDF, its
 * parameters and salt, cipher, IV), and base64 of ciphertext + tag. The first two lines are
 * authenticated as additional data. Throws ARCHIVE_INVALID on a bad archive,
 * ARCHIVE_PASSWORD_EMPTY, ARCHIVE_TOO_LARGE.
 *
 * ```ts
 * const bytes = await encryptArchive(archive, password)
 * const back = await decryptArchive(bytes, password)
 * ```
 */
export async function encryptArchive (plain: AccountArchive, password: string, opts: EncryptArchiveOptions = {}): Promise<Buffer> {
  const archive = checkAccountArchive(plain)
  if (password === '') throw new InvalidInputError('ARCHIVE_PASSWORD_EMPTY', 'the archive password must not be empty')
  const params = opts.kdf ?? ARCHIVE_KDF_PARAMS
  if (!checkParams(params)) throw new InvalidInputError('ARCHIVE_INVALID', 'scrypt parameters out of bounds', { ...params })
  const salt = randomBytes(SALT_BYTES)
  const iv = randomBytes(IV_BYTES)
  const header: ArchiveHeader = { kdf: 'scrypt', params: { N: params.N, r: params.r, p: params.p }, salt: salt.toString('base64'), cipher: CIPHER, iv: iv.toString('base64') }
  const head = `${ARCHIVE_MAGIC} ${ARCHIVE_VERSION}\n${JSON.stringify(header)}\n`
  const plaintext = Buffer.from(JSON.stringify(archive), 'utf8')
  // base64 grows by 4/3: refuse now what could not be read back
  if (head.length + Math.ceil((plaintext.length + TAG_BYTES) / 3) * 4 + 1 > MAX_ARCHIVE_BYTES) {
    throw new InvalidInputError('ARCHIVE_TOO_LARGE', `the archive would be larger than ${MAX_ARCHIVE_BYTES} bytes`)
  }
  const key = await deriveKey(password, salt, params)
  const cipher = createCipheriv(CIPHER, key, iv, { authTagLength: TAG_BYTES })
  cipher.setAAD(Buffer.from(head, 'utf8'))
  const body = Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()])
  key.fill(0)
  plaintext.fill(0)
  return Buffer.from(head + body.toString('base64') + '\n', 'utf8')
}

/** True when `bytes` starts like an account archive (any version). */
export function looksLikeArchive (bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, ARCHIVE_MAGIC.length + 1)).toString('latin1') === `${ARCHIVE_MAGIC} `
}

/**
 * Decrypts and checks an archive made by {@link encryptArchive}. Throws ARCHIVE_TOO_LARGE
 * (checked first), ARCHIVE_INVALID (not an archive, an unknown version, content that is not
 * an account), or ARCHIVE_BAD_PASSWORD for a wrong password or any change to the file.
 */
export async function decryptArchive (bytes: Uint8Array, password: string): Promise<AccountArchive> {
  if (bytes.length > MAX_ARCHIVE_BYTES) throw new InvalidInputError('ARCHIVE_TOO_LARGE', `an account archive is at most ${MAX_ARCHIVE_BYTES} bytes`)
  if (!looksLikeArchive(bytes)) throw invalid('not a Skarm account archive')
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const nl1 = buf.indexOf(0x0a)
  const version = nl1 < 0 ? '' : buf.subarray(ARCHIVE_MAGIC.length + 1, nl1).toString('latin1')
  if (version !== String(ARCHIVE_VERSION)) throw invalid(`unsupported account archive version ${JSON.stringify(version.slice(0, 20))} (this one reads ${ARCHIVE_VERSION})`)
  // past the magic line, whatever does not fit is damage: the same answer as a wrong password
  const nl2 = buf.indexOf(0x0a, nl1 + 1)
  if (nl2 < 0) throw badPassword('truncated')
  let header: ArchiveHeader
  try {
    header = JSON.parse(buf.subarray(nl1 + 1, nl2).toString('utf8')) as ArchiveHeader
  } catch (err) {
    throw badPassword('header', err)
  }
  if (typeof header !== 'object' || header === null || header.kdf !== 'scrypt' || header.cipher !== CIPHER || !checkParams(header.params) ||
    typeof header.salt !== 'string' || typeof header.iv !== 'string' || !BASE64.test(header.salt) || !BASE64.test(header.iv)) {
    throw badPassword('header')
  }
  const salt = Buffer.from(header.salt, 'base64')
  const iv = Buffer.from(header.iv, 'base64')
  if (salt.length !== SALT_BYTES || iv.length !== IV_BYTES) throw badPassword('header')
  const b64 = buf.subarray(nl2 + 1).toString('latin1').replace(/\n$/, '')
  if (!BASE64.test(b64)) throw badPassword('body')
  const body = Buffer.from(b64, 'base64')
  if (body.length < TAG_BYTES) throw badPassword('truncated')
  const key = await deriveKey(password, salt, header.params)
  let plaintext: Buffer
  try {
    const decipher = createDecipheriv(CIPHER, key, iv, { authTagLength: TAG_BYTES })
    decipher.setAAD(buf.subarray(0, nl2 + 1))
    decipher.setAuthTag(body.subarray(body.length - TAG_BYTES))
    plaintext = Buffer.concat([decipher.update(body.subarray(0, body.length - TAG_BYTES)), decipher.final()])
  } catch (err) {
    throw badPassword('authentication', err)
  } finally {
    key.fill(0)
  }
  let content: unknown
  try {
    content = JSON.parse(plaintext.toString('utf8'))
  } catch (err) {
    throw new InvalidInputError('ARCHIVE_INVALID', 'the archive content is not JSON', {}, { cause: err })
  } finally {
    plaintext.fill(0)
  }
  return checkAccountArchive(content)
}
