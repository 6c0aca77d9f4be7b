import { createHash, X509Certificate } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { InvalidInputError, NotFoundError } from '@skarm/errors'
import { rawEd25519PublicKey } from './keys.ts'

// node:crypto's X509Certificate is enough to check a device → account chain; @skarm/identity
// would load @peculiar/x509 (~20 MB of RSS) for the same three checks.

/** The two certificates a device shows in its hello (PEM). */
export interface DeviceCertificates {
  device: string
  account: string
}

/** Who a peer is, once its hello is checked. */
export interface PeerIdentity {
  /** The device id, proven by the connection key. */
  deviceId: string
  /** The account URI, proven by the certificate chain; undefined when the peer showed none. */
  accountUri?: string
}

function idOfKey (cert: X509Certificate): string {
  return createHash('sha256').update(rawEd25519PublicKey(cert.publicKey)).digest('hex').slice(0, 40)
}

function parse (pem: unknown, what: string): X509Certificate {
  if (typeof pem !== 'string' || pem.length > 8_192) throw new InvalidInputError('HELLO_CERT_INVALID', `${what} certificate missing or too large`)
  try {
    const cert = new X509Certificate(pem)
    if (cert.publicKey.asymmetricKeyType !== 'ed25519') throw new Error('not an Ed25519 key')
    return cert
  } catch (err) {
    throw new InvalidInputError('HELLO_CERT_INVALID', `${what} certificate is not a valid Ed25519 X.509 certificate`, {}, { cause: err })
  }
}

/**
 * Checks a device certificate chain as SPEC.md §2 and §5 require: the account certificate
 * is a self-signed CA, the device certificate is not a CA and is issued and signed by the
 * account key, and the device certificate's key is `deviceId` (the connection's key).
 * Returns the account URI.
 */
export function verifyPeerChain (certs: { device?: unknown, account?: unknown }, deviceId: string): string {
  const account = parse(certs.account, 'account')
  const device = parse(certs.device, 'device')
  if (!account.ca || account.checkIssued(account) !== true || !account.verify(account.publicKey)) {
    throw new InvalidInputError('HELLO_CERT_INVALID', 'the account certificate is not a self-signed CA')
  }
  if (device.ca || device.checkIssued(account) !== true || !device.verify(account.publicKey)) {
    throw new InvalidInputError('HELLO_CHAIN_INVALID', 'the device certificate is not issued by the account')
  }
  if (idOfKey(device) !== deviceId) throw new InvalidInputError('HELLO_CHAIN_INVALID', 'the device certificate is not the key of the connection')
  return idOfKey(account)
}

/** Reads `DATA/identity/{device,account}.crt`. */
export async function loadDeviceCertificates (dataDir: string): Promise<DeviceCertificates> {
  const dir = join(dataDir, 'identity')
  try {
    return { device: await readFile(join(dir, 'device.crt'), 'utf8'), account: await readFile(join(dir, 'account.crt'), 'utf8') }
  } catch (err) {
    throw new NotFoundError('IDENTITY_NOT_FOUND', `no certificates in ${dir}`, { dataDir }, { cause: err })
  }
}
