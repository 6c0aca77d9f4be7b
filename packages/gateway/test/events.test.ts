import { request as httpRequest, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Readable } from 'node:stream'
import { afterEach, describe, expect, it } from 'vitest'
import type { FastifyInstance } from 'fastify'
import { Events, skarm, type ProtoType } from '@skarm/proto'
import { buildGateway, busEvents, eventToJson, type BusSubscriber, type GatewayEvent } from '../src/index.ts'
import { ALICE, BOB, COMMIT, CONV, DEVICE, fakeDeps } from './fakes.ts'

const ev = skarm.events.v1

let app: FastifyInstance | undefined
afterEach(async () => {
  await app?.close()
  app = undefined
})

/** Reads a stream until `done(text so far)` holds; returns the text. */
async function readUntil (stream: Readable, done: (text: string) => boolean): Promise<string> {
  let text = ''
  if (done(text)) return text
  return await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      text += chunk.toString('utf8')
      if (done(text)) {
        stream.off('data', onData)
        stream.pause()
        resolve(text)
      }
    }
    stream.on('data', onData)
    stream.once('error', reject)
    stream.once('end', () => { resolve(text) })
    stream.resume() // an earlier call paused it
  })
}

/** Every `data:` payload of an SSE text, parsed. */
function dataOf (text: string): unknown[] {
  return text.split('\n\n').filter((block) => block.startsWith('data: ')).map((block) => JSON.parse(block.slice(6)))
}

describe('eventToJson', () => {
  it('MessageReceived carries the conversation and the Message of API.md', () => {
    const msg = ev.MessageReceived.create({
      conversationId: CONV,
      message: { id: COMMIT, parents: [], author: ALICE, device: DEVICE, timestamp: 5, type: 'text/plain', fieldsJson: '{"body":"hi"}' }
    })
    expect(eventToJson('MessageReceived', msg)).toEqual({
      event: 'MessageReceived',
      conversationId: CONV,
      message: { id: COMMIT, parents: [], author: ALICE, device: DEVICE, timestamp: 5, type: 'text/plain', body: 'hi', reactions: [] }
    })
  })

  it('maps every other event to its Jami-named JSON', () => {
    expect(eventToJson('ConversationReady', ev.ConversationReady.create({ conversationId: CONV }))).toEqual({ event: 'ConversationReady', conversationId: CONV })
    expect(eventToJson('ConversationRemoved', ev.ConversationRemoved.create({ conversationId: CONV }))).toEqual({ event: 'ConversationRemoved', conversationId: CONV })
    expect(eventToJson('ConversationMemberEvent', ev.ConversationMemberEvent.create({ conversationId: CONV, memberUri: BOB, event: 3 }))).toEqual({
      event: 'ConversationMemberEvent', conversationId: CONV, memberUri: BOB, action: 'ban', actionCode: 3
    })
    expect(eventToJson('ConversationMemberEvent', ev.ConversationMemberEvent.create({ conversationId: CONV, memberUri: BOB, event: 0 }))).toMatchObject({ action: 'add', actionCode: 0 })
    expect(eventToJson('ConversationMemberEvent', ev.ConversationMemberEvent.create({ conversationId: CONV, memberUri: BOB, event: 42 }))).toMatchObject({ action: 'unknown', actionCode: 42 })
    expect(eventToJson('ConversationProfileUpdated', ev.ConversationProfileUpdated.create({ conversationId: CONV, title: 'T' }))).toEqual({
      event: 'ConversationProfileUpdated', conversationId: CONV, title: 'T', description: '', avatar: ''
    })
    expect(eventToJson('ConversationPreferencesUpdated', ev.ConversationPreferencesUpdated.create({ conversationId: CONV, preferences: { ignoreNotifications: true } }))).toEqual({
      event: 'ConversationPreferencesUpdated', conversationId: CONV, preferences: { ignoreNotifications: true }
    })
    expect(eventToJson('ConversationSyncFinished', ev.ConversationSyncFinished.create())).toEqual({ event: 'ConversationSyncFinished' })
    expect(eventToJson('OnConversationError', ev.OnConversationError.create({ conversationId: CONV, code: 2, what: 'invalid commit' }))).toEqual({
      event: 'OnConversationError', conversationId: CONV, code: 2, what: 'invalid commit'
    })
    expect(eventToJson('ConversationRequestReceived', ev.ConversationRequestReceived.create({ conversationId: CONV, from: BOB, received: 1700000000, title: 'Hi' }))).toEqual({
      event: 'ConversationRequestReceived', conversationId: CONV, from: BOB, received: 1700000000, title: 'Hi'
    })
  })
})

