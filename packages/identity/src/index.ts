/**
 * @packageDocumentation
 * Identities of SPEC.md §2: Ed25519 account and device keys (node:crypto), the self-signed
 * account CA certificate and device certificates it issues, CRLs, URIs and device ids,
 * SSH signatures (SSHSIG) as Git writes them, the keys on disk, and the password-encrypted
 * account archive that links a new device (SPEC.md §9).
 *
 * ```ts
 * const id = await createIdentity('alice')
 * const sig = sshSign(id.device.privateKey, id.device.publicKey, payload)
 * sshVerify(sig, payload, id.device.publicKey) // true
 * ```
 */
export { generateKeyPair, rawPublicKey, rawPrivateKey, publicKeyFromRaw, idFromPublicKey, privateKeyToPem, keyPairFromPem, signBytes, verifyBytes, isId, ID_PATTERN, type KeyPair } from './keys.ts'
export { sshSign, sshVerify, parseSshSignature, sshPublicKeyLine, GIT_NAMESPACE, type SshSignature } from './sshsig.ts'
export { createAccountCertificate, createDeviceCertificate, parseCertificate, verifyAccountCertificate, verifyDeviceChain, createCrl, revokedSerials, type CertificateInfo } from './certificates.ts'
export { createIdentity, addDevice, saveIdentity, loadIdentity, hasIdentity, IDENTITY_DIR, type Identity } from './identity.ts'
export {
  encryptArchive, decryptArchive, checkAccountArchive, looksLikeArchive, ARCHIVE_MAGIC, ARCHIVE_VERSION, ARCHIVE_KDF_PARAMS, MAX_ARCHIVE_BYTES, MAX_KDF_MEMORY_BYTES,
  type AccountArchive, type ArchivedConversation, type ScryptParams, type EncryptArchiveOptions
} from './archive.ts'
