import { createHash, createPublicKey, verify } from 'node:crypto'
import { InvalidInputError } from '@skarm/errors'
import { deviceIdFromRawKey } from '@skarm/transport'

const ID = /^[0-9a-f]{40}$/

/** 40 lowercase hex characters (a device id or an account URI, SPEC.md §2). */
export const isId = (s: unknown): s is string => typeof s === 'string' && ID.test(s)

export function badRecord (message: string, data: Record<string, unknown> = {}): never {
  throw new InvalidInputError('DHT_BAD_RECORD', message, data)
}

/** Parses JSON of at most `max` bytes into a plain object, or throws `DHT_BAD_RECORD`. */
export function parseObject (bytes: Uint8Array, max: number): Record<string, unknown> {
  if (bytes.byteLength > max) badRecord('record too large', { size: bytes.byteLength })
  let raw: unknown
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch {
    badRecord('record is not UTF-8 JSON')
  }
  if (raw == null || typeof raw !== 'object' || Array.isArray(raw)) badRecord('record is not a JSON object')
  return raw as Record<string, unknown>
}

/**
 * Checks that `publicKey` (raw 32-byte Ed25519, base64url) hashes to `id` (SPEC.md §2) and
 * that `signature` (64 bytes, base64url) signs `payload` with it. Throws `DHT_BAD_RECORD`.
 */
export function checkSignature (id: string, publicKey: unknown, signature: unknown, payload: Uint8Array, what = 'deviceId'): void {
  if (typeof publicKey !== 'string' || typeof signature !== 'string') badRecord('publicKey and signature must be base64url strings')
  const pub = Buffer.from(publicKey, 'base64url')
  if (pub.length !== 32 || pub.toString('base64url') !== publicKey) badRecord('publicKey is not 32 bytes of base64url')
  if (deviceIdFromRawKey(pub) !== id) badRecord(`${what} does not match the public key`)
  const sig = Buffer.from(signature, 'base64url')
  if (sig.length !== 64 || sig.toString('base64url') !== signature) badRecord('signature is not 64 bytes of base64url')
  let ok = false
  try {
    const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: publicKey }, format: 'jwk' })
    ok = verify(null, payload, key, sig)
  } catch {
    badRecord('publicKey is not an Ed25519 key')
  }
  if (!ok) badRecord('bad signature')
}

/** First 20 bytes of SHA-256, hex. */
export function shortHash (bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 40)
}
