// One device, used only through the `skarm` command and the HTTP gateway (API.md).
import { describe, it, expect, beforeAll, afterAll } from 'vitest'
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { existsSync } from 'node:fs'
import { startDevice, http, events, waitFor, alive, skarm, type Device } from '../helpers/device.ts'

const HEX40 = /^[0-9a-f]{40}$/
const OTHER = 'b'.repeat(40)
const THIRD = 'c'.repeat(40)
let dev: Device

function commitCount (id: string): number {
  return Number(execFileSync('git', ['-C', join(dev.dataDir, 'conversations', id), 'rev-list', '--count', 'HEAD'], { encoding: 'utf8' }).trim())
}

beforeAll(async () => {
  dev = await startDevice('alice')
})

afterAll(async () => {
  await dev?.stop()
})

describe('one device through the gateway', () => {
  it('writes run.json and reports every service healthy with its pid', async () => {
    expect(dev.api).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(dev.p2p.length).toBeGreaterThan(0)
    expect(dev.p2p[0]).toMatch(/\/tcp\/\d+\/p2p\//)
    const h = await http(dev, 'GET', '/v1/health')
    expect(h.status).toBe(200)
    expect(h.body.ok).toBe(true)
    for (const svc of ['store', 'validator', 'transport', 'dht', 'files', 'gateway']) {
      expect(h.body.services[svc]).toMatchObject({ status: 'up', pid: expect.any(Number) })
    }
    const pids = new Set(Object.values(h.body.services).map((s: any) => s.pid))
    expect(pids.size).toBe(6) // separate OS processes
    // the transport's network view: alone, on private addresses, no relay, no QUIC by default
    expect(h.body.network).toEqual({ reachability: 'nat', relays: [], relayAddresses: [], relayServer: false, reservationsServed: 0, connections: { direct: expect.any(Number), relayed: 0 }, quic: false })
    const status = await skarm(['status', '--data', dev.dataDir])
    expect(status.code).toBe(0)
    expect(status.stdout).toContain('store')
    expect(JSON.parse(status.stdout).network.reachability).toBe('nat')
  })

  it('GET /v1/account', async () => {
    const r = await http(dev, 'GET', '/v1/account')
    expect(r.status).toBe(200)
    expect(r.body).toMatchObject({ uri: dev.uri, deviceId: dev.deviceId, displayName: 'alice' })
    expect(r.body.devices).toContain(dev.deviceId)
  })

  it('creates conversations of every mode, lists and describes them', async () => {
    const ids: Record<string, string> = {}
    for (const mode of ['ADMIN_INVITES_ONLY', 'INVITES_ONLY', 'PUBLIC']) {
      const r = await http(dev, 'POST', '/v1/conversations', { mode })
      expect(r.status).toBe(201)
      expect(r.body.id).toMatch(HEX40)
      ids[mode] = r.body.id
    }
    const one = await http(dev, 'POST', '/v1/conversations', { mode: 'ONE_TO_ONE', invited: OTHER })
    expect(one.status).toBe(201)
    ids.ONE_TO_ONE = one.body.id
    const list = await http(dev, 'GET', '/v1/conversations')
    for (const [mode, id] of Object.entries(ids)) expect(list.body.conversations).toContainEqual({ id, mode, syncing: false })
    const info = await http(dev, 'GET', `/v1/conversations/${ids.PUBLIC}`)
    expect(info.body).toMatchObject({ id: ids.PUBLIC, mode: 'PUBLIC', syncing: false })
    const members = await http(dev, 'GET', `/v1/conversations/${ids.ONE_TO_ONE}/members`)
    expect(members.body.members).toEqual([{ uri: dev.uri, role: 'admin' }, { uri: OTHER, role: 'invited' }])
    // the repository is ordinary Git, and a newcomer's replay accepts it
    expect(execFileSync('git', ['-C', join(dev.dataDir, 'conversations', ids.PUBLIC!), 'log', '--format=%s'], { encoding: 'utf8' })).toContain('"type":"initial"')
    const verify = await skarm(['verify', '--repo', join(dev.dataDir, 'conversations', ids.ONE_TO_ONE!)])
    expect(verify.code).toBe(0)
  })

  it('sends, edits, reacts and loads newest first with limit/before; SSE carries own messages', async () => {
    const sse = await events(dev)
    const { body: { id } } = await http(dev, 'POST', '/v1/conversations', { mode: 'INVITES_ONLY' })
    const a = await http(dev, 'POST', `/v1/conversations/${id}/messages`, { body: 'hello' })
    expect(a.status).toBe(201)
    const b = await http(dev, 'POST', `/v1/conversations/${id}/messages`, { body: 'world', replyTo: a.body.id })
    const react = await http(dev, 'POST', `/v1/conversations/${id}/messages`, { body: '👍', 'react-to': a.body.id })
    expect(react.status).toBe(201)
    const edit = await http(dev, 'POST', `/v1/conversations/${id}/messages`, { body: 'hello!', edit: a.body.id })
    expect(edit.status).toBe(201)
    const page = await http(dev, 'GET', `/v1/conversations/${id}/messages?limit=2`)
    expect(page.status).toBe(200)
    expect(page.body.messages.map((m: any) => m.id)).toEqual([b.body.id, a.body.id])
    const first = page.body.messages[1]
    expect(first).toMatchObject({ id: a.body.id, author: dev.uri, device: dev.deviceId, type: 'text/plain', body: 'hello!', edited: true })
    expect(first.parents).toHaveLength(1)
    expect(first.reactions).toEqual([{ id: react.body.id, author: dev.uri, body: '👍' }])
    const older = await http(dev, 'GET', `/v1/conversations/${id}/messages?limit=10&before=${a.body.id}`)
    expect(older.body.messages.map((m: any) => m.type)).toEqual(['initial'])
    await waitFor(() => sse.list.filter((e) => e.event === 'MessageReceived' && e.conversationId === id).length >= 4, 10_000, 'MessageReceived events')
    const own = sse.list.find((e) => e.event === 'MessageReceived' && e.message.id === a.body.id)
    expect(own.message).toMatchObject({ author: dev.uri, type: 'text/plain', body: 'hello' })
    sse.close()
  })

  it('profile, members, votes, displayed and preferences', async () => {
    const sse = await events(dev)
    const { body: { id } } = await http(dev, 'POST', '/v1/conversations', { mode: 'ADMIN_INVITES_ONLY' })
    const patch = await http(dev, 'PATCH', `/v1/conversations/${id}`, { title: 'Klubben', description: 'Fika' })
    expect(patch.status).toBe(200)
    expect(patch.body.commit).toMatch(HEX40)
    expect((await http(dev, 'GET', `/v1/conversations/${id}`)).body).toMatchObject({ title: 'Klubben', description: 'Fika' })
    expect((await http(dev, 'POST', `/v1/conversations/${id}/members`, { uri: OTHER })).status).toBe(200)
    expect((await http(dev, 'POST', `/v1/conversations/${id}/members`, { uri: THIRD })).status).toBe(200)
    expect((await http(dev, 'DELETE', `/v1/conversations/${id}/members/${THIRD}`)).status).toBe(200)
    const members = (await http(dev, 'GET', `/v1/conversations/${id}/members`)).body.members
    expect(members).toContainEqual({ uri: OTHER, role: 'invited' })
    expect(members).toContainEqual({ uri: THIRD, role: 'banned' })
    expect((await http(dev, 'POST', `/v1/conversations/${id}/members/${THIRD}/unban`)).status).toBe(200)
    expect((await http(dev, 'GET', `/v1/conversations/${id}/members`)).body.members).toContainEqual({ uri: THIRD, role: 'invited' })
    const msg = await http(dev, 'POST', `/v1/conversations/${id}/messages`, { body: 'read me' })
    expect((await http(dev, 'POST', `/v1/conversations/${id}/displayed`, { commit: msg.body.id })).status).toBe(204)
    expect((await http(dev, 'GET', `/v1/conversations/${id}/members`)).body.members[0]).toEqual({ uri: dev.uri, role: 'admin', lastDisplayed: msg.body.id })
    expect((await http(dev, 'PUT', `/v1/conversations/${id}/preferences`, { color: '#336699', ignoreNotifications: true })).status).toBe(200)
    expect((await http(dev, 'GET', `/v1/conversations/${id}/preferences`)).body).toEqual({ color: '#336699', ignoreNotifications: true })
    await waitFor(() => sse.list.some((e) => e.event === 'ConversationProfileUpdated') && sse.list.some((e) => e.event === 'ConversationMemberEvent') && sse.list.some((e) => e.event === 'ConversationPreferencesUpdated'), 10_000, 'events')
    sse.close()
  })

  it('refuses bad input with 400, unknown ids with 404, forbidden acts with 403 — and writes nothing', async () => {
    const { body: { id } } = await http(dev, 'POST', '/v1/conversations', { mode: 'ONE_TO_ONE', invited: OTHER })
    const before = commitCount(id)
    const cases: Array<[string, string, unknown, number]> = [
      ['POST', '/v1/conversations', { mode: 'NOPE' }, 400],
      ['POST', '/v1/conversations', '{not json', 400],
      ['POST', `/v1/conversations/${id}/messages`, { body: '' }, 400],
      ['POST', `/v1/conversations/${id}/messages`, { body: 'x', extra: 1 }, 400],
      ['POST', `/v1/conversations/${id}/messages`, { body: 'x', edit: 'zz' }, 400],
      ['GET', `/v1/conversations/${id}/messages?limit=0`, undefined, 400],
      ['GET', '/v1/conversations/not-an-id', undefined, 400],
      ['POST', `/v1/conversations/${id}/members`, { uri: 'bad' }, 400],
      ['PUT', `/v1/conversations/${id}/preferences`, { color: 'red' }, 400],
      ['GET', `/v1/conversations/${'f'.repeat(40)}`, undefined, 404],
      ['POST', `/v1/conversations/${'f'.repeat(40)}/messages`, { body: 'x' }, 404],
      ['POST', `/v1/conversations/${id}/messages`, { body: 'x', edit: 'e'.repeat(40) }, 404],
      ['POST', `/v1/conversations/${id}/members`, { uri: THIRD }, 403], // a third person in ONE_TO_ONE
      ['POST', `/v1/conversations/${id}/members/${OTHER}/promote`, undefined, 403],
      ['DELETE', `/v1/conversations/${id}/members/${dev.uri}`, undefined, 403]
    ]
    for (const [method, path, body, status] of cases) {
      const r = await http(dev, method, path, body)
      expect(r.status, `${method} ${path} ${JSON.stringify(body)} → ${JSON.stringify(r.body)}`).toBe(status)
      expect(r.body.error.code).toMatch(/^[A-Z][A-Z0-9_]*$/)
      expect(typeof r.body.error.message).toBe('string')
    }
    expect(commitCount(id)).toBe(before)
  })

  it('removes a conversation', async () => {
    const { body: { id } } = await http(dev, 'POST', '/v1/conversations', { mode: 'INVITES_ONLY' })
    expect((await http(dev, 'DELETE', `/v1/conversations/${id}`)).status).toBe(204)
    expect((await http(dev, 'GET', '/v1/conversations')).body.conversations.map((c: any) => c.id)).not.toContain(id)
    expect((await http(dev, 'GET', `/v1/conversations/${id}`)).status).toBe(404)
  })

  it('restarts a service killed with SIGKILL and loses nothing acknowledged', async () => {
    const { body: { id } } = await http(dev, 'POST', '/v1/conversations', { mode: 'INVITES_ONLY' })
    const sent: string[] = []
    for (let i = 0; i < 20; i++) {
      const r = await http(dev, 'POST', `/v1/conversations/${id}/messages`, { body: `m${i}` })
      expect(r.status).toBe(201)
      sent.push(r.body.id)
    }
    const old = (await http(dev, 'GET', '/v1/health')).body.services.store.pid
    process.kill(old, 'SIGKILL')
    const fresh = await waitFor(async () => {
      const h = await http(dev, 'GET', '/v1/health')
      return h.body.services.store?.status === 'up' && h.body.services.store.pid !== old ? h.body.services.store.pid : 0
    }, 30_000, 'store restarted')
    expect(fresh).not.toBe(old)
    const loaded = await http(dev, 'GET', `/v1/conversations/${id}/messages?limit=100`)
    expect(loaded.status, JSON.stringify(loaded.body)).toBe(200)
    const msgs = loaded.body.messages.map((m: any) => m.id)
    for (const s of sent) expect(msgs).toContain(s)
    expect((await http(dev, 'POST', `/v1/conversations/${id}/messages`, { body: 'after' })).status).toBe(201)
    expect((await skarm(['verify', '--repo', join(dev.dataDir, 'conversations', id)])).code).toBe(0)
  })

  it('a SIGKILL in the middle of a burst of writes leaves a valid repository holding every acknowledged message', async () => {
    const { body: { id } } = await http(dev, 'POST', '/v1/conversations', { mode: 'INVITES_ONLY' })
    const old = (await http(dev, 'GET', '/v1/health')).body.services.store.pid
    const acked: string[] = []
    let killed = false
    const burst = Array.from({ length: 80 }, async (_, i) => {
      const r = await http(dev, 'POST', `/v1/conversations/${id}/messages`, { body: `burst ${i}` }).catch(() => ({ status: 0, body: null }))
      if (r.status === 201) acked.push(r.body.id)
      if (!killed && acked.length >= 10) {
        killed = true
        process.kill(old, 'SIGKILL')
      }
    })
    await Promise.all(burst)
    expect(killed).toBe(true)
    await waitFor(async () => {
      const h = await http(dev, 'GET', '/v1/health')
      return h.body.services.store?.status === 'up' && h.body.services.store.pid !== old
    }, 30_000, 'store restarted')
    const loaded = await http(dev, 'GET', `/v1/conversations/${id}/messages?limit=1000`)
    expect(loaded.status).toBe(200)
    const ids = new Set(loaded.body.messages.map((m: any) => m.id))
    for (const a of acked) expect(ids.has(a)).toBe(true)
    const repo = join(dev.dataDir, 'conversations', id)
    expect((await skarm(['verify', '--repo', repo])).code).toBe(0)
    execFileSync('git', ['-C', repo, 'fsck', '--strict'], { stdio: 'pipe' })
    expect((await http(dev, 'POST', `/v1/conversations/${id}/messages`, { body: 'after the crash' })).status).toBe(201)
  })

  it('SIGTERM stops the whole stack: exit 0, no process left, run.json removed', async () => {
    const h = (await http(dev, 'GET', '/v1/health')).body
    const pids = Object.values(h.services).map((s: any) => s.pid as number)
    const code = await dev.stop()
    expect(code).toBe(0)
    await waitFor(() => pids.every((p) => !alive(p)), 15_000, 'all services gone')
    expect(existsSync(join(dev.dataDir, 'run.json'))).toBe(false)
    const left = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).split('\n').filter((l) => l.includes(dev.dataDir))
    expect(left).toEqual([])
  })
})
