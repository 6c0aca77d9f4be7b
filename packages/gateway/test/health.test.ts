import { describe, expect, it } from 'vitest'
import { UnavailableError } from '@skarm/errors'
import { skarm, type Method } from '@skarm/proto'
import { busHealth, type BusHealthRequester } from '../src/index.ts'

function bus (answers: Record<string, () => Promise<skarm.common.v1.HealthResponse>>): BusHealthRequester & { asked: Array<{ subject: string, timeoutMs?: number }> } {
  const asked: Array<{ subject: string, timeoutMs?: number }> = []
  return {
    asked,
    async request<Req, Res> (method: Method<Req, Res>, _req: Req, opts?: { timeoutMs?: number }): Promise<Res> {
      asked.push({ subject: method.subject, timeoutMs: opts?.timeoutMs })
      const service = method.subject.split('.')[1]!
      const answer = answers[service]
      if (answer === undefined) throw new UnavailableError('SERVICE_UNAVAILABLE', `no ${service} service answers on the bus`)
      return await answer() as Res
    }
  }
}

const up = (pid: number) => async () => skarm.common.v1.HealthResponse.create({ status: 'up', pid })

describe('busHealth', () => {
  it('asks every service with the timeout; no answer, an error or another status is down', async () => {
    const b = bus({
      store: up(10),
      validator: async () => skarm.common.v1.HealthResponse.create({ status: 'starting', pid: 11 }),
      transport: async () => { throw new UnavailableError('SERVICE_TIMEOUT', 'late') },
      dht: up(0)
    })
    const health = busHealth(b, { self: 'gateway', selfPid: 99 })
    expect(await health()).toEqual({
      store: { status: 'up', pid: 10 },
      validator: { status: 'down', pid: 11 },
      transport: { status: 'down' },
      dht: { status: 'up' },
      files: { status: 'down' },
      gateway: { status: 'up', pid: 99 }
    })
    expect(b.asked.map((a) => a.subject).sort()).toEqual(['skarm.dht.v1.health', 'skarm.files.v1.health', 'skarm.store.v1.health', 'skarm.transport.v1.health', 'skarm.validator.v1.health'])
    expect(b.asked.every((a) => a.timeoutMs === 1500)).toBe(true)
  })

  it('takes the services and the timeout it is given', async () => {
    const b = bus({ store: up(1) })
    expect(await busHealth(b, { services: ['store'], timeoutMs: 200 })()).toEqual({ store: { status: 'up', pid: 1 } })
    expect(b.asked).toEqual([{ subject: 'skarm.store.v1.health', timeoutMs: 200 }])
  })
})
