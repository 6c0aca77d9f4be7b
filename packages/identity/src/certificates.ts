import type { X509Crl } from '@peculiar/x509'
import { randomBytes, webcrypto, X509Certificate, type KeyObject } from 'node:crypto'
import { SkarmError } from '@skarm/errors'
import { idFromPublicKey, type KeyPair } from './keys.ts'

interface Peculiar {
  x509: typeof import('@peculiar/x509')
  AsnConvert: typeof import('@peculiar/asn1-schema')['AsnConvert']
  CertificateList: typeof import('@peculiar/asn1-x509')['CertificateList']
}
let peculiarModules: Promise<Peculiar> | undefined

/**
 * @peculiar/x509 (~19 MB of RSS) is loaded on first use: only making certificates and reading
 * CRLs need it; parsing and verifying certificates is node:crypto's X509Certificate.
 */
async function peculiar (): Promise<Peculiar> {
  peculiarModules ??= (async () => {
    await import('reflect-metadata')
    const x509 = await import('@peculiar/x509')
    x509.cryptoProvider.set(webcrypto as unknown as Crypto)
    const { AsnConvert } = await import('@peculiar/asn1-schema')
    const { CertificateList } = await import('@peculiar/asn1-x509')
    return { x509, AsnConvert, CertificateList }
  })()
  return await peculiarModules
}

const ED25519 = { name: 'Ed25519' }
// Timestamps are informative only (SPEC.md §4); validity is not used for authority, so
// certificates are issued for a long time and revocation goes through CRLs and bans.
const VALIDITY_MS = 50 * 365 * 24 * 3600 * 1000

function serial (): string {
  const b = randomBytes(16)
  b[0] = b[0]! & 0x7f // a positive INTEGER
  return b.toString('hex')
}

function cryptoKeys (keys: KeyPair): { publicKey: CryptoKey, privateKey: CryptoKey } {
  return {
    publicKey: keys.publicKey.toCryptoKey('Ed25519', true, ['verify']) as unknown as CryptoKey,
    privateKey: keys.privateKey.toCryptoKey('Ed25519', true, ['sign']) as unknown as CryptoKey
  }
}

/** The self-signed account certificate (a CA) for an account key; subject CN = account URI. */
export async function createAccountCertificate (keys: KeyPair, now = new Date()): Promise<string> {
  const { x509 } = await peculiar()
  const uri = idFromPublicKey(keys.publicKey)
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: serial(),
    name: `CN=${uri}`,
    notBefore: now,
    notAfter: new Date(now.getTime() + VALIDITY_MS),
    keys: cryptoKeys(keys),
    signingAlgorithm: ED25519,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign | x509.KeyUsageFlags.digitalSignature, true)
    ]
  })
  return cert.toString('pem') + '\n'
}

/** A device certificate for `devicePublicKey`, issued by the account; subject CN = device id. */
export async function createDeviceCertificate (account: KeyPair, accountCertPem: string, devicePublicKey: KeyObject, now = new Date()): Promise<string> {
  const { x509 } = await peculiar()
  const issuer = new x509.X509Certificate(accountCertPem)
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: serial(),
    subject: `CN=${idFromPublicKey(devicePublicKey)}`,
    issuer: issuer.subject,
    notBefore: now,
    notAfter: new Date(now.getTime() + VALIDITY_MS),
    publicKey: devicePublicKey.toCryptoKey('Ed25519', true, ['verify']) as unknown as CryptoKey,
    signingKey: cryptoKeys(account).privateKey,
    signingAlgorithm: ED25519,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true)
    ]
  })
  return cert.toString('pem') + '\n'
}

/** What a parsed certificate tells. */
export interface CertificateInfo {
  /** URI (account cert) or device id (device cert): derived from the public key, never trusted from names. */
  id: string
  publicKey: KeyObject
  serialNumber: string
  isCa: boolean
  subject: string
  issuer: string
  cert: X509Certificate
}

/** Parses a PEM (or DER) certificate; throws CERT_INVALID when it is not an Ed25519 certificate. */
export function parseCertificate (pem: string | Uint8Array): CertificateInfo {
  let cert: X509Certificate
  try {
    cert = new X509Certificate(typeof pem === 'string' ? pem : Buffer.from(pem))
  } catch (err) {
    throw new SkarmError('CERT_INVALID', 'not a parsable X.509 certificate', {}, { cause: err, kind: 'invalid' })
  }
  const publicKey = cert.publicKey
  if (publicKey.asymmetricKeyType !== 'ed25519') throw new SkarmError('CERT_INVALID', 'certificate key is not Ed25519', {}, { kind: 'invalid' })
  return {
    id: idFromPublicKey(publicKey),
    publicKey,
    serialNumber: cert.serialNumber.toLowerCase().replace(/^0+(?=.)/, ''),
    isCa: cert.ca,
    subject: cert.subject,
    issuer: cert.issuer,
    cert
  }
}

