import { createHash, X509Certificate } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { rawEd25519PublicKey } from '@skarm/transport'

/** The account URI of this device, from `DATA/identity/account.crt` (SPEC.md §2). */
export async function accountUriOf (dataDir: string): Promise<string> {
  const cert = new X509Certificate(await readFile(join(dataDir, 'identity', 'account.crt'), 'utf8'))
  return createHash('sha256').update(rawEd25519PublicKey(cert.publicKey)).digest('hex').slice(0, 40)
}
