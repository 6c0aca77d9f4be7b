import { describe, it, expect, beforeAll } from 'vitest'
import { createCipheriv, randomBytes, scryptSync } from 'node:crypto'
import {
  createIdentity, privateKeyToPem, encryptArchive, decryptArchive, looksLikeArchive, ARCHIVE_KDF_PARAMS, MAX_ARCHIVE_BYTES,
  type AccountArchive, type Identity
} from '../src/index.ts'

// Most tests use a cheap KDF (the parameters are in the file, so decryption follows them);
// the defaults are used once, and their cost is printed in that test's name.
const FAST = { N: 2 ** 12, r: 8, p: 1 }
const PASSWORD = 'correct horse battery staple'

function archiveOf (id: Identity): AccountArchive {
  return {
    version: 1,
    uri: id.uri,
    displayName: id.displayName,
    accountKey: privateKeyToPem(id.account.privateKey),
    accountCert: id.accountCert,
    state: { [`device/${id.deviceId}`]: { v: { cert: id.deviceCert, name: id.displayName }, c: 1, d: id.deviceId } },
    conversations: [{ id: 'a'.repeat(40), mode: 'INVITES_ONLY', devices: [id.deviceId] }]
  }
}

function lines (bytes: Buffer): string[] {
  return bytes.toString('utf8').split('\n')
}

function header (bytes: Buffer): { kdf: string, params: { N: number, r: number, p: number }, salt: string, cipher: string, iv: string } {
  return JSON.parse(lines(bytes)[1]!)
}

/** The documented format, written independently of encryptArchive: any content, any header. */
function seal (content: unknown, password: string, hdr: Record<string, unknown> = {}): Buffer {
  const salt = randomBytes(16)
  const iv = randomBytes(12)
  const h = { kdf: 'scrypt', params: FAST, salt: salt.toString('base64'), cipher: 'aes-256-gcm', iv: iv.toString('base64'), ...hdr }
  const head = `SKARM-ACCOUNT-ARCHIVE 1\n${JSON.stringify(h)}\n`
  const key = scryptSync(password, salt, 32, { ...FAST, maxmem: 64 * 1024 * 1024 })
  const c = createCipheriv('aes-256-gcm', key, iv)
  c.setAAD(Buffer.from(head))
  const body = Buffer.concat([c.update(JSON.stringify(content)), c.final(), c.getAuthTag()])
  return Buffer.from(head + body.toString('base64') + '\n')
}

let alice: Identity
let plain: AccountArchive
let sealed: Buffer
beforeAll(async () => {
  alice = await createIdentity('Alice')
  plain = archiveOf(alice)
  sealed = await encryptArchive(plain, PASSWORD, { kdf: FAST })
})

// measured once at collection time so that the figure can go into the test's name
const bob = await createIdentity('Bob')
const t0 = performance.now()
const sealedDefault = await encryptArchive(archiveOf(bob), PASSWORD)
const encryptMs = Math.round(performance.now() - t0)