/** An account certificate checked: self-signed, a CA, signed by its own key. */
export function verifyAccountCertificate (pem: string | Uint8Array): CertificateInfo {
  const info = parseCertificate(pem)
  if (!info.isCa || !info.cert.verify(info.publicKey) || info.cert.checkIssued(info.cert) !== true) {
    throw new SkarmError('CERT_NOT_ACCOUNT', 'account certificate is not a self-signed CA', { uri: info.id }, { kind: 'invalid' })
  }
  return info
}

/**
 * The device → account chain checked cryptographically (SPEC.md §5: stricter than Jami,
 * which compares issuer names only). Returns both parsed certificates.
 */
export function verifyDeviceChain (devicePem: string | Uint8Array, accountPem: string | Uint8Array): { device: CertificateInfo, account: CertificateInfo } {
  const account = verifyAccountCertificate(accountPem)
  const device = parseCertificate(devicePem)
  if (device.isCa || device.cert.checkIssued(account.cert) !== true || !device.cert.verify(account.publicKey)) {
    throw new SkarmError('CERT_CHAIN_INVALID', 'device certificate is not issued by the account', { deviceId: device.id, uri: account.id }, { kind: 'invalid' })
  }
  return { device, account }
}

/** A CRL (PEM) issued by the account, revoking the given device certificate serial numbers. */
export async function createCrl (account: KeyPair, accountCertPem: string, revokedSerials: string[], now = new Date()): Promise<string> {
  const { x509 } = await peculiar()
  const issuer = new x509.X509Certificate(accountCertPem)
  const crl = await x509.X509CrlGenerator.create({
    issuer: issuer.subject,
    thisUpdate: now,
    // without nextUpdate the ASN.1 parser of @peculiar 2.x misreads the revoked list
    nextUpdate: new Date(now.getTime() + VALIDITY_MS),
    entries: revokedSerials.map((s) => ({ serialNumber: s, revocationDate: now, reason: x509.X509CrlReason.keyCompromise })),
    signingKey: cryptoKeys(account).privateKey,
    signingAlgorithm: ED25519
  })
  // OpenSSL reads CRLs only under the `X509 CRL` label.
  return crl.toString('pem').replace(/-----(BEGIN|END) CRL-----/g, '-----$1 X509 CRL-----') + '\n'
}

/**
 * The serial numbers (lowercase hex, no leading zeros) a CRL revokes, after checking that
 * the account signed it. Throws CRL_INVALID otherwise.
 */
export async function revokedSerials (crlPem: string | Uint8Array, accountPem: string | Uint8Array): Promise<Set<string>> {
  const account = parseCertificate(accountPem)
  const text = typeof crlPem === 'string' ? crlPem : Buffer.from(crlPem).toString()
  const { x509, AsnConvert, CertificateList } = await peculiar()
  let crl: X509Crl
  let der: ArrayBuffer
  try {
    der = x509.PemConverter.decodeFirst(text.replace(/X509 CRL/g, 'CRL'))
    crl = new x509.X509Crl(der)
  } catch (err) {
    throw new SkarmError('CRL_INVALID', 'not a parsable CRL', {}, { cause: err, kind: 'invalid' })
  }
  const publicKey = account.publicKey.toCryptoKey('Ed25519', true, ['verify']) as unknown as CryptoKey
  if (!(await crl.verify({ publicKey }))) throw new SkarmError('CRL_INVALID', 'CRL is not signed by the account', { uri: account.id }, { kind: 'invalid' })
  // @peculiar/x509 2.2 lists no entries for CRLs it did not make; read the ASN.1 directly.
  const list = AsnConvert.parse(der, CertificateList)
  if (list.tbsCertList.nextUpdate === undefined) throw new SkarmError('CRL_INVALID', 'a CRL must carry nextUpdate', { uri: account.id }, { kind: 'invalid' })
  const out = new Set<string>()
  for (const entry of list.tbsCertList.revokedCertificates ?? []) {
    out.add(Buffer.from(entry.userCertificate).toString('hex').replace(/^0+(?=.)/, ''))
  }
  return out
}
