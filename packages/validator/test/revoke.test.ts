// Device revocation (README.md, "Device revocation"): `application/revoke-device` publishes the
// account's updated CRL at the signer's own /CRLs path; the revoked device is refused from then
// on, its concurrent commits are void at the merge, and revokedDevices names it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FlatTree } from '@skarm/conversation'
import { mergeTree, revokedDevices, verifyRepository, ValidationContext } from '../src/index.ts'
import { cleanup, crlRevoking, otherDevice, person, withMembers, type Fixture, type Person } from './fixture.ts'

let alice: Person
let bob: Person
let bob2: Person
let bob3: Person
let carol: Person
let mallory: Person
beforeAll(async () => {
  [alice, bob, carol, mallory] = await Promise.all([person('alice'), person('bob'), person('carol'), person('mallory')])
  bob2 = await otherDevice(bob)
  bob3 = await otherDevice(bob)
})
afterAll(cleanup)

const hi = { type: 'text/plain', body: 'hi' }
const revoke = (device: string): { type: string, device: string } => ({ type: 'application/revoke-device', device })
const crlAt = (who: Person, device = who): string => `CRLs/${who.uri}/${device.deviceId}.crl`

/** alice's conversation with bob, whose second device wrote in it (its certificate is there). */
async function withSecondDevice (): Promise<Fixture> {
  const f = await withMembers(alice, 'INVITES_ONLY', bob, carol)
  await f.conv.sendMessage(bob2, { type: 'text/plain', body: 'from my phone' }, f.check)
  return f
}

function setCrl (f: Fixture, path: string, pem: string) {
  return async (t: FlatTree): Promise<void> => { t.set(path, await f.blob(pem)) }
}

