// The gateway over a real bus: a real nats-server, the real @skarm/bus on both sides, and a
// small store responder registered in this file (the real store service is tested on its own).
import type { Readable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FastifyInstance } from 'fastify'
import { connectBus, type Bus } from '@skarm/bus'
import { ForbiddenError, InvalidInputError, NotFoundError } from '@skarm/errors'
import { buildGateway, busEvents, busHealth, busStoreClient } from '@skarm/gateway'
import { Events, StoreMethods, healthMethod, skarm } from '@skarm/proto'
import { startNats, waitFor, type TestNats } from '@skarm/test-utils'

const ALICE = 'a'.repeat(40)
const BOB = 'b'.repeat(40)
const DEVICE = 'd'.repeat(40)
const CONV = 'c'.repeat(40)
const OTHER = '0'.repeat(40)

let nats: TestNats
let storeBus: Bus
let gatewayBus: Bus
let app: FastifyInstance
const sendRequests: unknown[] = []
let counter = 0

beforeAll(async () => {
  nats = await startNats({ token: true })
  storeBus = await connectBus({ servers: nats.url, token: nats.token, name: 'test-store' })
  gatewayBus = await connectBus({ servers: nats.url, token: nats.token, name: 'test-gateway' })

  // the store responder: one conversation, Alice admin, Bob a member
  const known = (id: string | null | undefined): void => {
    if (id !== CONV) throw new NotFoundError('CONVERSATION_NOT_FOUND', 'no such conversation', { id })
  }
  storeBus.serve(healthMethod('store'), () => skarm.common.v1.HealthResponse.create({ service: 'store', status: 'up', pid: 4242 }))
  storeBus.serve(StoreMethods.getAccount, () => skarm.store.v1.GetAccountResponse.create({ uri: ALICE, deviceId: DEVICE, displayName: 'Alice', devices: [DEVICE] }))
  storeBus.serve(StoreMethods.getConversation, (req) => {
    known(req.id)
    return skarm.store.v1.ConversationInfo.create({ id: CONV, mode: skarm.store.v1.Mode.ADMIN_INVITES_ONLY, title: 'Team', syncing: false })
  })
  storeBus.serve(StoreMethods.banMember, (req) => {
    known(req.id)
    throw new ForbiddenError('NOT_ADMIN', 'only an admin may vote to ban', { uri: req.uri })
  })
  storeBus.serve(StoreMethods.setPreferences, () => {
    throw new InvalidInputError('COLOR_INVALID', 'color is #RRGGBB')
  })
  storeBus.serve(StoreMethods.sendMessage, (req) => {
    known(req.id)
    sendRequests.push({ ...req })
    const id = (++counter).toString(16).padStart(40, '0')
    storeBus.publish(Events.MessageReceived.subject, Events.MessageReceived.type, {
      conversationId: CONV,
      message: { id, parents: [OTHER], author: ALICE, device: DEVICE, timestamp: 1700000000, type: req.type ?? 'text/plain', fieldsJson: JSON.stringify({ body: req.body }) }
    })
    return skarm.store.v1.SendMessageResponse.create({ id })
  })
  storeBus.serve(StoreMethods.loadMessages, (req) => {
    known(req.id)
    return skarm.store.v1.LoadMessagesResponse.create({
      messages: [{
        id: OTHER, parents: [], author: BOB, device: DEVICE, timestamp: 1, type: 'text/plain',
        fieldsJson: JSON.stringify({ body: `limit ${req.limit ?? 0}` }),
        edited: true,
        reactions: [{ id: CONV, author: ALICE, body: '+1' }]
      }]
    })
  })
  await storeBus.flush()

  app = buildGateway({
    store: busStoreClient(gatewayBus),
    health: busHealth(gatewayBus, { services: ['store', 'validator', 'gateway'], self: 'gateway', selfPid: 777, timeoutMs: 300 }),
    events: busEvents(gatewayBus)
  })
})

afterAll(async () => {
  await app?.close()
  await gatewayBus?.close()
  await storeBus?.close()
  await nats?.stop()
})

