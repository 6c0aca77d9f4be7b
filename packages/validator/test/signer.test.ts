// Every commit: structure, signature, author, message, and who may sign (SPEC.md §4–5).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatCommit, formatCommitPayload, type GitPerson } from '@skarm/conversation'
import { createDeviceCertificate, sshSign } from '@skarm/identity'
import { RULES, type RuleCode } from '../src/index.ts'
import { cleanup, crlRevoking, impostor, otherDevice, person, tamper, withMembers, type Person } from './fixture.ts'

let alice: Person
let bob: Person
let carol: Person
let mallory: Person
beforeAll(async () => {
  [alice, bob, carol, mallory] = await Promise.all([person('alice'), person('bob'), person('carol'), person('mallory')])
})
afterAll(cleanup)

const hi = { type: 'text/plain', body: 'hi' }

describe('signature', () => {
  it('accepts a commit signed by a member\'s device', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    await f.valid(await f.forge(bob, { message: hi }))
  })

  it('rejects a signature by another key (COMMIT_BAD_SIGNATURE)', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    await f.rejected(await f.forge(impostor(bob, mallory), { message: hi }), 'COMMIT_BAD_SIGNATURE')
    // another member's key does not do either
    await f.rejected(await f.forge(impostor(bob, alice), { message: hi }), 'COMMIT_BAD_SIGNATURE')
  })

  it('rejects a commit changed after signing: message, tree or parent', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    const first = await f.head()
    const oid = await f.conv.sendMessage(bob, { type: 'text/plain', body: 'I owe you 10' }, f.check)
    await f.valid(oid)
    await f.rejected(await tamper(f, oid, (raw) => raw.replace('I owe you 10', 'I owe you 99')), 'COMMIT_BAD_SIGNATURE')
    const parent = (await f.repo.readCommit(oid)).parents[0]!
    const grand = (await f.repo.readCommit(parent)).parents[0]!
    expect(grand).not.toBe(first)
    await f.rejected(await tamper(f, oid, (raw) => raw.replace(`parent ${parent}`, `parent ${grand}`)), 'COMMIT_BAD_SIGNATURE')
  })

  it('rejects an unsigned commit and a garbage signature', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    const c = await f.repo.readCommit(await f.forge(bob, { message: hi }))
    const unsigned = await f.repo.writeObject('commit', Buffer.from(formatCommitPayload(c)))
    await f.rejected(unsigned, 'COMMIT_UNSIGNED')
    const garbage = await f.repo.writeObject('commit', Buffer.from(formatCommit({ ...c, gpgsig: '-----BEGIN SSH SIGNATURE-----\nAAAA\n-----END SSH SIGNATURE-----\n' })))
    await f.rejected(garbage, 'COMMIT_BAD_SIGNATURE')
    const pgp = await f.repo.writeObject('commit', Buffer.from(formatCommit({ ...c, gpgsig: '-----BEGIN PGP SIGNATURE-----\nAAAA\n-----END PGP SIGNATURE-----\n' })))
    await f.rejected(pgp, 'COMMIT_BAD_SIGNATURE')
  })

  it('rejects a signature in another namespace', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    const c = await f.repo.readCommit(await f.forge(bob, { message: hi }))
    const gpgsig = sshSign(bob.device.privateKey, bob.device.publicKey, Buffer.from(formatCommitPayload(c)), 'file')
    await f.rejected(await f.repo.writeObject('commit', Buffer.from(formatCommit({ ...c, gpgsig }))), 'COMMIT_BAD_SIGNATURE')
  })
})

