import { mkdir, readFile, rename, writeFile, chmod } from 'node:fs/promises'
import { join } from 'node:path'
import { NotFoundError, InvalidInputError } from '@skarm/errors'
import { generateKeyPair, idFromPublicKey, keyPairFromPem, privateKeyToPem, type KeyPair } from './keys.ts'
import { createAccountCertificate, createDeviceCertificate, verifyDeviceChain } from './certificates.ts'

/** An account with this device's keys: what one installation holds. */
export interface Identity {
  /** Account URI (SPEC.md §2). */
  uri: string
  /** This device's id. */
  deviceId: string
  displayName: string
  account: KeyPair
  accountCert: string
  device: KeyPair
  deviceCert: string
}

/** Creates a new account and its first device. */
export async function createIdentity (displayName: string, now = new Date()): Promise<Identity> {
  const account = generateKeyPair()
  const accountCert = await createAccountCertificate(account, now)
  return await addDevice({ uri: idFromPublicKey(account.publicKey), displayName, account, accountCert }, now)
}

/** A new device key and certificate for an account whose key we hold (linking a device). */
export async function addDevice (acc: { uri: string, displayName: string, account: KeyPair, accountCert: string }, now = new Date()): Promise<Identity> {
  const device = generateKeyPair()
  const deviceCert = await createDeviceCertificate(acc.account, acc.accountCert, device.publicKey, now)
  return { ...acc, deviceId: idFromPublicKey(device.publicKey), device, deviceCert }
}

/** The folder, inside a device's data directory, that holds its keys. */
export const IDENTITY_DIR = 'identity'

async function writeAtomic (path: string, data: string, mode: number): Promise<void> {
  const tmp = `${path}.tmp-${process.pid}`
  await writeFile(tmp, data, { mode })
  await chmod(tmp, mode)
  await rename(tmp, path)
}

/** Writes the identity under `DATA/identity/`; private keys with mode 0600. */
export async function saveIdentity (dataDir: string, id: Identity): Promise<void> {
  const dir = join(dataDir, IDENTITY_DIR)
  await mkdir(dir, { recursive: true, mode: 0o700 })
  await writeAtomic(join(dir, 'account.key'), privateKeyToPem(id.account.privateKey), 0o600)
  await writeAtomic(join(dir, 'device.key'), privateKeyToPem(id.device.privateKey), 0o600)
  await writeAtomic(join(dir, 'account.crt'), id.accountCert, 0o644)
  await writeAtomic(join(dir, 'device.crt'), id.deviceCert, 0o644)
  await writeAtomic(join(dir, 'identity.json'), JSON.stringify({ uri: id.uri, deviceId: id.deviceId, displayName: id.displayName }, null, 2) + '\n', 0o644)
}

/** True when `DATA/identity/identity.json` exists. */
export async function hasIdentity (dataDir: string): Promise<boolean> {
  try {
    await readFile(join(dataDir, IDENTITY_DIR, 'identity.json'))
    return true
  } catch {
    return false
  }
}

/** Reads and checks the identity of a data directory (keys match certificates, chain valid). */
export async function loadIdentity (dataDir: string): Promise<Identity> {
  const dir = join(dataDir, IDENTITY_DIR)
  let meta: { uri: string, deviceId: string, displayName: string }
  try {
    meta = JSON.parse(await readFile(join(dir, 'identity.json'), 'utf8'))
  } catch (err) {
    throw new NotFoundError('IDENTITY_NOT_FOUND', `no account in ${dataDir}: run \`skarm init --data ${dataDir} --name NAME\``, { dataDir }, { cause: err })
  }
  const account = keyPairFromPem(await readFile(join(dir, 'account.key'), 'utf8'))
  const device = keyPairFromPem(await readFile(join(dir, 'device.key'), 'utf8'))
  const accountCert = await readFile(join(dir, 'account.crt'), 'utf8')
  const deviceCert = await readFile(join(dir, 'device.crt'), 'utf8')
  const chain = verifyDeviceChain(deviceCert, accountCert)
  if (chain.account.id !== idFromPublicKey(account.publicKey) || chain.device.id !== idFromPublicKey(device.publicKey) ||
    chain.account.id !== meta.uri || chain.device.id !== meta.deviceId) {
    throw new InvalidInputError('IDENTITY_CORRUPT', `keys and certificates in ${dir} do not match`, { dataDir })
  }
  return { uri: meta.uri, deviceId: meta.deviceId, displayName: meta.displayName, account, accountCert, device, deviceCert }
}