/** A bus that delivers what the test publishes, encoded and decoded as on NATS. */
function fakeBus (): BusSubscriber & { publish: <T>(subject: string, type: ProtoType<T>, msg: T) => void, subjects: () => string[] } {
  const subs = new Map<number, { subject: string, type: ProtoType<unknown>, handler: (msg: unknown, subject: string) => void }>()
  let next = 0
  return {
    subscribe<T> (subject: string, type: ProtoType<T>, handler: (msg: T, subject: string) => void) {
      const id = next++
      subs.set(id, { subject, type: type as ProtoType<unknown>, handler: handler as (msg: unknown, subject: string) => void })
      return () => { subs.delete(id) }
    },
    publish<T> (subject: string, type: ProtoType<T>, msg: T) {
      const bytes = type.encode(msg).finish()
      for (const s of [...subs.values()]) if (s.subject === subject) s.handler(s.type.decode(bytes), subject)
    },
    subjects: () => [...subs.values()].map((s) => s.subject).sort()
  }
}

describe('busEvents', () => {
  it('shares one subscription per Events subject between handlers, and drops them with the last', () => {
    const bus = fakeBus()
    const source = busEvents(bus)
    expect(bus.subjects()).toEqual([])
    const a: GatewayEvent[] = []
    const b: GatewayEvent[] = []
    const offA = source.subscribe((e) => a.push(e))
    const offB = source.subscribe((e) => b.push(e))
    expect(bus.subjects()).toEqual(Object.values(Events).map((e) => e.subject).sort())

    bus.publish(Events.ConversationReady.subject, ev.ConversationReady, { conversationId: CONV })
    bus.publish(Events.MessageReceived.subject, ev.MessageReceived, {
      conversationId: CONV,
      message: { id: COMMIT, parents: [], author: ALICE, device: DEVICE, timestamp: 1, type: 'member', fieldsJson: '{"uri":"x","action":"join"}' }
    })
    expect(a).toEqual([
      { event: 'ConversationReady', conversationId: CONV },
      { event: 'MessageReceived', conversationId: CONV, message: { id: COMMIT, parents: [], author: ALICE, device: DEVICE, timestamp: 1, type: 'member', uri: 'x', action: 'join' } }
    ])
    expect(b).toEqual(a)

    offA()
    offA() // twice is harmless
    expect(bus.subjects()).toHaveLength(Object.keys(Events).length)
    bus.publish(Events.ConversationRemoved.subject, ev.ConversationRemoved, { conversationId: CONV })
    expect(a).toHaveLength(2)
    expect(b).toHaveLength(3)
    offB()
    expect(bus.subjects()).toEqual([])

    // and it opens again for a new handler
    const c: GatewayEvent[] = []
    const offC = source.subscribe((e) => c.push(e))
    bus.publish(Events.ConversationSyncFinished.subject, ev.ConversationSyncFinished, {})
    expect(c).toEqual([{ event: 'ConversationSyncFinished' }])
    offC()
  })

  it('one throwing handler does not keep the event from the others', () => {
    const bus = fakeBus()
    const source = busEvents(bus)
    const got: GatewayEvent[] = []
    source.subscribe(() => { throw new Error('bad consumer') })
    source.subscribe((e) => got.push(e))
    bus.publish(Events.ConversationReady.subject, ev.ConversationReady, { conversationId: CONV })
    expect(got).toHaveLength(1)
  })

  it('the same function subscribed twice is two subscriptions', () => {
    const bus = fakeBus()
    const source = busEvents(bus)
    const got: GatewayEvent[] = []
    const handler = (e: GatewayEvent): void => { got.push(e) }
    const off1 = source.subscribe(handler)
    source.subscribe(handler)
    off1()
    bus.publish(Events.ConversationReady.subject, ev.ConversationReady, { conversationId: CONV })
    expect(got).toHaveLength(1)
  })
})

