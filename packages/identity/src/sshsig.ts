import { createHash, type KeyObject } from 'node:crypto'
import { publicKeyFromRaw, rawPublicKey, signBytes, verifyBytes } from './keys.ts'

// OpenSSH SSHSIG (PROTOCOL.sshsig): what `git -c gpg.format=ssh` writes into `gpgsig`.
const MAGIC = Buffer.from('SSHSIG')
const KEY_TYPE = 'ssh-ed25519'
const BEGIN = '-----BEGIN SSH SIGNATURE-----'
const END = '-----END SSH SIGNATURE-----'

/** The namespace Git uses for commit signatures. */
export const GIT_NAMESPACE = 'git'

function sshString (data: Uint8Array | string): Buffer {
  const body = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data)
  const len = Buffer.alloc(4)
  len.writeUInt32BE(body.length)
  return Buffer.concat([len, body])
}

function publicKeyBlob (raw: Uint8Array): Buffer {
  return Buffer.concat([sshString(KEY_TYPE), sshString(raw)])
}

function signedData (namespace: string, hashAlg: string, message: Uint8Array): Buffer {
  const digest = createHash(hashAlg).update(message).digest()
  return Buffer.concat([MAGIC, sshString(namespace), sshString(''), sshString(hashAlg), sshString(digest)])
}

/** `ssh-ed25519 AAAA…`: the public key as an allowed-signers / authorized_keys line. */
export function sshPublicKeyLine (key: KeyObject | Uint8Array): string {
  const raw = key instanceof Uint8Array ? key : rawPublicKey(key)
  return `${KEY_TYPE} ${publicKeyBlob(raw).toString('base64')}`
}

/** An armored SSHSIG signature (namespace `git`, hash sha512 by default) over `message`. */
export function sshSign (privateKey: KeyObject, publicKey: KeyObject | Uint8Array, message: Uint8Array, namespace = GIT_NAMESPACE): string {
  const raw = publicKey instanceof Uint8Array ? publicKey : rawPublicKey(publicKey)
  const sig = signBytes(privateKey, signedData(namespace, 'sha512', message))
  const blob = Buffer.concat([
    MAGIC,
    Buffer.from([0, 0, 0, 1]),
    sshString(publicKeyBlob(raw)),
    sshString(namespace),
    sshString(''),
    sshString('sha512'),
    sshString(Buffer.concat([sshString(KEY_TYPE), sshString(sig)]))
  ])
  const b64 = blob.toString('base64')
  const lines: string[] = []
  for (let i = 0; i < b64.length; i += 70) lines.push(b64.slice(i, i + 70))
  return `${BEGIN}\n${lines.join('\n')}\n${END}\n`
}

/** What {@link parseSshSignature} finds in an armored signature. */
export interface SshSignature {
  publicKey: Uint8Array
  namespace: string
  hashAlgorithm: string
  signature: Uint8Array
}

class Reader {
  private off = 0
  private readonly buf: Buffer
  constructor (buf: Buffer) { this.buf = buf }
  bytes (n: number): Buffer {
    if (this.off + n > this.buf.length) throw new RangeError('truncated SSH signature')
    const out = this.buf.subarray(this.off, this.off + n)
    this.off += n
    return out
  }

  u32 (): number { return this.bytes(4).readUInt32BE() }
  string (): Buffer { return this.bytes(this.u32()) }
  done (): boolean { return this.off === this.buf.length }
}

/** Parses an armored SSHSIG; throws a RangeError/TypeError on anything malformed. */
export function parseSshSignature (armored: string): SshSignature {
  const text = armored.trim()
  if (!text.startsWith(BEGIN) || !text.endsWith(END)) throw new TypeError('not an armored SSH signature')
  const blob = Buffer.from(text.slice(BEGIN.length, text.length - END.length).replace(/\s+/g, ''), 'base64')
  const r = new Reader(blob)
  if (!r.bytes(6).equals(MAGIC)) throw new TypeError('bad SSHSIG magic')
  if (r.u32() !== 1) throw new TypeError('unsupported SSHSIG version')
  const pk = new Reader(r.string())
  if (pk.string().toString() !== KEY_TYPE) throw new TypeError('SSHSIG key is not ssh-ed25519')
  const publicKey = new Uint8Array(pk.string())
  const namespace = r.string().toString()
  r.string() // reserved
  const hashAlgorithm = r.string().toString()
  const sigr = new Reader(r.string())
  if (sigr.string().toString() !== KEY_TYPE) throw new TypeError('SSHSIG signature is not ssh-ed25519')
  const signature = new Uint8Array(sigr.string())
  if (!r.done() || publicKey.length !== 32 || signature.length !== 64) throw new TypeError('malformed SSHSIG')
  return { publicKey, namespace, hashAlgorithm, signature }
}

/**
 * Verifies an armored SSHSIG over `message`. With `expected`, the signature's key must be that key.
 * Returns false (never throws) for any malformed or wrong signature.
 */
export function sshVerify (armored: string, message: Uint8Array, expected?: KeyObject | Uint8Array, namespace = GIT_NAMESPACE): boolean {
  let parsed: SshSignature
  try {
    parsed = parseSshSignature(armored)
  } catch {
    return false
  }
  if (parsed.namespace !== namespace) return false
  if (parsed.hashAlgorithm !== 'sha512' && parsed.hashAlgorithm !== 'sha256') return false
  if (expected !== undefined) {
    const raw = expected instanceof Uint8Array ? expected : rawPublicKey(expected)
    if (!Buffer.from(raw).equals(Buffer.from(parsed.publicKey))) return false
  }
  const key = expected !== undefined && !(expected instanceof Uint8Array) ? expected : publicKeyFromRaw(parsed.publicKey)
  return verifyBytes(key, signedData(namespace, parsed.hashAlgorithm, message), parsed.signature)
}