describe('account archive', () => {
  it(`round trip with the default KDF (scrypt N=2^17 r=8 p=1, 128 MiB; encryption took ${encryptMs} ms here)`, async () => {
    const t = performance.now()
    const back = await decryptArchive(sealedDefault, PASSWORD)
    console.log(`account archive: default scrypt encrypt ${encryptMs} ms, decrypt ${Math.round(performance.now() - t)} ms`)
    expect(back).toEqual(archiveOf(bob))
    expect(header(sealedDefault).params).toEqual({ N: 2 ** 17, r: 8, p: 1 })
    expect(ARCHIVE_KDF_PARAMS).toEqual({ N: 2 ** 17, r: 8, p: 1 })
    expect(128 * ARCHIVE_KDF_PARAMS.N * ARCHIVE_KDF_PARAMS.r).toBeGreaterThanOrEqual(64 * 1024 * 1024)
  })

  it('is three text lines: the magic and version, a JSON header with the KDF parameters, base64', async () => {
    const l = lines(sealed)
    expect(l).toHaveLength(4)
    expect(l[0]).toBe('SKARM-ACCOUNT-ARCHIVE 1')
    const h = header(sealed)
    expect(h.kdf).toBe('scrypt')
    expect(h.params).toEqual(FAST)
    expect(h.cipher).toBe('aes-256-gcm')
    expect(Buffer.from(h.salt, 'base64')).toHaveLength(16)
    expect(Buffer.from(h.iv, 'base64')).toHaveLength(12)
    expect(l[2]).toMatch(/^[A-Za-z0-9+/]+={0,2}$/)
    expect(l[3]).toBe('')
    expect(looksLikeArchive(sealed)).toBe(true)
    // nothing in clear: neither the key nor the name
    const text = sealed.toString('utf8')
    expect(text).not.toMatch(/PRIVATE KEY|CERTIFICATE|Alice/)
    expect(text).not.toContain(alice.uri)
  })

  it('decrypts back to the same archive; a new salt and IV every time', async () => {
    expect(await decryptArchive(sealed, PASSWORD)).toEqual(plain)
    const again = await encryptArchive(plain, PASSWORD, { kdf: FAST })
    expect(header(again).salt).not.toBe(header(sealed).salt)
    expect(header(again).iv).not.toBe(header(sealed).iv)
    expect(lines(again)[2]).not.toBe(lines(sealed)[2])
    // an archive with no state and no conversations is fine
    const empty = { ...plain, state: {}, conversations: [] }
    expect(await decryptArchive(await encryptArchive(empty, PASSWORD, { kdf: FAST }), PASSWORD)).toEqual(empty)
  })

  it('reads an archive written by any code that follows the format', async () => {
    expect(await decryptArchive(seal(plain, PASSWORD), PASSWORD)).toEqual(plain)
  })

  it('normalizes the password (NFC): the same word typed on two systems opens the archive', async () => {
    const nfc = 'caf\u00e9'
    const nfd = 'cafe\u0301'
    const bytes = await encryptArchive(plain, nfc, { kdf: FAST })
    expect(await decryptArchive(bytes, nfd)).toEqual(plain)
  })

  it('a wrong password: ARCHIVE_BAD_PASSWORD, one clear message', async () => {
    await expect(decryptArchive(sealed, 'wrong')).rejects.toMatchObject({
      code: 'ARCHIVE_BAD_PASSWORD', kind: 'invalid', message: 'wrong password, or the archive is damaged'
    })
    await expect(decryptArchive(sealed, '')).rejects.toMatchObject({ code: 'ARCHIVE_BAD_PASSWORD' })
  })

  it('a changed header is damage: KDF parameters, salt, IV, cipher, broken JSON', async () => {
    const l = lines(sealed)
    const h = header(sealed)
    const withHeader = (hh: unknown): Buffer => Buffer.from([l[0], typeof hh === 'string' ? hh : JSON.stringify(hh), l[2], ''].join('\n'))
    const flip = (b64: string): string => { const b = Buffer.from(b64, 'base64'); b[0] = b[0]! ^ 1; return b.toString('base64') }
    const forged = [
      withHeader({ ...h, params: { ...h.params, N: h.params.N * 2 } }), // a stronger KDF: a different key
      withHeader({ ...h, params: { ...h.params, r: 1 } }),
      withHeader({ ...h, salt: flip(h.salt) }),
      withHeader({ ...h, iv: flip(h.iv) }),
      withHeader({ ...h, cipher: 'chacha20-poly1305' }),
      withHeader({ ...h, kdf: 'pbkdf2' }),
      withHeader({ ...h, salt: h.salt.slice(4) }),
      withHeader({ ...h, extra: true }), // the same key: only the authenticated header tells
      withHeader(JSON.stringify(h) + ' '),
      withHeader(JSON.stringify(h).slice(0, -1))
    ]
    for (const bytes of forged) {
      await expect(decryptArchive(bytes, PASSWORD)).rejects.toMatchObject({ code: 'ARCHIVE_BAD_PASSWORD' })
    }
  })

  it('refuses KDF parameters beyond its bounds without running the KDF', async () => {
    const l = lines(sealed)
    const h = header(sealed)
    for (const params of [{ N: 2 ** 30, r: 8, p: 1 }, { N: 2 ** 17, r: 64, p: 1 }, { N: 2 ** 14, r: 8, p: 1000 }, { N: 3000, r: 8, p: 1 }, { N: 256, r: 8, p: 1 }, { N: '4096', r: 8, p: 1 }]) {
      const bytes = Buffer.from([l[0], JSON.stringify({ ...h, params }), l[2], ''].join('\n'))
      await expect(decryptArchive(bytes, PASSWORD)).rejects.toMatchObject({ code: 'ARCHIVE_BAD_PASSWORD', data: { reason: 'header' } })
    }
    await expect(encryptArchive(plain, PASSWORD, { kdf: { N: 2 ** 30, r: 8, p: 1 } })).rejects.toMatchObject({ code: 'ARCHIVE_INVALID' })
  })

  it('a changed or cut ciphertext is damage', async () => {
    const l = lines(sealed)
    const body = Buffer.from(l[2]!, 'base64')
    const withBody = (b: Buffer | string): Buffer => Buffer.from([l[0], l[1], typeof b === 'string' ? b : b.toString('base64'), ''].join('\n'))
    const at = (i: number): Buffer => { const b = Buffer.from(body); b[i] = b[i]! ^ 0x80; return b }
    const cases = [
      withBody(at(0)), // first byte of the ciphertext
      withBody(at(body.length - 1)), // the tag
      withBody(body.subarray(0, body.length - 1)),
      withBody(body.subarray(0, 10)),
      withBody(Buffer.concat([body, Buffer.from([0])])),
      withBody(l[2]!.slice(0, -7)),
      withBody('not base64 at all!'),
      withBody(''),
      Buffer.from([l[0], l[1], l[2], 'more', ''].join('\n'))
    ]
    for (const bytes of cases) {
      await expect(decryptArchive(bytes, PASSWORD)).rejects.toMatchObject({ code: 'ARCHIVE_BAD_PASSWORD' })
    }
    // cut anywhere after the magic line
    for (const n of [l[0]!.length + 1, l[0]!.length + 10, l[0]!.length + l[1]!.length + 1, sealed.length - 30]) {
      await expect(decryptArchive(sealed.subarray(0, n), PASSWORD)).rejects.toMatchObject({ code: 'ARCHIVE_BAD_PASSWORD' })
    }
  })

  it('not an archive, or an unknown version: ARCHIVE_INVALID', async () => {
    const notArchives = [
      Buffer.alloc(0),
      Buffer.from('hello\n'),
      randomBytes(200),
      Buffer.from(JSON.stringify(plain)),
      Buffer.from(alice.accountCert),
      Buffer.from('SKARM-ACCOUNT-ARCHIVE'),
      sealed.subarray(0, 10)
    ]
    for (const bytes of notArchives) {
      await expect(decryptArchive(bytes, PASSWORD)).rejects.toMatchObject({ code: 'ARCHIVE_INVALID', message: 'not a Skarm account archive' })
    }
    const v2 = Buffer.from(sealed.toString('utf8').replace(/^SKARM-ACCOUNT-ARCHIVE 1\n/, 'SKARM-ACCOUNT-ARCHIVE 2\n'))
    await expect(decryptArchive(v2, PASSWORD)).rejects.toMatchObject({ code: 'ARCHIVE_INVALID', message: expect.stringMatching(/unsupported account archive version "2"/) })
    await expect(decryptArchive(sealed.subarray(0, 22), PASSWORD)).rejects.toMatchObject({ code: 'ARCHIVE_INVALID' })
  })

  it('refuses a file larger than 64 MiB before decrypting it', async () => {
    const big = Buffer.alloc(MAX_ARCHIVE_BYTES + 1, 0x41)
    sealed.copy(big)
    await expect(decryptArchive(big, PASSWORD)).rejects.toMatchObject({ code: 'ARCHIVE_TOO_LARGE' })
  })

  it('checks the content: an account key that does not match its certificate or URI, a bad shape, an unknown version', async () => {
    const mallory = await createIdentity('Mallory')
    const wrongKey = { ...plain, accountKey: privateKeyToPem(mallory.account.privateKey) }
    const wrongUri = { ...plain, uri: mallory.uri }
    const deviceCertAsAccount = { ...plain, accountCert: alice.deviceCert }
    for (const content of [wrongKey, wrongUri, deviceCertAsAccount]) {
      await expect(decryptArchive(seal(content, PASSWORD), PASSWORD)).rejects.toMatchObject({ code: 'ARCHIVE_INVALID' })
      await expect(encryptArchive(content, PASSWORD, { kdf: FAST })).rejects.toMatchObject({ code: 'ARCHIVE_INVALID' })
    }
    const shapes: unknown[] = [
      'text', [], { ...plain, version: 2 }, { ...plain, state: [] }, { ...plain, state: null }, { ...plain, conversations: {} },
      { ...plain, conversations: [{ id: 'x', mode: 'PUBLIC', devices: [] }] },
      { ...plain, conversations: [{ id: 'a'.repeat(40), mode: 'PUBLIC', devices: ['nope'] }] },
      { ...plain, conversations: [...plain.conversations, ...plain.conversations] },
      { ...plain, accountKey: 'garbage' }, { ...plain, displayName: 7 }
    ]
    for (const content of shapes) {
      await expect(decryptArchive(seal(content, PASSWORD), PASSWORD)).rejects.toMatchObject({ code: 'ARCHIVE_INVALID' })
    }
    const notJson = seal('x', PASSWORD)
    expect(await decryptArchive(notJson, PASSWORD).catch((e: { code: string }) => e.code)).toBe('ARCHIVE_INVALID')
  })

  it('refuses an empty password when encrypting', async () => {
    await expect(encryptArchive(plain, '', { kdf: FAST })).rejects.toMatchObject({ code: 'ARCHIVE_PASSWORD_EMPTY' })
  })
})
