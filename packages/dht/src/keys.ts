import { createPrivateKey, createPublicKey, hkdfSync, type KeyObject } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { InvalidInputError } from '@skarm/errors'
import { deviceIdFromRawKey, rawEd25519PublicKey } from '@skarm/transport'
import { DHT_KEY_INFO } from './constants.ts'

/**
 * The 32-byte Ed25519 seed of the DHT node, derived from the device seed with HKDF-SHA256
 * (info {@link DHT_KEY_INFO}): deterministic across restarts, yet a peer id distinct from
 * the transport's (two libp2p nodes with one peer id would collide in peer stores).
 * The DHT node signs nothing of ours: records are signed by the device key itself.
 */
export function deriveDhtSeed (deviceSeed: Uint8Array): Uint8Array {
  if (deviceSeed.length !== 32) throw new TypeError('an Ed25519 seed is 32 bytes')
  return new Uint8Array(hkdfSync('sha256', deviceSeed, new Uint8Array(0), DHT_KEY_INFO, 32))
}

/** The account key of a data directory (signs the account record). */
export interface AccountKey {
  uri: string
  privateKey: KeyObject
  publicKey: KeyObject
}

/**
 * Reads `DATA/identity/account.key` (PKCS#8 PEM, as `@skarm/identity` saves it) with
 * node:crypto only, and checks it is the key of the account uri in `identity.json`.
 * Undefined when the data directory has no account key.
 */
export async function loadAccountKey (dataDir: string): Promise<AccountKey | undefined> {
  const dir = join(dataDir, 'identity')
  let pem: string
  let meta: { uri?: unknown }
  try {
    meta = JSON.parse(await readFile(join(dir, 'identity.json'), 'utf8'))
    pem = await readFile(join(dir, 'account.key'), 'utf8')
  } catch {
    return undefined
  }
  const privateKey = createPrivateKey(pem)
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new InvalidInputError('IDENTITY_CORRUPT', 'the account key is not Ed25519', { dataDir })
  const publicKey = createPublicKey(privateKey)
  const uri = deviceIdFromRawKey(rawEd25519PublicKey(publicKey))
  if (uri !== meta.uri) throw new InvalidInputError('IDENTITY_CORRUPT', `the account key in ${dir} is not the account of identity.json`, { dataDir })
  return { uri, privateKey, publicKey }
}
