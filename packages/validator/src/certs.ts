import { parseCertificate, rawPublicKey, revokedSerials, verifyAccountCertificate, verifyDeviceChain } from '@skarm/identity'
import type { AccountCert, CachedFailure, DeviceCert, ValidationContext } from './context.ts'
import type { ObjectReader } from './objects.ts'

// Certificates and CRLs, parsed and verified once per blob id. A blob that cannot be read at
// all (missing, corrupt, too large) throws an ObjectError; one that reads but does not parse
// or verify is cached as a failure.

/** The device certificate in blob `oid`. */
export async function deviceCert (r: ObjectReader, ctx: ValidationContext, oid: string): Promise<DeviceCert | CachedFailure> {
  const cached = ctx.deviceCerts.get(oid)
  if (cached !== undefined) return cached
  const pem = await r.read(oid, 'blob', ctx.limits.maxCertBytes)
  let result: DeviceCert | CachedFailure
  try {
    const info = parseCertificate(pem)
    result = { info, key: info.publicKey, rawKey: Buffer.from(rawPublicKey(info.publicKey)), pem }
  } catch (err) {
    result = { failure: 'CERT_INVALID', message: `certificate blob ${oid} is not a valid Ed25519 certificate: ${(err as Error).message}` }
  }
  ctx.deviceCerts.set(oid, result)
  return result
}

/** The account certificate in blob `oid`, checked to be a self-signed CA. */
export async function accountCert (r: ObjectReader, ctx: ValidationContext, oid: string): Promise<AccountCert | CachedFailure> {
  const cached = ctx.accountCerts.get(oid)
  if (cached !== undefined) return cached
  const pem = await r.read(oid, 'blob', ctx.limits.maxCertBytes)
  let result: AccountCert | CachedFailure
  try {
    result = { info: verifyAccountCertificate(pem), pem }
  } catch (err) {
    result = { failure: 'CERT_INVALID', message: `account certificate blob ${oid} is not a self-signed Ed25519 CA: ${(err as Error).message}` }
  }
  ctx.accountCerts.set(oid, result)
  return result
}

/** True when the device certificate is issued (signed) by the account certificate. */
export function chainValid (ctx: ValidationContext, device: DeviceCert, deviceOid: string, account: AccountCert, accountOid: string): boolean {
  const key = `${deviceOid}/${accountOid}`
  let ok = ctx.chains.get(key)
  if (ok === undefined) {
    try {
      verifyDeviceChain(device.pem, account.pem)
      ok = true
    } catch {
      ok = false
    }
    ctx.chains.set(key, ok)
  }
  return ok
}

/** The serials revoked by the CRL in blob `crlOid`, checked to be issued by the account. */
export async function revoked (r: ObjectReader, ctx: ValidationContext, crlOid: string, account: AccountCert, accountOid: string): Promise<Set<string> | CachedFailure> {
  const key = `${crlOid}/${accountOid}`
  const cached = ctx.crls.get(key)
  if (cached !== undefined) return cached
  const pem = await r.read(crlOid, 'blob', ctx.limits.maxCrlBytes)
  let result: Set<string> | CachedFailure
  try {
    result = await revokedSerials(pem, account.pem)
  } catch (err) {
    result = { failure: 'CRL_INVALID', message: `CRL blob ${crlOid} is not a CRL issued by account ${account.info.id}: ${(err as Error).message}` }
  }
  ctx.crls.set(key, result)
  return result
}