describe('author and committer', () => {
  it('rejects authors and committers that are not the signing device\'s account and id', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    const c = await f.repo.readCommit(await f.forge(bob, { message: hi }))
    const p = c.committer
    const cases: Array<[GitPerson, GitPerson, RuleCode]> = [
      [{ ...p, name: 'Bob' }, { ...p, name: 'Bob' }, 'COMMIT_BAD_AUTHOR'], // a name, not a URI
      [{ ...p, email: 'bob@example.org' }, { ...p, email: 'bob@example.org' }, 'COMMIT_BAD_AUTHOR'],
      [{ ...p, name: alice.uri }, p, 'COMMIT_BAD_AUTHOR'], // author differs from committer
      [p, { ...p, email: alice.deviceId }, 'COMMIT_BAD_AUTHOR'],
      [{ ...p, name: alice.uri }, { ...p, name: alice.uri }, 'CERT_CHAIN_INVALID'], // bob's device is not alice's
      [{ ...p, email: alice.deviceId }, { ...p, email: alice.deviceId }, 'COMMIT_BAD_SIGNATURE'] // bob's key is not alice's device
    ]
    for (const [author, committer, rule] of cases) {
      const obj = { tree: c.tree, parents: c.parents, author, committer, message: c.message }
      const gpgsig = sshSign(bob.device.privateKey, bob.device.publicKey, Buffer.from(formatCommitPayload(obj)))
      await f.rejected(await f.repo.writeObject('commit', Buffer.from(formatCommit({ ...obj, gpgsig }))), rule)
    }
  })

  it('rejects a committer name that is not the account of the signing device', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob, carol)
    // carol's name, bob's device and key: bob's device is not certified by carol
    await f.rejected(await f.forge({ uri: carol.uri, deviceId: bob.deviceId, device: bob.device }, { message: hi }), 'CERT_CHAIN_INVALID')
  })
})

describe('message', () => {
  it('rejects a message that is not a JSON object with a string type (COMMIT_NOT_JSON)', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    for (const message of ['hello\n', '{"type":"text/plain"\n', '[{"type":"text/plain"}]\n', '"text/plain"\n', 'null\n', '{"type":3}\n', '{"body":"x"}\n']) {
      const err = await f.rejected(await f.forge(bob, { message }), 'COMMIT_NOT_JSON')
      expect(err.message).toMatch(/outdated or malicious/)
    }
  })

  it('rejects an unknown type, telling the peer may be outdated or malicious (COMMIT_UNKNOWN_TYPE)', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    for (const type of ['text/html', 'application/update-mode', 'Text/Plain', '']) {
      const err = await f.rejected(await f.forge(bob, { message: { type, body: 'x' } }), 'COMMIT_UNKNOWN_TYPE')
      expect(err.message).toMatch(/outdated or malicious version/)
    }
  })

  it('rejects wrong parent counts (COMMIT_BAD_PARENTS)', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    const h = await f.head()
    const a = await f.forge(alice, { message: hi, setHead: false })
    const b = await f.forge(bob, { message: hi, setHead: false })
    await f.rejected(await f.forge(alice, { parents: [h, a, b], message: { type: 'merge' } }), 'COMMIT_BAD_PARENTS')
    await f.rejected(await f.forge(alice, { parents: [a, a], message: { type: 'merge' } }), 'COMMIT_BAD_PARENTS')
    await f.rejected(await f.forge(alice, { parents: [a], message: { type: 'merge' } }), 'COMMIT_BAD_PARENTS')
  })

  it('documents every rule it can raise', () => {
    for (const [code, rule] of Object.entries(RULES)) {
      expect(code).toMatch(/^[A-Z][A-Z0-9_]+$/)
      expect(rule.summary.length).toBeGreaterThan(10)
    }
  })
})

