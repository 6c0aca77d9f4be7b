import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { AccountState, checkEntries, entryWins, type AccountEntries } from '../src/account-state.ts'

const D1 = '1'.repeat(40)
const D2 = '2'.repeat(40)
const dirs: string[] = []

async function fresh (device: string): Promise<{ state: AccountState, dir: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'skarm-account-'))
  dirs.push(dir)
  return { state: new AccountState(dir, device), dir }
}

afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true })
})

describe('AccountState', () => {
  it('sets, reads, lists and persists entries with growing clocks', async () => {
    const { state, dir } = await fresh(D1)
    const a = await state.set('conv/abc/prefs', { color: '#112233' })
    const b = await state.set('contact/xyz', { conversationId: 'c' })
    expect(b.c).toBeGreaterThan(a.c)
    expect(await state.get('conv/abc/prefs')).toEqual({ color: '#112233' })
    expect([...(await state.list('contact/')).keys()]).toEqual(['contact/xyz'])
    const again = new AccountState(dir, D1)
    expect(await again.get('contact/xyz')).toEqual({ conversationId: 'c' })
    expect((await again.set('contact/xyz', null)).c).toBeGreaterThan(b.c)
    expect(await again.get('contact/xyz')).toBeUndefined()
    expect(JSON.parse(await readFile(join(dir, 'account', 'state.json'), 'utf8')).entries['contact/xyz'].v).toBeNull()
  })

  it('two devices converge whatever the order of the merges', async () => {
    const one = (await fresh(D1)).state
    const two = (await fresh(D2)).state
    await one.set('conv/a/prefs', { color: '#000001' })
    await two.set('conv/a/prefs', { color: '#000002' }) // same clock: the higher device id wins
    await two.set('conv/b/removed', true)
    const s1 = await one.all()
    const s2 = await two.all()
    expect(await one.merge(s2)).toEqual(['conv/a/prefs', 'conv/b/removed'])
    expect(await two.merge(s1)).toEqual([])
    expect(await one.all()).toEqual(await two.all())
    expect(await one.get('conv/a/prefs')).toEqual({ color: '#000002' })
    // a later write on one (its clock moved past two's) wins everywhere
    await one.set('conv/a/prefs', { color: '#000003' })
    expect(await two.merge(await one.all())).toEqual(['conv/a/prefs'])
    expect(await two.get('conv/a/prefs')).toEqual({ color: '#000003' })
  })

  it('a revoked device entry wins over any later entry that is not', async () => {
    const key = 'device/' + '3'.repeat(40)
    const revoked = { v: { cert: 'x', revoked: true }, c: 1, d: D1 }
    const later = { v: { cert: 'x' }, c: 9, d: D2 }
    expect(entryWins(key, revoked, later)).toBe(true)
    expect(entryWins(key, later, revoked)).toBe(false)
    expect(entryWins('conv/a/prefs', later, revoked)).toBe(true)
  })

  it('refuses malformed entries with ACCOUNT_STATE_INVALID and changes nothing', async () => {
    const { state } = await fresh(D1)
    await state.set('conv/a/prefs', { color: '#000001' })
    const before = await state.all()
    const bad: unknown[] = [
      [], 'x', { 'Bad Key': { v: 1, c: 1, d: D2 } }, { 'conv/a/prefs': { v: 1, c: 0, d: D2 } },
      { 'conv/a/prefs': { v: 1, c: 5, d: 'nope' } }, { 'conv/a/prefs': { c: 5, d: D2 } },
      { 'conv/a/prefs': { v: 'x'.repeat(70_000), c: 5, d: D2 } }
    ]
    for (const b of bad) await expect(state.merge(b as AccountEntries)).rejects.toMatchObject({ code: 'ACCOUNT_STATE_INVALID' })
    expect(await state.all()).toEqual(before)
    expect(checkEntries({ 'device/abc': { v: null, c: 2, d: D2 } })).toEqual({ 'device/abc': { v: null, c: 2, d: D2 } })
  })
})
