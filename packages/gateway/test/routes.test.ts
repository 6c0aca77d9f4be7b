import { afterEach, describe, expect, it } from 'vitest'
import { skarm } from '@skarm/proto'
import { ForbiddenError, NotFoundError } from '@skarm/errors'
import { buildGateway } from '../src/index.ts'
import { ALICE, BOB, COMMIT, COMMIT2, CONV, DEVICE, closeGateways, fakeDeps, fakeGateway } from './fakes.ts'

const s = skarm.store.v1

afterEach(closeGateways)

describe('GET /v1/health', () => {
  it('answers ok with every service and its pid', async () => {
    const { app } = fakeGateway()
    const res = await app.inject({ method: 'GET', url: '/v1/health' })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({ ok: true, services: { store: { status: 'up', pid: 11 }, gateway: { status: 'up', pid: 12 } } })
  })

  it('answers 503 and ok=false when a service is down', async () => {
    const { app } = fakeGateway({}, { store: { status: 'down' }, gateway: { status: 'up', pid: 12 } })
    const res = await app.inject({ method: 'GET', url: '/v1/health' })
    expect(res.statusCode).toBe(503)
    expect(res.json()).toEqual({ ok: false, services: { store: { status: 'down' }, gateway: { status: 'up', pid: 12 } } })
  })

  it('adds the transport\'s network view (null when it does not answer), keeping every other field', async () => {
    const network = { reachability: 'nat', relays: ['R'], relayAddresses: ['/ip4/1.2.3.4/tcp/1/p2p/R/p2p-circuit'], relayServer: false, reservationsServed: 0, connections: { direct: 1, relayed: 1 }, quic: false }
    for (const answer of [network, null]) {
      const { deps } = fakeDeps()
      const app = buildGateway({ ...deps, network: async () => answer })
      const res = await app.inject({ method: 'GET', url: '/v1/health' })
      expect(res.statusCode).toBe(200)
      expect(res.json()).toEqual({ ok: true, services: { store: { status: 'up', pid: 11 }, gateway: { status: 'up', pid: 12 } }, network: answer })
      await app.close()
    }
  })
})

describe('GET /v1/account', () => {
  it('returns the account', async () => {
    const { app, calls } = fakeGateway()
    const res = await app.inject({ method: 'GET', url: '/v1/account' })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({ uri: ALICE, deviceId: DEVICE, displayName: 'alice', devices: [DEVICE] })
    expect(calls).toEqual([{ method: 'getAccount', req: {} }])
  })
})

describe('DELETE /v1/account/devices/:deviceId', () => {
  it('revokes a device of the account: 204, the store asked once', async () => {
    const { app, calls } = fakeGateway()
    const res = await app.inject({ method: 'DELETE', url: `/v1/account/devices/${BOB}` })
    expect(res.statusCode).toBe(204)
    expect(res.body).toBe('')
    expect(calls).toEqual([{ method: 'revokeDevice', req: { deviceId: BOB } }])
  })

  it('refuses a malformed id (400, the store never asked), this device (403) and a device not of the account (404)', async () => {
    const { app, calls } = fakeGateway({
      revokeDevice: async (req) => {
        if (req.deviceId === DEVICE) throw new ForbiddenError('DEVICE_SELF', 'a device cannot revoke itself')
        throw new NotFoundError('DEVICE_NOT_FOUND', 'no device of this account has this id')
      }
    })
    for (const bad of ['nope', 'A'.repeat(40), `${BOB}0`]) {
      const res = await app.inject({ method: 'DELETE', url: `/v1/account/devices/${bad}` })
      expect(res.statusCode).toBe(400)
      expect(res.json().error.code).toBe('INVALID_REQUEST')
    }
    expect(calls).toEqual([])
    const self = await app.inject({ method: 'DELETE', url: `/v1/account/devices/${DEVICE}` })
    expect(self.statusCode).toBe(403)
    expect(self.json().error.code).toBe('DEVICE_SELF')
    const other = await app.inject({ method: 'DELETE', url: `/v1/account/devices/${BOB}` })
    expect(other.statusCode).toBe(404)
    expect(other.json().error.code).toBe('DEVICE_NOT_FOUND')
    const query = await app.inject({ method: 'DELETE', url: `/v1/account/devices/${BOB}?x=1` })
    expect(query.statusCode).toBe(400)
  })
})

