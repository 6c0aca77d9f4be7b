import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MODES } from '@skarm/conversation'
import { createDeviceCertificate } from '@skarm/identity'
import { CommitRejectedError } from '../src/index.ts'
import { Fixture, cleanup, crlRevoking, impostor, initialTree, person, tamper, type Person } from './fixture.ts'

let alice: Person
let bob: Person
let mallory: Person
beforeAll(async () => {
  [alice, bob, mallory] = await Promise.all([person('alice'), person('bob'), person('mallory')])
})
afterAll(cleanup)

describe('initial commit (0 parents)', () => {
  it('is valid in every mode, its signature verified', async () => {
    for (const mode of MODES) {
      const f = await Fixture.create(alice, mode, mode === 'ONE_TO_ONE' ? bob.uri : undefined)
      await f.valid(f.conv.id)
    }
  })

  it('may carry the creator\'s CRL', async () => {
    const f = await Fixture.create({ ...alice, crl: await crlRevoking(alice) }, 'PUBLIC')
    await f.valid(f.conv.id)
  })

  it('rejects a signature by another key than the creator\'s device (INITIAL_WRONG_SIGNER)', async () => {
    const f = await Fixture.create(alice, 'INVITES_ONLY')
    const oid = await f.forge(impostor(alice, mallory), { parents: [], tree: await initialTree(f, alice), message: { type: 'initial', mode: 2 } })
    const err = await f.rejected(oid, 'INITIAL_WRONG_SIGNER')
    expect(err).toBeInstanceOf(CommitRejectedError)
    expect(err.kind).toBe('forbidden')
  })

  it('rejects an initial commit signed by someone else than the admin it adds', async () => {
    const f = await Fixture.create(alice, 'INVITES_ONLY')
    const tree = await initialTree(f, alice)
    await f.rejected(await f.forge(mallory, { parents: [], tree, message: { type: 'initial', mode: 2 } }), 'INITIAL_WRONG_SIGNER')
    // the signer's own device certificate, but the admin certificate of alice
    tree.set(`devices/${mallory.deviceId}.crt`, await f.blob(mallory.deviceCert))
    tree.delete(`devices/${alice.deviceId}.crt`)
    await f.rejected(await f.forge({ uri: alice.uri, deviceId: mallory.deviceId, device: mallory.device }, { parents: [], tree, message: { type: 'initial', mode: 2 } }), 'CERT_CHAIN_INVALID')
  })

  it('rejects a device certificate that names the account as issuer but is not signed by it (forged chain)', async () => {
    const f = await Fixture.create(alice, 'INVITES_ONLY')
    // issuer name = alice's subject, signature by mallory's account key: what Jami would accept
    const forged = await createDeviceCertificate(mallory.account, alice.accountCert, mallory.device.publicKey)
    const tree = await initialTree(f, alice)
    tree.delete(`devices/${alice.deviceId}.crt`)
    tree.set(`devices/${mallory.deviceId}.crt`, await f.blob(forged))
    const oid = await f.forge({ uri: alice.uri, deviceId: mallory.deviceId, device: mallory.device }, { parents: [], tree, message: { type: 'initial', mode: 2 } })
    await f.rejected(oid, 'CERT_CHAIN_INVALID')
  })

  it('rejects any extra file (INITIAL_EXTRA_FILE)', async () => {
    const f = await Fixture.create(alice, 'INVITES_ONLY')
    const extras: Array<[string, string]> = [
      ['profile.vcf', 'BEGIN:VCARD\nEND:VCARD\n'],
      [`members/${bob.uri}.crt`, bob.accountCert],
      [`admins/${bob.uri}.crt`, bob.accountCert],
      [`devices/${bob.deviceId}.crt`, bob.deviceCert],
      [`CRLs/${bob.uri}/${bob.deviceId}.crl`, await crlRevoking(bob)],
      ['README', 'hello']
    ]
    for (const [path, content] of extras) {
      const tree = await initialTree(f, alice)
      tree.set(path, await f.blob(content))
      const err = await f.rejected(await f.forge(alice, { parents: [], tree, message: { type: 'initial', mode: 2 } }), 'INITIAL_EXTRA_FILE')
      expect(err.message).toMatch(/outdated or malicious/)
    }
  })

  it('rejects an unknown or missing mode (INITIAL_BAD_MODE)', async () => {
    const f = await Fixture.create(alice, 'INVITES_ONLY')
    for (const message of [{ type: 'initial', mode: 4 }, { type: 'initial', mode: -1 }, { type: 'initial', mode: '2' }, { type: 'initial', mode: 1.5 }, { type: 'initial' }]) {
      await f.rejected(await f.forge(alice, { parents: [], tree: await initialTree(f, alice), message }), 'INITIAL_BAD_MODE')
    }
  })

  it('rejects a ONE_TO_ONE without its peer, and an invitation in any other mode (INITIAL_BAD_INVITED)', async () => {
    const f = await Fixture.create(alice, 'INVITES_ONLY')
    const invitedTree = await initialTree(f, alice)
    invitedTree.set(`invited/${bob.uri}`, await f.blob(''))
    const cases: Array<[Map<string, { oid: string, mode: string }>, unknown]> = [
      [await initialTree(f, alice), { type: 'initial', mode: 0 }],
      [await initialTree(f, alice), { type: 'initial', mode: 0, invited: bob.uri }],
      [invitedTree, { type: 'initial', mode: 0, invited: alice.uri }],
      [invitedTree, { type: 'initial', mode: 0, invited: mallory.uri }],
      [invitedTree, { type: 'initial', mode: 2, invited: bob.uri }],
      [invitedTree, { type: 'initial', mode: 2 }]
    ]
    for (const [tree, message] of cases) await f.rejected(await f.forge(alice, { parents: [], tree, message }), 'INITIAL_BAD_INVITED')
    const nonEmpty = await initialTree(f, alice)
    nonEmpty.set(`invited/${bob.uri}`, await f.blob('x'))
    await f.rejected(await f.forge(alice, { parents: [], tree: nonEmpty, message: { type: 'initial', mode: 0, invited: bob.uri } }), 'INITIAL_BAD_INVITED')
  })

  it('rejects an initial commit changed after signing', async () => {
    const f = await Fixture.create(alice, 'ADMIN_INVITES_ONLY')
    const oid = await tamper(f, f.conv.id, (raw) => raw.replace('"mode":1', '"mode":3'))
    await f.rejected(oid, 'COMMIT_BAD_SIGNATURE')
  })

  it('rejects a root commit of another type, and an initial commit with a parent', async () => {
    const f = await Fixture.create(alice, 'INVITES_ONLY')
    await f.rejected(await f.forge(alice, { parents: [], tree: await initialTree(f, alice), message: { type: 'text/plain', body: 'hi' } }), 'COMMIT_BAD_PARENTS')
    await f.rejected(await f.forge(alice, { message: { type: 'initial', mode: 2 } }), 'COMMIT_BAD_PARENTS')
  })

  it('rejects a CRL that revokes the creator\'s own device', async () => {
    const f = await Fixture.create(alice, 'INVITES_ONLY')
    const tree = await initialTree(f, alice)
    tree.set(`CRLs/${alice.uri}/${alice.deviceId}.crl`, await f.blob(await crlRevoking(alice, alice)))
    await f.rejected(await f.forge(alice, { parents: [], tree, message: { type: 'initial', mode: 2 } }), 'DEVICE_REVOKED')
  })

  it('rejects a CRL not issued by the creator', async () => {
    const f = await Fixture.create(alice, 'INVITES_ONLY')
    const tree = await initialTree(f, alice)
    tree.set(`CRLs/${alice.uri}/${alice.deviceId}.crl`, await f.blob(await crlRevoking(mallory)))
    await f.rejected(await f.forge(alice, { parents: [], tree, message: { type: 'initial', mode: 2 } }), 'CRL_INVALID')
  })
})