describe('gateway over a real bus', () => {
  it('relays a store answer', async () => {
    const res = await app.inject({ method: 'GET', url: '/v1/account' })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({ uri: ALICE, deviceId: DEVICE, displayName: 'Alice', devices: [DEVICE] })

    const conv = await app.inject({ method: 'GET', url: `/v1/conversations/${CONV}` })
    expect(conv.json()).toEqual({ id: CONV, mode: 'ADMIN_INVITES_ONLY', title: 'Team', description: '', avatar: '', syncing: false })
  })

  it('turns store errors into their statuses with their codes', async () => {
    const missing = await app.inject({ method: 'GET', url: `/v1/conversations/${OTHER}` })
    expect(missing.statusCode).toBe(404)
    expect(missing.json()).toEqual({ error: { code: 'CONVERSATION_NOT_FOUND', message: 'no such conversation' } })

    const forbidden = await app.inject({ method: 'DELETE', url: `/v1/conversations/${CONV}/members/${BOB}` })
    expect(forbidden.statusCode).toBe(403)
    expect(forbidden.json()).toEqual({ error: { code: 'NOT_ADMIN', message: 'only an admin may vote to ban' } })

    const invalid = await app.inject({ method: 'PUT', url: `/v1/conversations/${CONV}/preferences`, payload: { symbol: 'x' } })
    expect(invalid.statusCode).toBe(400)
    expect(invalid.json()).toEqual({ error: { code: 'COLOR_INVALID', message: 'color is #RRGGBB' } })
  })

  it('answers 503 when no service serves the method', async () => {
    const res = await app.inject({ method: 'POST', url: `/v1/conversations/${CONV}/members/${BOB}/promote` })
    expect(res.statusCode).toBe(503)
    expect(res.json().error.code).toBe('SERVICE_UNAVAILABLE')
  })

  it('reports health per service, 503 while one is down', async () => {
    const res = await app.inject({ method: 'GET', url: '/v1/health' })
    expect(res.statusCode).toBe(503)
    expect(res.json()).toEqual({
      ok: false,
      services: { store: { status: 'up', pid: 4242 }, validator: { status: 'down' }, gateway: { status: 'up', pid: 777 } }
    })
  })

  it('sends a message and streams its MessageReceived event from the bus', async () => {
    const sse = await app.inject({ method: 'GET', url: '/v1/events', payloadAsStream: true })
    expect(sse.statusCode).toBe(200)
    const stream: Readable = sse.stream()
    let text = ''
    stream.on('data', (chunk: Buffer) => { text += chunk.toString('utf8') })
    await waitFor(() => text.includes(': connected'))
    // the gateway's bus subscriptions must reach the server before the event is published
    await gatewayBus.flush()

    const sent = await app.inject({ method: 'POST', url: `/v1/conversations/${CONV}/messages`, payload: { body: 'hello swarm' } })
    expect(sent.statusCode).toBe(201)
    const { id } = sent.json()
    expect(id).toMatch(/^[0-9a-f]{40}$/)
    expect(sendRequests.at(-1)).toMatchObject({ id: CONV, type: 'text/plain', body: 'hello swarm' })

    await waitFor(() => text.includes('data: '))
    const events = text.split('\n\n').filter((b) => b.startsWith('data: ')).map((b) => JSON.parse(b.slice(6)))
    expect(events).toEqual([{
      event: 'MessageReceived',
      conversationId: CONV,
      message: { id, parents: [OTHER], author: ALICE, device: DEVICE, timestamp: 1700000000, type: 'text/plain', body: 'hello swarm', reactions: [] }
    }])
    stream.destroy()
  })

  it('loads messages through the bus as API.md Messages', async () => {
    const res = await app.inject({ method: 'GET', url: `/v1/conversations/${CONV}/messages?limit=7` })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({
      messages: [{ id: OTHER, parents: [], author: BOB, device: DEVICE, timestamp: 1, type: 'text/plain', body: 'limit 7', edited: true, reactions: [{ id: CONV, author: ALICE, body: '+1' }] }]
    })
  })
})
