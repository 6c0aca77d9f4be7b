import { describe, it, expect, afterAll } from 'vitest'
import { Fixture, person, cleanup } from './fixture.ts'
import { verifyRepository } from '../src/index.ts'

afterAll(cleanup)
describe('smoke', () => {
  it('writes a valid history through the check', async () => {
    const alice = await person('alice')
    const bob = await person('bob')
    const f = await Fixture.create(alice, 'INVITES_ONLY')
    await f.conv.sendMessage(alice, { type: 'text/plain', body: 'hej' }, f.check)
    await f.conv.addMember(alice, bob.uri, f.check)
    await f.conv.join(bob, f.check)
    const m = await f.conv.sendMessage(bob, { type: 'text/plain', body: 'hi' }, f.check)
    await f.conv.sendMessage(bob, { type: 'application/edited-message', body: 'hi!', edit: m }, f.check)
    await f.conv.vote(alice, 'promote', bob.uri, f.check)
    await f.conv.resolveVote(alice, 'promote', bob.uri, f.check)
    await f.conv.updateProfile(bob, 'BEGIN:VCARD\nFN:x\nEND:VCARD\n', f.check)
    const r = await verifyRepository(f.conv.dir)
    expect(r).toMatchObject({ ok: true, commits: 9 })
  })
})