describe('revoke-device', () => {
  it('lets a device revoke another device of its account; the revoked one is refused from then on', async () => {
    const f = await withSecondDevice()
    const before = await f.head()
    expect(await revokedDevices(f.repo, before)).toEqual(new Set())
    const r = await f.conv.revokeDevice(bob, bob2.deviceId, await crlRevoking(bob, bob2), f.check)
    await f.valid(r)
    expect((await f.tree()).has(crlAt(bob))).toBe(true)
    await f.rejected(await f.forge(bob2, { message: hi }), 'DEVICE_REVOKED')
    await f.valid(await f.forge(bob, { message: hi }))
    expect(await revokedDevices(f.repo, r)).toEqual(new Set([bob2.deviceId]))
    expect(await revokedDevices(f.repo, before)).toEqual(new Set())
    expect(await verifyRepository(f.conv.dir)).toMatchObject({ ok: true })
  })

  it('revokes a device that never wrote here, and updates the CRL keeping every earlier serial', async () => {
    const f = await withSecondDevice()
    // bob3 has no certificate in the conversation: nothing to check it against, the CRL holds
    await f.valid(await f.conv.revokeDevice(bob, bob3.deviceId, await crlRevoking(bob, bob3), f.check))
    // bob3 comes with its certificate: refused
    await f.rejected(await f.forge(bob3, { message: hi, edit: async (t) => { t.set(`devices/${bob3.deviceId}.crt`, await f.blob(bob3.deviceCert)) } }), 'DEVICE_REVOKED')
    // a second revocation updates the same file: it must keep bob3
    await f.rejected(await f.forge(bob, { message: revoke(bob2.deviceId), edit: setCrl(f, crlAt(bob), await crlRevoking(bob, bob2)) }), 'REVOKE_BAD_CRL')
    const r = await f.conv.revokeDevice(bob, bob2.deviceId, await crlRevoking(bob, bob3, bob2), f.check)
    await f.valid(r)
    const ctx = new ValidationContext()
    const revoked = await revokedDevices(f.repo, r, ctx)
    expect(revoked).toEqual(new Set([bob2.deviceId])) // bob3's certificate is not in the tree
    revoked.clear() // the answer is the caller's copy
    expect(await revokedDevices(f.repo, r, ctx)).toEqual(new Set([bob2.deviceId]))
  })

  it('refuses a device revoking itself, by name or by its CRL (REVOKE_SELF)', async () => {
    const f = await withSecondDevice()
    await f.rejected(await f.forge(bob, { message: revoke(bob.deviceId), edit: setCrl(f, crlAt(bob), await crlRevoking(bob, bob)) }), 'REVOKE_SELF')
    await f.rejected(await f.forge(bob, { message: revoke(bob2.deviceId), edit: setCrl(f, crlAt(bob), await crlRevoking(bob, bob2, bob)) }), 'REVOKE_SELF')
    await expect(f.conv.revokeDevice(bob, bob.deviceId, await crlRevoking(bob, bob2), f.check)).rejects.toMatchObject({ code: 'REVOKE_SELF' })
  })

  it('refuses revoking another account\'s device (REVOKE_OTHER_ACCOUNT)', async () => {
    const f = await withSecondDevice()
    // mallory is no member; carol is, and revokes bob's phone with her own account's CRL
    await f.conv.addMember(alice, mallory.uri, f.check)
    await f.conv.join(mallory, f.check)
    for (const who of [carol, mallory]) {
      const oid = await f.forge(who, { message: revoke(bob2.deviceId), edit: setCrl(f, crlAt(who), await crlRevoking(who, bob2)) })
      await f.rejected(oid, 'REVOKE_OTHER_ACCOUNT')
    }
    // the CRL must be the signer account's: bob's CRL under carol's path
    await f.rejected(await f.forge(carol, { message: revoke(bob2.deviceId), edit: setCrl(f, crlAt(carol), await crlRevoking(bob, bob2)) }), 'CRL_INVALID')
  })

  it('refuses a CRL that does not revoke the device, or is not a CRL of the account (REVOKE_BAD_CRL, CRL_INVALID)', async () => {
    const f = await withSecondDevice()
    await f.rejected(await f.forge(bob, { message: revoke(bob2.deviceId), edit: setCrl(f, crlAt(bob), await crlRevoking(bob)) }), 'REVOKE_BAD_CRL')
    await f.rejected(await f.forge(bob, { message: revoke(bob2.deviceId), edit: setCrl(f, crlAt(bob), await crlRevoking(bob, bob3)) }), 'REVOKE_BAD_CRL')
    await f.rejected(await f.forge(bob, { message: revoke(bob2.deviceId), edit: setCrl(f, crlAt(bob), await crlRevoking(mallory, bob2)) }), 'CRL_INVALID')
    await f.rejected(await f.forge(bob, { message: revoke(bob2.deviceId), edit: setCrl(f, crlAt(bob), '-----BEGIN X509 CRL-----\nAAAA\n-----END X509 CRL-----\n') }), 'CRL_INVALID')
  })

  it('changes exactly the signer\'s own CRL file (COMMIT_UNEXPECTED_FILE, COMMIT_BAD_FIELD)', async () => {
    const f = await withSecondDevice()
    const crl = await crlRevoking(bob, bob2)
    await f.rejected(await f.forge(bob, { message: revoke(bob2.deviceId) }), 'COMMIT_UNEXPECTED_FILE') // no CRL
    await f.rejected(await f.forge(bob, { message: revoke(bob2.deviceId), edit: setCrl(f, crlAt(bob, bob2), crl) }), 'COMMIT_UNEXPECTED_FILE') // another device's path
    await f.rejected(await f.forge(bob, {
      message: revoke(bob2.deviceId),
      edit: async (t) => { await setCrl(f, crlAt(bob), crl)(t); t.delete(`devices/${bob2.deviceId}.crt`) }
    }), 'COMMIT_UNEXPECTED_FILE')
    await f.rejected(await f.forge(bob, { message: { type: 'application/revoke-device' }, edit: setCrl(f, crlAt(bob), crl) }), 'COMMIT_BAD_FIELD')
    await f.rejected(await f.forge(bob, { message: revoke('phone'), edit: setCrl(f, crlAt(bob), crl) }), 'COMMIT_BAD_FIELD')
    // publishing the same CRL twice changes nothing: the writer says so
    await f.conv.revokeDevice(bob, bob2.deviceId, crl, f.check)
    await expect(f.conv.revokeDevice(bob, bob2.deviceId, crl, f.check)).rejects.toMatchObject({ code: 'DEVICE_ALREADY_REVOKED' })
  })

  it('voids the revoked device\'s concurrent commits at the merge, in both parent orders', async () => {
    const f = await withSecondDevice()
    const base = await f.head()
    const r = await f.conv.revokeDevice(bob, bob2.deviceId, await crlRevoking(bob, bob2), f.check)
    await f.reset(base)
    const fromBob2 = await f.conv.sendMessage(bob2, { type: 'text/plain', body: 'the thief speaks' }, f.check)
    const fromCarol = await f.conv.sendMessage(carol, hi, f.check)
    const m1 = await mergeTree(f.repo, [r, fromCarol])
    const m2 = await mergeTree(f.repo, [fromCarol, r])
    expect(m1.voided).toEqual([fromBob2])
    expect(m2.voided).toEqual([fromBob2])
    expect([...m1.tree].sort()).toEqual([...m2.tree].sort())
    await f.valid(await f.merge(carol, [r, fromCarol]))
    await f.valid(await f.merge(bob, [fromCarol, r]))
    await f.rejected(await f.merge(bob2, [fromCarol, r]), 'DEVICE_REVOKED')
    await f.rejected(await f.merge(carol, [r, fromCarol], { message: { type: 'merge' } }), 'MERGE_BAD_VOIDED')
    const m = await f.merge(alice, [r, fromCarol], { setHead: true })
    await f.rejected(await f.forge(bob2, { message: hi }), 'DEVICE_REVOKED')
    expect(await revokedDevices(f.repo, m)).toEqual(new Set([bob2.deviceId]))
    expect(await verifyRepository(f.conv.dir)).toMatchObject({ ok: true })
  })

  it('two devices revoking each other at once: the first in (generation, id) order stands, the other is void and undone', async () => {
    const f = await withSecondDevice()
    const base = await f.head()
    const byBob = await f.conv.revokeDevice(bob, bob2.deviceId, await crlRevoking(bob, bob2), f.check)
    await f.reset(base)
    const byBob2 = await f.conv.revokeDevice(bob2, bob.deviceId, await crlRevoking(bob, bob), f.check)
    const [winner, loser, standing, voided] = byBob < byBob2 ? [bob, bob2, byBob, byBob2] : [bob2, bob, byBob2, byBob]
    const m1 = await mergeTree(f.repo, [byBob, byBob2])
    const m2 = await mergeTree(f.repo, [byBob2, byBob])
    expect(m1.voided).toEqual([voided])
    expect(m2.voided).toEqual([voided])
    expect([...m1.tree].sort()).toEqual([...m2.tree].sort())
    // the void revocation's CRL is gone from the merge; the standing one is there
    expect(m1.tree.has(crlAt(bob, loser))).toBe(false)
    expect(m1.tree.get(crlAt(bob, winner))).toEqual((await f.tree(standing)).get(crlAt(bob, winner)))
    await f.valid(await f.merge(winner, [byBob, byBob2]))
    await f.rejected(await f.merge(loser, [byBob, byBob2]), 'DEVICE_REVOKED')
  })

  it('a revocation speaks for its own account only: another account naming a device voids nothing', async () => {
    const f = await withSecondDevice()
    const base = await f.head()
    // bob3 never wrote here: carol may publish a CRL "revoking" that id, it revokes nothing of bob's
    const byCarol = await f.forge(carol, { message: revoke(bob3.deviceId), edit: setCrl(f, crlAt(carol), await crlRevoking(carol)), setHead: true })
    await f.valid(byCarol)
    await f.reset(base)
    const fromBob3 = await f.conv.sendMessage(bob3, hi, f.check)
    const { voided } = await mergeTree(f.repo, [byCarol, fromBob3])
    expect(voided).toEqual([])
    await f.valid(await f.merge(bob3, [byCarol, fromBob3]))
  })
})
