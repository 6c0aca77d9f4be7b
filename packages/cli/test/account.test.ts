import { describe, it, expect, beforeAll, afterAll } from 'vitest'
import { cp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { tempDir } from '@skarm/test-utils'
import { Conversation, type ModeName } from '@skarm/conversation'
import { createIdentity, decryptArchive, loadIdentity, saveIdentity, verifyDeviceChain, keyPairFromPem, idFromPublicKey, type Identity } from '@skarm/identity'
import { AccountState, LocalState, RequestBook, Store, StoreSync, type RequestEntry } from '@skarm/store'
import { main, type Io } from '../src/index.ts'

function io (): Io & { out: string, err: string } {
  const r = { out: '', err: '', env: {}, stdout: (t: string) => { r.out += t }, stderr: (t: string) => { r.err += t } }
  return r
}

const PASSWORD = 'a long and memorable passphrase'

let dir: string
let aliceDir: string
let bobDir: string
let alice: Identity
let bob: Identity
/** The conversations Alice's archive must hold, by id: mode and device hints. */
const expected = new Map<string, { mode: ModeName, devices: string[] }>()
let archiveFile: string

/** What the transport does, for these tests: `from`'s repository copied over `to`'s. */
async function copyConversation (fromData: string, toData: string, id: string): Promise<void> {
  const to = join(toData, 'conversations', id)
  await rm(to, { recursive: true, force: true })
  await cp(join(fromData, 'conversations', id), to, { recursive: true })
}

async function open (data: string, id: string): Promise<Conversation> {
  return await Conversation.open(join(data, 'conversations', id))
}

/** Bob invites Alice into his conversation `id`, she joins in her copy; both copies end equal. */
async function aliceJoinsBobs (id: string): Promise<void> {
  await copyConversation(bobDir, aliceDir, id)
  await (await open(aliceDir, id)).join(alice)
  await copyConversation(aliceDir, bobDir, id)
}

/** Alice invites Bob into her conversation `id`, he joins in his copy; both copies end equal. */
async function bobJoinsAlices (id: string): Promise<void> {
  await copyConversation(aliceDir, bobDir, id)
  await (await open(bobDir, id)).join(bob)
  await copyConversation(bobDir, aliceDir, id)
}

async function ban (data: string, admin: Identity, id: string, target: string): Promise<void> {
  const conv = await open(data, id)
  await conv.vote(admin, 'ban', target)
  await conv.resolveVote(admin, 'ban', target)
}

beforeAll(async () => {
  dir = await tempDir('skarm-cli-account-')
  aliceDir = join(dir, 'alice')
  bobDir = join(dir, 'bob')
  const o = io()
  expect(await main(['init', '--data', aliceDir, '--name', 'Alice'], o)).toBe(0)
  alice = await loadIdentity(aliceDir)
  bob = await createIdentity('Bob')
  await saveIdentity(bobDir, bob)
  const aliceStore = new Store({ identity: alice, dataDir: aliceDir })
  const bobStore = new Store({ identity: bob, dataDir: bobDir })

  // P: Alice's, Bob joined, then Bob's device banned: Alice's device is the only hint
  const p = (await aliceStore.createConversation('INVITES_ONLY')).id
  await aliceStore.addMember(p, bob.uri)
  await bobJoinsAlices(p)
  await ban(aliceDir, alice, p, bob.deviceId)
  expected.set(p, { mode: 'INVITES_ONLY', devices: [alice.deviceId] })

  // Q: Bob's, Alice a member: both devices are hints
  const q = (await bobStore.createConversation('ADMIN_INVITES_ONLY')).id
  await bobStore.addMember(q, alice.uri)
  await aliceJoinsBobs(q)
  expected.set(q, { mode: 'ADMIN_INVITES_ONLY', devices: [alice.deviceId, bob.deviceId].sort() })

  // O: Alice's ONE_TO_ONE with Bob (Bob only invited)
  const o2o = (await aliceStore.createConversation('ONE_TO_ONE', bob.uri)).id
  expected.set(o2o, { mode: 'ONE_TO_ONE', devices: [alice.deviceId] })

  // R: Bob's, Alice only invited: not hers yet, left out
  const r = (await bobStore.createConversation('PUBLIC')).id
  await bobStore.addMember(r, alice.uri)
  await copyConversation(bobDir, aliceDir, r)

  // V: Bob's, Alice joined then banned: left out
  const v = (await bobStore.createConversation('INVITES_ONLY')).id
  await bobStore.addMember(v, alice.uri)
  await aliceJoinsBobs(v)
  await ban(bobDir, bob, v, alice.uri)
  await copyConversation(bobDir, aliceDir, v)

  // U: Alice's, removed here (the marker written, the repository still on disk): left out
  const u = (await aliceStore.createConversation('INVITES_ONLY')).id
  await new LocalState(aliceDir).write(u, 'info.json', { removed: Math.floor(Date.now() / 1000) })

  // W: Alice's, removed through the store with Bob still in it (she left): left out
  const w = (await aliceStore.createConversation('INVITES_ONLY')).id
  await aliceStore.addMember(w, bob.uri)
  await bobJoinsAlices(w)
  await new Store({ identity: alice, dataDir: aliceDir }).removeConversation(w)

  // something that is not a conversation
  await mkdir(join(aliceDir, 'conversations', '.tmp-0123'), { recursive: true })

  // the account state the account's devices share
  const state = new AccountState(aliceDir, alice.deviceId)
  await state.set(`device/${alice.deviceId}`, { cert: alice.deviceCert, name: 'Alice' })
  await state.set(`contact/${bob.uri}`, { added: true })
  await state.set(`conv/${p}/prefs`, { color: '#336699' })

  archiveFile = join(dir, 'alice.skarm')
})
afterAll(async () => { await rm(dir, { recursive: true, force: true }) })

describe('skarm export', () => {
  it('writes the encrypted archive (mode 0600) of the account, its state and the conversations it is in', async () => {
    const o = io()
    expect(await main(['export', '--data', aliceDir, '--out', archiveFile, '--password', PASSWORD], o)).toBe(0)
    expect(o.err).toBe('')
    expect(o.out.endsWith('\n')).toBe(true)
    expect(JSON.parse(o.out)).toEqual({ uri: alice.uri, conversations: 3 })
    expect((await stat(archiveFile)).mode & 0o777).toBe(0o600)
    const bytes = await readFile(archiveFile)
    expect(bytes.toString('utf8')).toMatch(/^SKARM-ACCOUNT-ARCHIVE 1\n\{"kdf":"scrypt","params":\{"N":131072,"r":8,"p":1\}/)
    const archive = await decryptArchive(bytes, PASSWORD)
    expect(archive.uri).toBe(alice.uri)
    expect(archive.displayName).toBe('Alice')
    expect(archive.accountCert).toBe(alice.accountCert)
    expect(idFromPublicKey(keyPairFromPem(archive.accountKey).publicKey)).toBe(alice.uri)
    expect(archive.state).toEqual(await new AccountState(aliceDir, alice.deviceId).all())
    expect(Object.keys(archive.state).sort()).toEqual([`contact/${bob.uri}`, `conv/${[...expected.keys()][0]}/prefs`, `device/${alice.deviceId}`].sort())
    expect(archive.conversations).toEqual([...expected].map(([id, c]) => ({ id, ...c })).sort((a, b) => (a.id < b.id ? -1 : 1)))
    // no temporary file left next to it
    expect((await readdir(dir)).filter((n) => n.includes('.tmp-'))).toEqual([])
  })

  it('refuses to overwrite an existing file', async () => {
    const before = await readFile(archiveFile)
    const o = io()
    expect(await main(['export', '--data', aliceDir, '--out', archiveFile, '--password', 'other'], o)).toBe(1)
    expect(o.err).toBe(`skarm export: ${archiveFile} already exists; refusing to overwrite it\n`)
    expect(o.out).toBe('')
    expect(await readFile(archiveFile)).toEqual(before)
  })

  it('reads the password from the first line of --password-file', async () => {
    const pwFile = join(dir, 'pw.txt')
    await writeFile(pwFile, `${PASSWORD}\r\nsecond line is ignored\n`)
    const out = join(dir, 'alice-2.skarm')
    const o = io()
    expect(await main(['export', '--data', aliceDir, '--out', out, '--password-file', pwFile], o)).toBe(0)
    expect((await decryptArchive(await readFile(out), PASSWORD)).uri).toBe(alice.uri)
    await writeFile(join(dir, 'empty.txt'), '\nsecret on line two\n')
    const e = io()
    expect(await main(['export', '--data', aliceDir, '--out', join(dir, 'x.skarm'), '--password-file', join(dir, 'empty.txt')], e)).toBe(1)
    expect(e.err).toMatch(/first line of .* is empty/)
    const m = io()
    expect(await main(['export', '--data', aliceDir, '--out', join(dir, 'x.skarm'), '--password-file', join(dir, 'absent.txt')], m)).toBe(1)
    expect(m.err).toMatch(/cannot read the password file .*ENOENT/)
    expect((await readdir(dir)).includes('x.skarm')).toBe(false)
  })

  it('usage errors exit 2: missing flags, both password flags, no password', async () => {
    for (const argv of [
      ['export', '--data', aliceDir, '--password', 'p'],
      ['export', '--out', join(dir, 'y'), '--password', 'p'],
      ['export', '--data', aliceDir, '--out', join(dir, 'y')],
      ['export', '--data', aliceDir, '--out', join(dir, 'y'), '--password', 'p', '--password-file', 'f'],
      ['export', '--data', aliceDir, '--out', join(dir, 'y'), '--password']
    ]) {
      const o = io()
      expect(await main(argv, o)).toBe(2)
      expect(o.err).toMatch(/^skarm export: .*\n\nusage: skarm/)
    }
  })

  it('exit 1 on an account state file that does not read, and nothing is written', async () => {
    const data = join(dir, 'broken-state')
    await saveIdentity(data, await createIdentity('Carla'))
    await mkdir(join(data, 'account'))
    await writeFile(join(data, 'account', 'state.json'), '{"clock":1,"entries":')
    const out = join(dir, 'broken.skarm')
    const o = io()
    expect(await main(['export', '--data', data, '--out', out, '--password', 'p'], o)).toBe(1)
    expect(o.err).toMatch(/^skarm export: cannot read .*state\.json: .*JSON/)
    expect(o.err.split('\n')).toHaveLength(2)
    await expect(stat(out)).rejects.toThrow(/ENOENT/)
  })

  it('exit 1 when the folder holds no account, and nothing is written', async () => {
    const o = io()
    const out = join(dir, 'nobody.skarm')
    expect(await main(['export', '--data', join(dir, 'nobody'), '--out', out, '--password', 'p'], o)).toBe(1)
    expect(o.err).toMatch(/^skarm export: no account in /)
    await expect(stat(out)).rejects.toThrow(/ENOENT/)
  })
})

describe('skarm init --import', () => {
  it('makes a new device of the same account, its certificate issued by the same account certificate', async () => {
    const data = join(dir, 'alice-laptop')
    const o = io()
    expect(await main(['init', '--data', data, '--import', archiveFile, '--password', PASSWORD], o)).toBe(0)
    expect(o.err).toBe('')
    const printed = JSON.parse(o.out) as { uri: string, deviceId: string }
    expect(Object.keys(printed).sort()).toEqual(['deviceId', 'uri'])
    expect(printed.uri).toBe(alice.uri)
    expect(printed.deviceId).not.toBe(alice.deviceId)
    const laptop = await loadIdentity(data)
    expect(laptop.uri).toBe(alice.uri)
    expect(laptop.deviceId).toBe(printed.deviceId)
    expect(laptop.displayName).toBe('Alice')
    expect(laptop.accountCert).toBe(alice.accountCert)
    expect(verifyDeviceChain(laptop.deviceCert, alice.accountCert).device.id).toBe(printed.deviceId)
    expect(verifyDeviceChain(alice.deviceCert, laptop.accountCert).account.id).toBe(alice.uri)
    expect((await stat(join(data, 'identity', 'account.key'))).mode & 0o777).toBe(0o600)
    expect((await stat(join(data, 'identity', 'device.key'))).mode & 0o777).toBe(0o600)
    expect((await stat(data)).mode & 0o077).toBe(0) // like the folder `skarm init` makes

    // the account state: the archive's entries, then this device's own at the next clock
    const file = JSON.parse(await readFile(join(data, 'account', 'state.json'), 'utf8')) as { clock: number, entries: Record<string, { v: unknown, c: number, d: string }> }
    const archived = await new AccountState(aliceDir, alice.deviceId).all()
    const maxC = Math.max(...Object.values(archived).map((e) => e.c))
    expect(file.clock).toBe(maxC + 1)
    expect(file.entries).toEqual({ ...archived, [`device/${laptop.deviceId}`]: { v: { cert: laptop.deviceCert, name: 'Alice' }, c: maxC + 1, d: laptop.deviceId } })

    // one accepted request per conversation, with the device hints
    const requests = await new RequestBook(data).list()
    expect(requests.map((r) => r.conversationId).sort()).toEqual([...expected.keys()].sort())
    for (const r of requests) {
      const want = expected.get(r.conversationId)!
      expect(r).toEqual({ conversationId: r.conversationId, from: alice.uri, received: r.received, mode: want.mode, accepted: true, devices: want.devices } satisfies RequestEntry)
      expect(Math.abs(r.received - Date.now() / 1000)).toBeLessThan(3600)
    }
    // so the store lists them as syncing until the transport clones them
    const store = new Store({ identity: laptop, dataDir: data })
    const sync = new StoreSync({ store, signer: laptop, dataDir: data, mergeTree: async () => { throw new Error('no merge here') } })
    expect((await sync.syncing()).sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual([...expected].map(([id, c]) => ({ id, mode: c.mode })).sort((a, b) => (a.id < b.id ? -1 : 1)))
    expect(await store.listConversations()).toEqual([])
    // nothing else: no temporary folder beside it
    expect((await readdir(dir)).filter((n) => n.includes('.import-'))).toEqual([])
    expect((await readdir(data)).sort()).toEqual(['account', 'config.json', 'identity', 'requests.json'])
    // the new device's own ports are chosen at once (docs/sync.md, "Rejoining after a restart")
    const config = JSON.parse(await readFile(join(data, 'config.json'), 'utf8'))
    expect(config).toEqual({ listen: [expect.stringMatching(/^\/ip4\/0\.0\.0\.0\/tcp\/[1-9]\d*$/)], dhtPort: expect.any(Number) })
  })

  it('a second import of the same archive is another new device', async () => {
    const data = join(dir, 'alice-phone')
    const o = io()
    const pwFile = join(dir, 'pw-import.txt')
    await writeFile(pwFile, PASSWORD + '\n')
    expect(await main(['init', '--data', data, '--import', archiveFile, '--password-file', pwFile], o)).toBe(0)
    const phone = await loadIdentity(data)
    const laptop = await loadIdentity(join(dir, 'alice-laptop'))
    expect(phone.uri).toBe(alice.uri)
    expect(new Set([phone.deviceId, laptop.deviceId, alice.deviceId]).size).toBe(3)
  })

  it('a wrong password: exit 1, exactly one line, nothing written (absent folder stays absent)', async () => {
    const data = join(dir, 'deep', 'not-created')
    const o = io()
    expect(await main(['init', '--data', data, '--import', archiveFile, '--password', 'wrong'], o)).toBe(1)
    expect(o.err).toBe('skarm init: wrong password, or the archive is damaged\n')
    expect(o.out).toBe('')
    await expect(stat(join(dir, 'deep'))).rejects.toThrow(/ENOENT/)
    expect((await readdir(dir)).filter((n) => n.includes('.import-'))).toEqual([])
  })

  it('a wrong password leaves an existing folder as it was', async () => {
    const data = join(dir, 'prepared')
    await mkdir(data)
    await writeFile(join(data, 'config.json'), '{"api":"127.0.0.1:0"}\n')
    const o = io()
    expect(await main(['init', '--data', data, '--import', archiveFile, '--password', 'wrong'], o)).toBe(1)
    expect(o.err).toBe('skarm init: wrong password, or the archive is damaged\n')
    expect(await readdir(data)).toEqual(['config.json'])
    // with the right password the folder gets the account next to what it held
    const ok = io()
    expect(await main(['init', '--data', data, '--import', archiveFile, '--password', PASSWORD], ok)).toBe(0)
    expect((await readdir(data)).sort()).toEqual(['account', 'config.json', 'identity', 'requests.json'])
    // what it held is kept; the device's own ports are added
    expect(JSON.parse(await readFile(join(data, 'config.json'), 'utf8'))).toEqual({ api: '127.0.0.1:0', listen: [expect.any(String)], dhtPort: expect.any(Number) })
    expect((await loadIdentity(data)).uri).toBe(alice.uri)
  })

  it('an empty folder becomes the data folder', async () => {
    const data = join(dir, 'empty-dir')
    await mkdir(data)
    expect(await main(['init', '--data', data, '--import', archiveFile, '--password', PASSWORD], io())).toBe(0)
    expect((await loadIdentity(data)).uri).toBe(alice.uri)
  })

  it('refuses a folder that already holds an account, or device files of its own, and changes nothing', async () => {
    const o = io()
    expect(await main(['init', '--data', aliceDir, '--import', archiveFile, '--password', PASSWORD], o)).toBe(1)
    expect(o.err).toBe(`skarm init: ${aliceDir} already holds an account; refusing to overwrite it\n`)
    expect((await loadIdentity(aliceDir)).deviceId).toBe(alice.deviceId)
    // a folder with a stray requests.json (no account): refused after decrypting, nothing moved in
    const data = join(dir, 'stray')
    await mkdir(data)
    await writeFile(join(data, 'requests.json'), '{"requests":{}}\n')
    const s = io()
    expect(await main(['init', '--data', data, '--import', archiveFile, '--password', PASSWORD], s)).toBe(1)
    expect(s.err).toMatch(/already holds requests\.json; import into an empty or new folder\n$/)
    expect(await readdir(data)).toEqual(['requests.json'])
    expect((await readdir(dir)).filter((n) => n.includes('.import-'))).toEqual([])
  })

  it('not an archive, a missing file: exit 1 with one line, nothing written', async () => {
    const notArchive = join(dir, 'not-an-archive')
    await writeFile(notArchive, 'hello\n')
    const data = join(dir, 'never')
    let o = io()
    expect(await main(['init', '--data', data, '--import', notArchive, '--password', PASSWORD], o)).toBe(1)
    expect(o.err).toBe('skarm init: not a Skarm account archive\n')
    o = io()
    expect(await main(['init', '--data', data, '--import', join(dir, 'absent.skarm'), '--password', PASSWORD], o)).toBe(1)
    expect(o.err).toMatch(/^skarm init: cannot read .*absent\.skarm \(ENOENT\)\n$/)
    await expect(stat(data)).rejects.toThrow(/ENOENT/)
  })

  it('usage errors exit 2: --name with --import, a password without --import, no password', async () => {
    for (const [argv, msg] of [
      [['init', '--data', join(dir, 'u'), '--name', 'A', '--import', archiveFile, '--password', 'p'], /--name does not go with --import/],
      [['init', '--data', join(dir, 'u'), '--name', 'A', '--password', 'p'], /go with --import/],
      [['init', '--data', join(dir, 'u'), '--import', archiveFile], /--password P or --password-file F/],
      [['init', '--data', join(dir, 'u')], /--name is required/]
    ] as const) {
      const o = io()
      expect(await main([...argv], o)).toBe(2)
      expect(o.err).toMatch(msg)
    }
    await expect(stat(join(dir, 'u'))).rejects.toThrow(/ENOENT/)
  })
})
