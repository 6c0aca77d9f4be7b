import { generateKeyPairFromSeed } from '@libp2p/crypto/keys'
import { idFromPublicKey } from '@skarm/identity'
import type { Ed25519PrivateKey, PeerId } from '@libp2p/interface'

/**
 * The libp2p form of an Ed25519 key from its raw 32-byte seed
 * (`rawPrivateKey(identity.device.privateKey)`), so the peer id IS the device key.
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
  return idFromPublicKey(peerId.publicKey.raw)
}
