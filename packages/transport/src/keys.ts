import { createHash, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { generateKeyPairFromSeed } from '@libp2p/crypto/keys'
import { InvalidInputError, NotFoundError } from '@skarm/errors'
import type { Ed25519PrivateKey, PeerId } from '@libp2p/interface'

// Why not `@skarm/identity`: it loads the X.509 stack (@peculiar/x509, tsyringe, asn1),
// about 20 MB of RSS in a process that only needs the device key and a SHA-256. The few
// lines below follow SPEC.md §2 and identity's on-disk layout; a test checks both against
// `@skarm/identity` so they cannot drift apart silently.

/** Folder of the keys inside a data directory (as `IDENTITY_DIR` of `@skarm/identity`). */
const IDENTITY_DIR = 'identity'

/** The device id of a raw 32-byte Ed25519 public key: first 20 bytes of SHA-256, hex (SPEC.md §2). */
export function deviceIdFromRawKey (raw: Uint8Array): string {
  return createHash('sha256').update(raw).digest('hex').slice(0, 40)
}

/** The raw 32 bytes of an Ed25519 public key object. */
export function rawEd25519PublicKey (key: KeyObject): Uint8Array {
  const jwk = key.export({ format: 'jwk' })
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string') throw new TypeError('not an Ed25519 public key')
  return new Uint8Array(Buffer.from(jwk.x, 'base64url'))
}

/** The device key of a data directory, what the transport and DHT processes need of the identity. */
export interface DeviceKey {
  deviceId: string
  privateKey: KeyObject
  publicKey: KeyObject
  /** The raw 32-byte Ed25519 seed (libp2p's private key form). */
  seed: Uint8Array
}

/**
 * Reads `DATA/identity/device.key` and checks it is the Ed25519 key of the device id in
 * `identity.json`. The certificate chain is the store's concern, not checked here.
 */
export async function loadDeviceKey (dataDir: string): Promise<DeviceKey> {
  const dir = join(dataDir, IDENTITY_DIR)
  let meta: { deviceId?: unknown }
  let pem: string
  try {
    meta = JSON.parse(await readFile(join(dir, 'identity.json'), 'utf8'))
    pem = await readFile(join(dir, 'device.key'), 'utf8')
  } catch (err) {
    throw new NotFoundError('IDENTITY_NOT_FOUND', `no device key in ${dataDir}: run \`skarm init --data ${dataDir} --name NAME\``, { dataDir }, { cause: err })
  }
  const privateKey = createPrivateKey(pem)
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new InvalidInputError('IDENTITY_CORRUPT', 'the device key is not Ed25519', { dataDir })
  const publicKey = createPublicKey(privateKey)
  const deviceId = deviceIdFromRawKey(rawEd25519PublicKey(publicKey))
  if (deviceId !== meta.deviceId) throw new InvalidInputError('IDENTITY_CORRUPT', `the device key in ${dir} is not the device of identity.json`, { dataDir })
  const d = privateKey.export({ format: 'jwk' }).d
  if (typeof d !== 'string') throw new InvalidInputError('IDENTITY_CORRUPT', 'the device key has no private part', { dataDir })
  return { deviceId, privateKey, publicKey, seed: new Uint8Array(Buffer.from(d, 'base64url')) }
}

/**
 * The libp2p form of an Ed25519 key from its raw 32-byte seed
 * (`rawPrivateKey(identity.device.privateKey)` or `loadDeviceKey(dataDir).seed`),
 * so the peer id IS the device key.
 */
export async function libp2pKeyFromSeed (seed: Uint8Array): Promise<Ed25519PrivateKey> {
  if (seed.length !== 32) throw new TypeError('an Ed25519 seed is 32 bytes')
  return await generateKeyPairFromSeed('Ed25519', seed)
}

/**
 * The device id (SPEC.md §2) a peer id stands for, or `undefined` when the peer id is not
 * an Ed25519 key (then it cannot be a Skarm device).
 */
export function deviceIdOfPeer (peerId: PeerId): string | undefined {
  if (peerId.type !== 'Ed25519') return undefined
  return deviceIdFromRawKey(peerId.publicKey.raw)
}