describe('conversations', () => {
  it('POST creates with the mode number and invited', async () => {
    const { app, calls } = fakeGateway()
    const res = await app.inject({ method: 'POST', url: '/v1/conversations', payload: { mode: 'ONE_TO_ONE', invited: BOB } })
    expect(res.statusCode).toBe(201)
    expect(res.json()).toEqual({ id: CONV })
    expect(calls).toEqual([{ method: 'createConversation', req: { mode: s.Mode.ONE_TO_ONE, invited: BOB } }])
  })

  it('POST maps each mode name to its number', async () => {
    const { app, calls } = fakeGateway()
    for (const mode of ['ADMIN_INVITES_ONLY', 'INVITES_ONLY', 'PUBLIC']) {
      const res = await app.inject({ method: 'POST', url: '/v1/conversations', payload: { mode } })
      expect(res.statusCode).toBe(201)
    }
    expect(calls.map((c) => c.req)).toEqual([{ mode: 1 }, { mode: 2 }, { mode: 3 }])
  })

  it('GET lists with mode names', async () => {
    const { app } = fakeGateway()
    const res = await app.inject({ method: 'GET', url: '/v1/conversations' })
    expect(res.json()).toEqual({ conversations: [{ id: CONV, mode: 'INVITES_ONLY', syncing: false }] })
  })

  it('GET :id returns the infos, rdvUri only when set', async () => {
    const { app, calls } = fakeGateway()
    const res = await app.inject({ method: 'GET', url: `/v1/conversations/${CONV}` })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({ id: CONV, mode: 'PUBLIC', title: 'T', description: 'D', avatar: '', syncing: false })
    expect(calls).toEqual([{ method: 'getConversation', req: { id: CONV } }])

    const withRdv = fakeGateway({ getConversation: async () => s.ConversationInfo.create({ id: CONV, mode: 0, syncing: true, rdvUri: 'a/b/c/d' }) })
    const res2 = await withRdv.app.inject({ method: 'GET', url: `/v1/conversations/${CONV}` })
    expect(res2.json()).toMatchObject({ mode: 'ONE_TO_ONE', syncing: true, rdvUri: 'a/b/c/d' })
    await withRdv.app.close()
  })

  it('PATCH updates the profile and returns the commit', async () => {
    const { app, calls } = fakeGateway()
    const res = await app.inject({ method: 'PATCH', url: `/v1/conversations/${CONV}`, payload: { title: 'New', description: '' } })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({ commit: COMMIT })
    expect(calls).toEqual([{ method: 'updateProfile', req: { id: CONV, title: 'New', description: '' } }])
  })

  it('DELETE removes and answers 204', async () => {
    const { app, calls } = fakeGateway()
    const res = await app.inject({ method: 'DELETE', url: `/v1/conversations/${CONV}` })
    expect(res.statusCode).toBe(204)
    expect(res.body).toBe('')
    expect(calls).toEqual([{ method: 'removeConversation', req: { id: CONV } }])
  })
})

describe('members', () => {
  it('GET lists members, lastDisplayed only when set', async () => {
    const { app } = fakeGateway()
    const res = await app.inject({ method: 'GET', url: `/v1/conversations/${CONV}/members` })
    expect(res.json()).toEqual({ members: [{ uri: ALICE, role: 'admin', lastDisplayed: COMMIT }, { uri: BOB, role: 'invited' }] })
  })

  it('POST invites', async () => {
    const { app, calls } = fakeGateway()
    const res = await app.inject({ method: 'POST', url: `/v1/conversations/${CONV}/members`, payload: { uri: BOB } })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({ commit: COMMIT })
    expect(calls).toEqual([{ method: 'addMember', req: { id: CONV, uri: BOB } }])
  })

  it('DELETE is the ban vote; unban and promote are their own votes', async () => {
    const { app, calls } = fakeGateway()
    expect((await app.inject({ method: 'DELETE', url: `/v1/conversations/${CONV}/members/${BOB}` })).json()).toEqual({ commit: COMMIT })
    expect((await app.inject({ method: 'POST', url: `/v1/conversations/${CONV}/members/${BOB}/unban` })).json()).toEqual({ commit: COMMIT })
    expect((await app.inject({ method: 'POST', url: `/v1/conversations/${CONV}/members/${BOB}/promote` })).json()).toEqual({ commit: COMMIT })
    expect(calls).toEqual([
      { method: 'banMember', req: { id: CONV, uri: BOB } },
      { method: 'unbanMember', req: { id: CONV, uri: BOB } },
      { method: 'promoteMember', req: { id: CONV, uri: BOB } }
    ])
  })

  it('a bodiless POST with a JSON content-type is accepted', async () => {
    const { app, calls } = fakeGateway()
    const res = await app.inject({ method: 'POST', url: `/v1/conversations/${CONV}/members/${BOB}/promote`, headers: { 'content-type': 'application/json' } })
    expect(res.statusCode).toBe(200)
    expect(calls).toHaveLength(1)
  })
})