describe('GET /v1/events (SSE)', () => {
  it('streams each event as one data line, and ends the subscription on close', async () => {
    const f = fakeDeps()
    app = buildGateway(f.deps)
    const res = await app.inject({ method: 'GET', url: '/v1/events', payloadAsStream: true })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('text/event-stream; charset=utf-8')
    expect(res.headers['cache-control']).toContain('no-cache')
    const stream = res.stream()
    expect(await readUntil(stream, (t) => t.includes(': connected\n\n'))).toBe(': connected\n\n')
    expect(f.events.count()).toBe(1)

    f.events.emit({ event: 'ConversationReady', conversationId: CONV })
    f.events.emit({ event: 'MessageReceived', conversationId: CONV, message: { id: COMMIT, body: 'two\nlines' } })
    const text = await readUntil(stream, (t) => dataOf(t).length === 2)
    expect(dataOf(text)).toEqual([
      { event: 'ConversationReady', conversationId: CONV },
      { event: 'MessageReceived', conversationId: CONV, message: { id: COMMIT, body: 'two\nlines' } }
    ])
    expect(text).toContain(`data: {"event":"ConversationReady","conversationId":"${CONV}"}\n\n`)

    // closing the gateway ends open streams (else close would wait for them forever)
    const ended = readUntil(stream, () => false)
    await app.close()
    app = undefined
    await ended
    expect(f.events.count()).toBe(0)
  })

  it('refuses query parameters like every route', async () => {
    const f = fakeDeps()
    app = buildGateway(f.deps)
    const res = await app.inject({ method: 'GET', url: '/v1/events?since=1' })
    expect(res.statusCode).toBe(400)
    expect(f.events.count()).toBe(0)
  })

  it('over a real socket: heartbeats, and unsubscribes when the client goes away', async () => {
    const f = fakeDeps()
    app = buildGateway(f.deps, { heartbeatMs: 20 })
    await app.listen({ host: '127.0.0.1', port: 0 })
    const { port } = app.server.address() as AddressInfo
    const req = httpRequest({ host: '127.0.0.1', port, path: '/v1/events', headers: { accept: 'text/event-stream' } })
    const res = await new Promise<IncomingMessage>((resolve, reject) => {
      req.once('response', resolve)
      req.once('error', reject)
      req.end()
    })
    expect(res.statusCode).toBe(200)
    await readUntil(res, (t) => t.includes(': heartbeat\n\n'))
    f.events.emit({ event: 'ConversationRemoved', conversationId: CONV })
    expect(dataOf(await readUntil(res, (t) => t.includes('data: ')))).toEqual([{ event: 'ConversationRemoved', conversationId: CONV }])
    expect(f.events.count()).toBe(1)

    req.destroy()
    await new Promise<void>((resolve) => {
      const check = (): void => { if (f.events.count() === 0) resolve(); else setTimeout(check, 5) }
      check()
    })
    expect(f.events.count()).toBe(0)
  })

  it('drops a client that falls too far behind', async () => {
    const f = fakeDeps()
    app = buildGateway(f.deps, { maxEventBacklog: 1024 })
    await app.listen({ host: '127.0.0.1', port: 0 })
    const { port } = app.server.address() as AddressInfo
    const req = httpRequest({ host: '127.0.0.1', port, path: '/v1/events' })
    const res = await new Promise<IncomingMessage>((resolve, reject) => {
      req.once('response', resolve)
      req.once('error', reject)
      req.end()
    })
    res.pause() // never read: the socket buffers fill, then the gateway's backlog grows
    const big = 'x'.repeat(64 * 1024)
    await new Promise<void>((resolve) => {
      const pump = (): void => {
        if (f.events.count() === 0) { resolve(); return }
        for (let i = 0; i < 16; i++) f.events.emit({ event: 'MessageReceived', conversationId: CONV, message: { body: big } })
        setImmediate(pump)
      }
      pump()
    })
    expect(f.events.count()).toBe(0)
    req.destroy()
  })
})