describe('who may sign', () => {
  it('rejects a device without certificate (DEVICE_UNKNOWN)', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    await f.rejected(await f.forge(mallory, { message: hi }), 'DEVICE_UNKNOWN')
  })

  it('rejects an account that is neither admin nor member, even with its device certificate (AUTHOR_NOT_MEMBER)', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    const oid = await f.forge(mallory, { message: hi, edit: async (t) => { t.set(`devices/${mallory.deviceId}.crt`, await f.blob(mallory.deviceCert)) } })
    await f.rejected(oid, 'AUTHOR_NOT_MEMBER')
    // invited is not yet a member
    await f.conv.addMember(alice, carol.uri, f.check)
    await f.rejected(await f.forge(carol, { message: hi, edit: async (t) => { t.set(`devices/${carol.deviceId}.crt`, await f.blob(carol.deviceCert)) } }), 'AUTHOR_NOT_MEMBER')
  })

  it('rejects a device certificate issued in the account\'s name by another key (forged chain, CERT_CHAIN_INVALID)', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    const forged = await createDeviceCertificate(mallory.account, bob.accountCert, mallory.device.publicKey)
    const oid = await f.forge({ uri: bob.uri, deviceId: mallory.deviceId, device: mallory.device }, {
      message: hi,
      edit: async (t) => { t.set(`devices/${mallory.deviceId}.crt`, await f.blob(forged)) }
    })
    await f.rejected(oid, 'CERT_CHAIN_INVALID')
  })

  it('accepts a second device of a member that adds its own certificate', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    const bob2 = await otherDevice(bob)
    await f.valid(await f.conv.sendMessage(bob2, hi, f.check))
  })

  it('rejects a device certificate stored under another device\'s id (CERT_INVALID)', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    const bob2 = await otherDevice(bob)
    const oid = await f.forge(bob2, { message: hi, edit: async (t) => { t.set(`devices/${bob2.deviceId}.crt`, await f.blob(bob.deviceCert)) } })
    await f.rejected(oid, 'CERT_INVALID')
    const junk = await f.forge(bob2, { message: hi, edit: async (t) => { t.set(`devices/${bob2.deviceId}.crt`, await f.blob('not a certificate')) } })
    await f.rejected(junk, 'CERT_INVALID')
  })

  it('rejects a commit by a banned account, after the ban only (AUTHOR_BANNED)', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    const before = await f.conv.sendMessage(bob, hi, f.check)
    await f.conv.vote(alice, 'ban', bob.uri, f.check)
    await f.conv.resolveVote(alice, 'ban', bob.uri, f.check)
    await f.rejected(await f.forge(bob, { message: hi }), 'AUTHOR_BANNED')
    await f.valid(before)
    // a new device of the banned account does not help
    const bob2 = await otherDevice(bob)
    await f.rejected(await f.forge(bob2, { message: hi, edit: async (t) => { t.set(`devices/${bob2.deviceId}.crt`, await f.blob(bob2.deviceCert)) } }), 'AUTHOR_BANNED')
  })

  it('rejects a commit by a banned device (DEVICE_BANNED) while the account\'s other devices go on', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    const bob2 = await otherDevice(bob)
    await f.conv.sendMessage(bob2, hi, f.check)
    await f.conv.vote(alice, 'ban', bob2.deviceId, f.check)
    await f.conv.resolveVote(alice, 'ban', bob2.deviceId, f.check)
    expect((await f.tree()).has(`banned/devices/${bob2.deviceId}.crt`)).toBe(true)
    await f.rejected(await f.forge(bob2, { message: hi }), 'DEVICE_BANNED')
    await f.valid(await f.forge(bob, { message: hi }))
  })

  it('rejects a commit by a device revoked in its account\'s CRL (DEVICE_REVOKED)', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    const bob2 = await otherDevice(bob)
    await f.valid(await f.conv.sendMessage(bob2, hi, f.check))
    // bob's first device publishes the account's CRL revoking the second one
    const crl = await crlRevoking(bob, bob2)
    await f.valid(await f.conv.sendMessage({ ...bob, crl }, { type: 'text/plain', body: 'lost my phone' }, f.check))
    await f.rejected(await f.forge(bob2, { message: hi }), 'DEVICE_REVOKED')
    await f.valid(await f.forge(bob, { message: hi }))
  })

  it('rejects a CRL that is not issued by the account (CRL_INVALID), and one that revokes its own signer', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    const forged = await f.forge(bob, { message: hi, edit: async (t) => { t.set(`CRLs/${bob.uri}/${bob.deviceId}.crl`, await f.blob(await crlRevoking(mallory))) } })
    await f.rejected(forged, 'CRL_INVALID')
    const junk = await f.forge(bob, { message: hi, edit: async (t) => { t.set(`CRLs/${bob.uri}/${bob.deviceId}.crl`, await f.blob('-----BEGIN X509 CRL-----\nAAAA\n-----END X509 CRL-----\n')) } })
    await f.rejected(junk, 'CRL_INVALID')
    const self = await f.forge(bob, { message: hi, edit: async (t) => { t.set(`CRLs/${bob.uri}/${bob.deviceId}.crl`, await f.blob(await crlRevoking(bob, bob))) } })
    await f.rejected(self, 'DEVICE_REVOKED')
  })
})
