import { createHash, verify, type KeyObject } from 'node:crypto'
import { signedPayload, type StoredCommit } from '@skarm/conversation'
import { GIT_NAMESPACE, parseSshSignature } from '@skarm/identity'

const MAGIC = Buffer.from('SSHSIG')

function sshString (data: Buffer): Buffer {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  return Buffer.concat([len, data])
}

// The constant part of SSHSIG's signed data for namespace `git`, hash sha512 (PROTOCOL.sshsig).
const PREFIX = Buffer.concat([MAGIC, sshString(Buffer.from(GIT_NAMESPACE)), sshString(Buffer.alloc(0)), sshString(Buffer.from('sha512'))])

/** Outcome of a commit signature check. */
export type SignatureCheck = 'ok' | 'missing' | 'malformed' | 'wrong-key' | 'bad'

/**
 * Checks a commit's `gpgsig` (SSHSIG, namespace `git`, sha512, SPEC.md §4) over the commit
 * without that header, with a key object parsed once per device certificate (the hot path of
 * a replay: no key import per commit). Returns why it fails, never throws.
 */
export function checkCommitSignature (c: StoredCommit, key: KeyObject, rawKey: Buffer): SignatureCheck {
  if (c.gpgsig === undefined) return 'missing'
  let sig: ReturnType<typeof parseSshSignature>
  try {
    sig = parseSshSignature(c.gpgsig)
  } catch {
    return 'malformed'
  }
  if (sig.namespace !== GIT_NAMESPACE || sig.hashAlgorithm !== 'sha512') return 'malformed'
  if (!rawKey.equals(sig.publicKey)) return 'wrong-key'
  const digest = createHash('sha512').update(signedPayload(c.raw), 'utf8').digest()
  const data = Buffer.concat([PREFIX, sshString(digest)])
  try {
    return verify(null, data, key, sig.signature) ? 'ok' : 'bad'
  } catch {
    return 'bad'
  }
}
