import { describe, it, expect } from 'vitest'
import { mkdtemp, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import * as ed from '@noble/ed25519'
import {
  createIdentity, saveIdentity, loadIdentity, idFromPublicKey, rawPublicKey, sshSign, sshVerify, parseSshSignature,
  verifyDeviceChain, createCrl, revokedSerials, parseCertificate, sshPublicKeyLine, generateKeyPair, createDeviceCertificate
} from '../src/index.ts'

describe('identity', () => {
  it('derives URI and device id from the raw public keys', async () => {
    const id = await createIdentity('alice')
    expect(id.uri).toMatch(/^[0-9a-f]{40}$/)
    expect(id.uri).toBe(idFromPublicKey(rawPublicKey(id.account.publicKey)))
    expect(parseCertificate(id.accountCert).id).toBe(id.uri)
    expect(parseCertificate(id.deviceCert).id).toBe(id.deviceId)
  })

  it('verifies a device chain and refuses a forged one', async () => {
    const alice = await createIdentity('alice')
    const mallory = await createIdentity('mallory')
    expect(verifyDeviceChain(alice.deviceCert, alice.accountCert).account.id).toBe(alice.uri)
    expect(() => verifyDeviceChain(mallory.deviceCert, alice.accountCert)).toThrow(/not issued/)
    // same subject names, other key: a name-only check (Jami's) would pass this one
    const forged = await createDeviceCertificate(mallory.account, alice.accountCert, generateKeyPair().publicKey)
    expect(() => verifyDeviceChain(forged, alice.accountCert)).toThrow(/not issued/)
    expect(() => verifyDeviceChain(alice.deviceCert, alice.deviceCert)).toThrow(/self-signed CA/)
  })

  it('makes CRLs that list revoked serials and that OpenSSL reads', async () => {
    const alice = await createIdentity('alice')
    const dev = parseCertificate(alice.deviceCert)
    const crl = await createCrl(alice.account, alice.accountCert, [dev.serialNumber])
    expect([...await revokedSerials(crl, alice.accountCert)]).toEqual([dev.serialNumber])
    const other = await createIdentity('bob')
    await expect(revokedSerials(crl, other.accountCert)).rejects.toThrow(/not signed/)
    const dir = await mkdtemp(join(tmpdir(), 'crl-'))
    writeFileSync(join(dir, 'c.pem'), crl)
    expect(execFileSync('openssl', ['crl', '-in', join(dir, 'c.pem'), '-noout', '-text']).toString()).toContain('Revoked Certificates')
  })

  it('SSHSIG signatures verify here, with noble, and refuse tampering', async () => {
    const { device } = await createIdentity('alice')
    const msg = new TextEncoder().encode('tree abc\n\nhello')
    const sig = sshSign(device.privateKey, device.publicKey, msg)
    expect(sshVerify(sig, msg, device.publicKey)).toBe(true)
    expect(sshVerify(sig, new TextEncoder().encode('tree abc\n\nhellO'), device.publicKey)).toBe(false)
    expect(sshVerify(sig, msg, generateKeyPair().publicKey)).toBe(false)
    expect(sshVerify('garbage', msg)).toBe(false)
    const parsed = parseSshSignature(sig)
    expect(parsed.namespace).toBe('git')
    // an independent implementation agrees
    const { createHash } = await import('node:crypto')
    const enc = (b: Uint8Array | string) => { const x = Buffer.from(b); const l = Buffer.alloc(4); l.writeUInt32BE(x.length); return Buffer.concat([l, x]) }
    const signed = Buffer.concat([Buffer.from('SSHSIG'), enc('git'), enc(''), enc('sha512'), enc(createHash('sha512').update(msg).digest())])
    expect(await ed.verifyAsync(parsed.signature, signed, parsed.publicKey)).toBe(true)
  })

  it('ssh-keygen verifies our signatures', async () => {
    const { device } = await createIdentity('alice')
    const dir = await mkdtemp(join(tmpdir(), 'sshsig-'))
    const msg = 'hello native\n'
    writeFileSync(join(dir, 'msg'), msg)
    writeFileSync(join(dir, 'msg.sig'), sshSign(device.privateKey, device.publicKey, Buffer.from(msg)))
    writeFileSync(join(dir, 'allowed'), `dev ${sshPublicKeyLine(device.publicKey)}\n`)
    const out = execFileSync('ssh-keygen', ['-Y', 'verify', '-f', join(dir, 'allowed'), '-I', 'dev', '-n', 'git', '-s', join(dir, 'msg.sig')], { input: msg }).toString()
    expect(out).toContain('Good "git" signature')
  })

  it('saves keys with mode 0600 and loads them back', async () => {
    const id = await createIdentity('alice')
    const dir = await mkdtemp(join(tmpdir(), 'id-'))
    await saveIdentity(dir, id)
    expect((await stat(join(dir, 'identity', 'account.key'))).mode & 0o777).toBe(0o600)
    expect((await stat(join(dir, 'identity', 'device.key'))).mode & 0o777).toBe(0o600)
    const back = await loadIdentity(dir)
    expect(back.uri).toBe(id.uri)
    expect(back.deviceId).toBe(id.deviceId)
    await expect(loadIdentity(join(dir, 'nope'))).rejects.toThrow(/no account/)
  })
})