describe('messages', () => {
  it('POST sends a text message (type defaults to text/plain) and answers 201', async () => {
    const { app, calls } = fakeGateway()
    const res = await app.inject({ method: 'POST', url: `/v1/conversations/${CONV}/messages`, payload: { body: 'hello' } })
    expect(res.statusCode).toBe(201)
    expect(res.json()).toEqual({ id: COMMIT })
    expect(calls).toEqual([{ method: 'sendMessage', req: { id: CONV, type: 'text/plain', body: 'hello' } }])
  })

  it('POST passes replyTo, react-to and edit', async () => {
    const { app, calls } = fakeGateway()
    await app.inject({ method: 'POST', url: `/v1/conversations/${CONV}/messages`, payload: { body: 'yes', replyTo: COMMIT } })
    await app.inject({ method: 'POST', url: `/v1/conversations/${CONV}/messages`, payload: { body: '👍', 'react-to': COMMIT, type: 'text/plain' } })
    await app.inject({ method: 'POST', url: `/v1/conversations/${CONV}/messages`, payload: { body: 'fixed', edit: COMMIT2 } })
    await app.inject({ method: 'POST', url: `/v1/conversations/${CONV}/messages`, payload: { body: 'fixed', edit: COMMIT2, type: 'application/edited-message' } })
    expect(calls.map((c) => c.req)).toEqual([
      { id: CONV, type: 'text/plain', body: 'yes', replyTo: COMMIT },
      { id: CONV, type: 'text/plain', body: '👍', reactTo: COMMIT },
      { id: CONV, type: 'application/edited-message', body: 'fixed', edit: COMMIT2 },
      { id: CONV, type: 'application/edited-message', body: 'fixed', edit: COMMIT2 }
    ])
  })

  it('POST accepts a body of exactly 64 KiB', async () => {
    const { app, calls } = fakeGateway()
    const res = await app.inject({ method: 'POST', url: `/v1/conversations/${CONV}/messages`, payload: { body: 'x'.repeat(64 * 1024) } })
    expect(res.statusCode).toBe(201)
    expect(calls).toHaveLength(1)
  })

  it('GET loads with limit 50 by default and maps every message', async () => {
    const message = s.Message.create({
      id: COMMIT,
      parents: [COMMIT2],
      author: ALICE,
      device: DEVICE,
      timestamp: 1700000000,
      type: 'text/plain',
      fieldsJson: JSON.stringify({ body: 'hi (edited)' }),
      edited: true,
      reactions: [{ id: COMMIT2, author: BOB, body: '👍' }]
    })
    const member = s.Message.create({ id: COMMIT2, parents: [], author: BOB, device: DEVICE, timestamp: 1, type: 'member', fieldsJson: JSON.stringify({ uri: BOB, action: 'join' }) })
    const { app, calls } = fakeGateway({ loadMessages: async () => s.LoadMessagesResponse.create({ messages: [message, member] }) })
    const res = await app.inject({ method: 'GET', url: `/v1/conversations/${CONV}/messages` })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({
      messages: [
        { id: COMMIT, parents: [COMMIT2], author: ALICE, device: DEVICE, timestamp: 1700000000, type: 'text/plain', body: 'hi (edited)', edited: true, reactions: [{ id: COMMIT2, author: BOB, body: '👍' }] },
        { id: COMMIT2, parents: [], author: BOB, device: DEVICE, timestamp: 1, type: 'member', uri: BOB, action: 'join' }
      ]
    })
    expect(calls).toEqual([{ method: 'loadMessages', req: { id: CONV, limit: 50 } }])
  })

  it('GET passes limit and before', async () => {
    const { app, calls } = fakeGateway()
    const res = await app.inject({ method: 'GET', url: `/v1/conversations/${CONV}/messages?limit=1000&before=${COMMIT}` })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({ messages: [] })
    expect(calls).toEqual([{ method: 'loadMessages', req: { id: CONV, limit: 1000, before: COMMIT } }])
  })

  it('POST displayed answers 204', async () => {
    const { app, calls } = fakeGateway()
    const res = await app.inject({ method: 'POST', url: `/v1/conversations/${CONV}/displayed`, payload: { commit: COMMIT } })
    expect(res.statusCode).toBe(204)
    expect(calls).toEqual([{ method: 'setDisplayed', req: { id: CONV, commit: COMMIT } }])
  })
})

describe('preferences', () => {
  it('GET returns only the fields that are set', async () => {
    const { app } = fakeGateway()
    const res = await app.inject({ method: 'GET', url: `/v1/conversations/${CONV}/preferences` })
    expect(res.json()).toEqual({ color: '#112233' })
  })

  it('PUT sets them and returns the result', async () => {
    const { app, calls } = fakeGateway()
    const prefs = { color: '#A0b1C2', ignoreNotifications: false, symbol: '🐝' }
    const res = await app.inject({ method: 'PUT', url: `/v1/conversations/${CONV}/preferences`, payload: prefs })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual(prefs)
    expect(calls).toEqual([{ method: 'setPreferences', req: { id: CONV, preferences: prefs } }])
  })

  it('PUT with an empty object is allowed', async () => {
    const { app } = fakeGateway()
    const res = await app.inject({ method: 'PUT', url: `/v1/conversations/${CONV}/preferences`, payload: {} })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({})
  })
})
