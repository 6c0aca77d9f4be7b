import { describe, it, expect, beforeAll, afterAll } from 'vitest'
import { connectBus, type Bus } from '../src/index.ts'
import { ConflictError, NotFoundError, SkarmError } from '@skarm/errors'
import { healthMethod, skarm, StoreMethods, Events, type Method } from '@skarm/proto'
import { startNats, waitFor, type TestNats } from '@skarm/test-utils'

const common = skarm.common.v1
const health = healthMethod('store')

async function rejection (p: Promise<unknown>): Promise<SkarmError> {
  try {
    await p
  } catch (err) {
    expect(err).toBeInstanceOf(SkarmError)
    return err as SkarmError
  }
  throw new Error('expected a rejection')
}

describe('bus over a real nats-server', () => {
  let nats: TestNats
  let server: Bus
  let client: Bus

  beforeAll(async () => {
    nats = await startNats({ token: true })
    server = await connectBus({ servers: nats.url, token: nats.token, name: 'test-server' })
    client = await connectBus({ servers: nats.url, token: nats.token, name: 'test-client' })
  })

  afterAll(async () => {
    await client?.close()
    await server?.close()
    await nats?.stop()
  })

  it('answers a request with the decoded reply', async () => {
    server.serve(health, () => common.HealthResponse.create({ service: 'store', status: 'up', pid: 42 }))
    await server.flush()
    const res = await client.request(health, {})
    expect(res.service).toBe('store')
    expect(res.pid).toBe(42)
  })

  it('rebuilds a SkarmError thrown by the handler, with code, kind, message and data', async () => {
    server.serve(StoreMethods.getConversation, () => {
      throw new NotFoundError('CONVERSATION_NOT_FOUND', 'no such conversation', { id: 'abc' })
    })
    server.serve(StoreMethods.removeConversation, async () => {
      throw new ConflictError('BUSY', 'try later')
    })
    await server.flush()
    const e = await rejection(client.request(StoreMethods.getConversation, { id: 'abc' }))
    expect(e.code).toBe('CONVERSATION_NOT_FOUND')
    expect(e.kind).toBe('not_found')
    expect(e.message).toBe('no such conversation')
    expect(e.data).toEqual({ id: 'abc' })
    const c = await rejection(client.request(StoreMethods.removeConversation, { id: 'x' }))
    expect(c.code).toBe('BUSY')
    expect(c.kind).toBe('conflict')
  })

  it('a foreign error becomes INTERNAL and keeps its message', async () => {
    server.serve(StoreMethods.listMembers, () => { throw new TypeError('boom') })
    await server.flush()
    const e = await rejection(client.request(StoreMethods.listMembers, { id: 'x' }))
    expect(e.code).toBe('INTERNAL')
    expect(e.kind).toBe('internal')
    expect(e.message).toBe('boom')
  })

  it('answers an undecodable payload with BAD_BUS_PAYLOAD and keeps serving', async () => {
    server.serve(StoreMethods.sendMessage, (req) => skarm.store.v1.SendMessageResponse.create({ id: `got ${req.body ?? ''}` }))
    await server.flush()
    // a raw client sends garbage bytes on the method's subject
    const raw: Method<Uint8Array, skarm.store.v1.SendMessageResponse> = {
      subject: StoreMethods.sendMessage.subject,
      request: { encode: (b) => ({ finish: () => b }), decode: (b) => b },
      response: StoreMethods.sendMessage.response
    }
    const e = await rejection(client.request(raw, new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x0f])))
    expect(e.code).toBe('BAD_BUS_PAYLOAD')
    expect(e.kind).toBe('invalid')
    const ok = await client.request(StoreMethods.sendMessage, { id: 'c', body: 'hi' })
    expect(ok.id).toBe('got hi')
  })

  it('no responder → SERVICE_UNAVAILABLE', async () => {
    const e = await rejection(client.request(healthMethod('nobody'), {}, { timeoutMs: 5000 }))
    expect(e.code).toBe('SERVICE_UNAVAILABLE')
    expect(e.kind).toBe('unavailable')
  })

  it('no reply in time → SERVICE_TIMEOUT', async () => {
    const never = new Promise<never>(() => {})
    server.serve(healthMethod('slow'), async () => await never)
    await server.flush()
    const e = await rejection(client.request(healthMethod('slow'), {}, { timeoutMs: 200 }))
    expect(e.code).toBe('SERVICE_TIMEOUT')
    expect(e.kind).toBe('unavailable')
  })

  it('runs handlers concurrently: a pending request does not hold the next one back', async () => {
    let release!: () => void
    const gate = new Promise<void>((resolve) => { release = resolve })
    let calls = 0
    server.serve(StoreMethods.getAccount, async () => {
      calls++
      const n = calls
      // the first request waits until the second one has been answered
      if (n === 1) await gate
      return skarm.store.v1.GetAccountResponse.create({ uri: `call-${n}` })
    })
    await server.flush()
    const first = client.request(StoreMethods.getAccount, {})
    await waitFor(() => calls === 1)
    const second = await client.request(StoreMethods.getAccount, {})
    expect(second.uri).toBe('call-2')
    release()
    expect((await first).uri).toBe('call-1')
  })

  it('publishes and subscribes to decoded events with wildcards; unsubscribe stops delivery', async () => {
    const got: Array<{ id: string, subject: string }> = []
    const off = client.subscribe('skarm.evt.conversation.>', Events.ConversationRemoved.type, (m, subject) => { got.push({ id: m.conversationId, subject }) })
    await client.flush()
    server.publish(Events.ConversationRemoved.subject, Events.ConversationRemoved.type, { conversationId: 'c1' })
    await server.flush()
    await waitFor(() => got.length === 1)
    expect(got[0]).toEqual({ id: 'c1', subject: Events.ConversationRemoved.subject })
    off()
    // a raw subscriber proves the next event is delivered, and that the removed listener misses it
    const raw: Uint8Array[] = []
    const offRaw = client.subscribeRaw(Events.ConversationRemoved.subject, (d) => { raw.push(d) })
    await client.flush()
    server.publish(Events.ConversationRemoved.subject, Events.ConversationRemoved.type, { conversationId: 'c2' })
    await waitFor(() => raw.length === 1)
    expect(Events.ConversationRemoved.type.decode(raw[0]!).conversationId).toBe('c2')
    expect(got).toHaveLength(1)
    offRaw()
  })

  it('a throwing event handler does not break other listeners', async () => {
    const got: string[] = []
    const off1 = client.subscribe(Events.ConversationReady.subject, Events.ConversationReady.type, () => { throw new Error('listener bug') })
    const off2 = client.subscribe(Events.ConversationReady.subject, Events.ConversationReady.type, (m) => { got.push(m.conversationId) })
    await client.flush()
    server.publish(Events.ConversationReady.subject, Events.ConversationReady.type, { conversationId: 'r1' })
    server.publish(Events.ConversationReady.subject, Events.ConversationReady.type, { conversationId: 'r2' })
    await waitFor(() => got.length === 2)
    expect(got).toEqual(['r1', 'r2'])
    off1()
    off2()
  })

  it('refuses a wrong token with BUS_UNAVAILABLE', async () => {
    const e = await rejection(connectBus({ servers: nats.url, token: 'wrong', name: 'intruder' }))
    expect(e.code).toBe('BUS_UNAVAILABLE')
  })

  it('close drains: a request in flight is still answered, then requests fail with BUS_CLOSED', async () => {
    const s2 = await connectBus({ servers: nats.url, token: nats.token, name: 'draining' })
    let release!: () => void
    const gate = new Promise<void>((resolve) => { release = resolve })
    let started = false
    s2.serve(healthMethod('draining'), async () => {
      started = true
      await gate
      return common.HealthResponse.create({ service: 'draining', status: 'up' })
    })
    await s2.flush()
    const pending = client.request(healthMethod('draining'), {})
    await waitFor(() => started)
    const closed = s2.close()
    release()
    expect((await pending).status).toBe('up')
    await closed
    const e = await rejection(s2.request(health, {}))
    expect(e.code).toBe('BUS_CLOSED')
  })
})

describe('bus reconnection', () => {
  it('reconnects when the server comes back on the same port', async () => {
    const first = await startNats({ token: 'tok' })
    const server = await connectBus({ servers: first.url, token: 'tok', name: 's' })
    const client = await connectBus({ servers: first.url, token: 'tok', name: 'c' })
    server.serve(healthMethod('again'), () => common.HealthResponse.create({ service: 'again', status: 'up' }))
    await server.flush()
    expect((await client.request(healthMethod('again'), {})).status).toBe('up')
    await first.stop()
    const second = await startNats({ token: 'tok', port: first.port })
    try {
      const res = await waitFor(async () => await client.request(healthMethod('again'), {}, { timeoutMs: 500 }), { timeoutMs: 20_000, intervalMs: 100 })
      expect(res.status).toBe('up')
    } finally {
      await client.close()
      await server.close()
      await second.stop()
    }
  })
})
