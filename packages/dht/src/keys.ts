import { hkdfSync } from 'node:crypto'
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
