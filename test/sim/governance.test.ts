// Governance across partitions (issue 8), black-box over the simulation harness: bans decided on
// one side of a split while the banned member writes on the other, and admins deciding against
// each other on both sides. After the heal every device must show the same history and compute
// the same members and roles, by rules that never use timestamps (docs/decisions.md, "Void
// commits" and "Conflicting bans across a partition").
//
// Project `sim` (vitest.config.ts): needs root (network namespaces). SKARM_SIM_KEEP=1 keeps the
// data folders.
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { api, history, type Message, type SimDevice } from '@skarm/sim'
import { SKARM, events, waitFor } from '../helpers/device.ts'
import { SYNC_TIMEOUT_MS, bodies, converged, createConversation, destroyNetworksAfterEach, inviteAndAccept, send, swarm } from '../helpers/sim.ts'

const run = promisify(execFile)

destroyNetworksAfterEach()

type Role = 'admin' | 'member' | 'invited' | 'banned'

/** The members of a conversation on one device: URI → role (a URI listed twice is an error). */
async function roles (d: SimDevice, conv: string): Promise<Record<string, Role>> {
  const r = await api(d, 'GET', `/v1/conversations/${conv}/members`)
  if (r.status !== 200) throw new Error(`${d.name}: members answered ${r.status}`)
  const out: Record<string, Role> = {}
  for (const m of r.body.members as Array<{ uri: string, role: Role }>) {
    if (out[m.uri] !== undefined) throw new Error(`${d.name}: ${m.uri} is listed twice (${out[m.uri]} and ${m.role})`)
    out[m.uri] = m.role
  }
  return out
}

/** Waits until `d` shows `who` with `role`. */
async function waitRole (d: SimDevice, conv: string, who: SimDevice, role: Role): Promise<void> {
  await waitFor(async () => (await roles(d, conv))[who.uri] === role, SYNC_TIMEOUT_MS, `${d.name} to show ${who.name} ${role}`)
}

/** Waits until every device lists the same members with the same roles; answers them. */
async function sameRoles (devices: SimDevice[], conv: string, what: string): Promise<Record<string, Role>> {
  let last: Array<Record<string, Role>> = []
  try {
    return (await waitFor(async () => {
      last = await Promise.all(devices.map(async (d) => await roles(d, conv)))
      const first = JSON.stringify(sorted(last[0]!))
      return last.every((r) => JSON.stringify(sorted(r)) === first) ? last[0] : undefined
    }, SYNC_TIMEOUT_MS, what))!
  } catch (err) {
    throw new Error(`${(err as Error).message}: ${devices.map((d, i) => `${d.name} ${JSON.stringify(last[i])}`).join('; ')}`)
  }
}

const sorted = (r: Record<string, Role>): Array<[string, Role]> => Object.entries(r).sort((x, y) => x[0] < y[0] ? -1 : 1)

/** An admin's vote (and the resolution when it makes a majority): the last commit made. */
async function vote (d: SimDevice, conv: string, action: 'ban' | 'unban' | 'promote', who: SimDevice): Promise<string> {
  const path = `/v1/conversations/${conv}/members/${who.uri}`
  const r = action === 'ban' ? await api(d, 'DELETE', path) : await api(d, 'POST', `${path}/${action}`)
  expect(r.status, `${d.name} ${action} ${who.name}: ${JSON.stringify(r.body)}`).toBe(200)
  return r.body.commit as string
}

/** Every device's copy passes `skarm verify` (a newcomer's replay of every rule). */
async function verified (devices: SimDevice[], conv: string): Promise<void> {
  for (const d of devices) {
    const r = await run(process.execPath, [SKARM, 'verify', '--repo', join(d.dataDir, 'conversations', conv)]).catch((err: { stdout?: string, stderr?: string }) => ({ stdout: err.stdout ?? '', stderr: err.stderr ?? 'failed' }))
    expect(r.stderr, `skarm verify on ${d.name}: ${r.stdout}`).toBe('')
  }
}

const voidedBy = (h: Message[]): Set<string> => new Set(h.flatMap((m) => m.type === 'merge' && Array.isArray(m.voided) ? m.voided as string[] : []))

describe('governance across partitions', () => {
  it('a ban bites: what the banned member wrote without having heard of it is voided everywhere, in both orders of arrival', async () => {
    // alice (admin) | bob (banned while split) | carla, dave (members)
    const { net, devices: [alice, bob, carla, dave] } = await swarm(4, 'ban-bites')
    const conv = await createConversation(alice!)
    for (const d of [bob!, carla!, dave!]) await inviteAndAccept(alice!, d, conv)
    const before = await send(bob!, conv, 'bob before the ban')
    await converged([alice!, bob!, carla!, dave!], conv, [before], 'the first message everywhere')

    await net.partition([['h1', 'h3'], ['h2', 'h4']])
    const ban = await vote(alice!, conv, 'ban', bob!) // alice is the lone admin: the ban resolves at once
    await waitRole(carla!, conv, bob!, 'banned')
    // bob has not heard of the ban; dave takes his messages (dave: the commits first, the ban later)
    const bobSplit = [await send(bob!, conv, 'bob while split 1'), await send(bob!, conv, 'bob while split 2')]
    const daveSplit = await send(dave!, conv, 'dave while split')
    await converged([bob!, dave!], conv, [...bobSplit, daveSplit], 'bob and dave to agree while split')
    const carlaSplit = await send(carla!, conv, 'carla while split')

    // alice and carla get bob's messages only through dave: the ban first, the commits later
    await net.heal()
    const h = await converged([alice!, carla!, dave!], conv, [before, ban, daveSplit, carlaSplit], 'alice, carla and dave after the heal')
    const shown = h.map((m) => m.id)
    for (const id of bobSplit) expect(shown).not.toContain(id)
    expect(bodies(h)).toContain('bob before the ban') // history before the ban stays
    expect(bodies(h).filter((b) => b.startsWith('bob while split'))).toEqual([])
    for (const id of bobSplit) expect(voidedBy(h).has(id)).toBe(true)
    for (const d of [alice!, carla!, dave!]) expect((await roles(d, conv))[bob!.uri]).toBe('banned')

    // after the heal bob goes on writing: nothing of it reaches anyone
    const late = await send(bob!, conv, 'bob after the heal')
    const marker = await send(carla!, conv, 'carla after the heal')
    await converged([alice!, carla!, dave!], conv, [marker], 'the marker everywhere')
    await new Promise((resolve) => setTimeout(resolve, 10_000))
    for (const d of [alice!, carla!, dave!]) {
      const ids = (await history(d, conv)).map((m) => m.id)
      expect(ids).not.toContain(late)
      expect(ids).toContain(marker)
    }
    await verified([alice!, carla!, dave!], conv)
  })

  it('two admins vote to ban each other on both sides of a split: no majority, nothing changes; two split shapes', async () => {
    const { net, devices: [alice, bob, carla, dave] } = await swarm(4, 'ban-vs-ban')
    const conv = await createConversation(alice!)
    for (const d of [bob!, carla!, dave!]) await inviteAndAccept(alice!, d, conv)
    for (const d of [bob!, carla!, dave!]) await waitRole(alice!, conv, d, 'member') // the joins reached alice
    const feed = await events(carla!)
    try {
      await vote(alice!, conv, 'promote', bob!) // the lone admin promotes: bob is an admin at once
      for (const d of [bob!, carla!, dave!]) await waitRole(d, conv, bob!, 'admin')
      // carla's device tells its client: ConversationMemberEvent, action promote (code 5)
      await waitFor(() => feed.list.some((e) => e.event === 'ConversationMemberEvent' && e.conversationId === conv && e.memberUri === bob!.uri && e.action === 'promote' && e.actionCode === 5), SYNC_TIMEOUT_MS, 'the promote event on carla')
    } finally {
      feed.close()
    }
    const start = await sameRoles([alice!, bob!, carla!, dave!], conv, 'the same roles before the split')

    // shape 1: {alice, carla} | {bob, dave}; each admin votes to ban the other (1 of 2 each)
    await net.partition([['h1', 'h3'], ['h2', 'h4']])
    await vote(alice!, conv, 'ban', bob!)
    await vote(bob!, conv, 'ban', alice!)
    const left = await send(carla!, conv, 'carla, split one')
    const right = await send(dave!, conv, 'dave, split one')
    await net.heal()
    await converged([alice!, bob!, carla!, dave!], conv, [left, right], 'after the first heal')
    expect(await sameRoles([alice!, bob!, carla!, dave!], conv, 'the same roles after the first heal')).toEqual(start)

    // shape 2: {alice} | {bob} | {carla, dave}; each admin votes to ban a member the other side holds
    await net.partition([['h1'], ['h2'], ['h3', 'h4']])
    await vote(alice!, conv, 'ban', dave!)
    await vote(bob!, conv, 'ban', carla!)
    const side = await send(carla!, conv, 'carla, split two')
    await net.heal()
    const after = [await send(alice!, conv, 'alice after'), await send(dave!, conv, 'dave after')]
    await converged([alice!, bob!, carla!, dave!], conv, [side, ...after], 'after the second heal')
    expect(await sameRoles([alice!, bob!, carla!, dave!], conv, 'the same roles after the second heal')).toEqual(start)
    await verified([alice!, bob!, carla!, dave!], conv)
  })

  it('ban against promote, then ban against unban, decided on both sides: every device ends with the same members and roles', async () => {
    // admins alice, bob, erin; members carla, dave
    const { net, devices: [alice, bob, carla, dave, erin] } = await swarm(5, 'ban-vs-promote')
    const everyone = [alice!, bob!, carla!, dave!, erin!]
    const conv = await createConversation(alice!)
    for (const d of [bob!, carla!, dave!, erin!]) await inviteAndAccept(alice!, d, conv)
    for (const d of [bob!, carla!, dave!, erin!]) await waitRole(alice!, conv, d, 'member') // the joins reached alice
    await vote(alice!, conv, 'promote', bob!)
    await waitRole(bob!, conv, bob!, 'admin')
    await vote(alice!, conv, 'promote', erin!) // 1 of 2 admins: a vote only
    await waitFor(async () => (await history(bob!, conv)).some((m) => m.type === 'vote' && m.action === 'promote' && m.uri === erin!.uri), SYNC_TIMEOUT_MS, 'alice\'s vote on bob\'s device')
    await vote(bob!, conv, 'promote', erin!) // 2 of 2: bob's device commits the promotion
    for (const d of everyone) await waitRole(d, conv, erin!, 'admin')
    // erin votes early to ban dave and to promote dave: 1 of 3 each
    await vote(erin!, conv, 'ban', dave!)
    await vote(erin!, conv, 'promote', dave!)
    await converged(everyone, conv, [], 'everyone holds erin\'s votes')
    await waitFor(async () => (await Promise.all(everyone.map(async (d) => (await history(d, conv)).filter((m) => m.type === 'vote' && m.uri === dave!.uri).length))).every((n) => n === 2), SYNC_TIMEOUT_MS, 'erin\'s two votes everywhere')

    // {alice, carla} | {bob, dave} | {erin}: alice bans dave (2 of 3), bob promotes dave (2 of 3)
    await net.partition([['h1', 'h3'], ['h2', 'h4'], ['h5']])
    await vote(alice!, conv, 'ban', dave!)
    await vote(bob!, conv, 'promote', dave!)
    await waitRole(dave!, conv, dave!, 'admin')
    const asAdmin = await send(dave!, conv, 'dave as an admin')
    const carlaSide = await send(carla!, conv, 'carla meanwhile')
    await net.heal()
    const witnesses = [alice!, bob!, carla!, erin!]
    const h = await converged(witnesses, conv, [carlaSide], 'alice, bob, carla and erin after the heal')
    // a ban beats a concurrent promotion: dave is banned everywhere, and not an admin
    const final = await sameRoles(witnesses, conv, 'the same roles after ban vs promote')
    expect(final[dave!.uri]).toBe('banned')
    expect(h.map((m) => m.id)).not.toContain(asAdmin)

    // ban against unban: carla is banned (alice and bob); erin votes early to unban carla and to ban alice
    await vote(alice!, conv, 'ban', carla!)
    await vote(bob!, conv, 'ban', carla!)
    for (const d of [alice!, bob!, erin!]) await waitRole(d, conv, carla!, 'banned')
    await vote(erin!, conv, 'unban', carla!)
    await vote(erin!, conv, 'ban', alice!)
    await converged([alice!, bob!, erin!], conv, [], 'erin\'s votes')
    await waitFor(async () => (await Promise.all([alice!, bob!].map(async (d) => (await history(d, conv)).filter((m) => m.type === 'vote' && m.device === erin!.deviceId).length))).every((n) => n === 4), SYNC_TIMEOUT_MS, 'erin\'s four votes on alice and bob')
    // {alice} | {bob, erin}: alice unbans carla (2 of 3), bob bans alice (2 of 3)
    await net.partition([['h1'], ['h2', 'h5'], ['h3', 'h4']])
    await vote(alice!, conv, 'unban', carla!)
    await vote(bob!, conv, 'ban', alice!)
    await net.heal()
    const marker = await send(erin!, conv, 'erin after the heal')
    await converged([bob!, erin!], conv, [marker], 'bob and erin after the second heal')
    const roles2 = await sameRoles([bob!, erin!], conv, 'the same roles after ban vs unban')
    expect(roles2[alice!.uri]).toBe('banned')
    // which of the two stands is decided by the order of (generation, commit id): either way one
    // rule, the same on every device
    expect(['banned', 'member']).toContain(roles2[carla!.uri])
    await verified([bob!, erin!], conv)
  })
})
