import { describe, expect, it } from 'vitest'
import { UnavailableError } from '@skarm/errors'
import { skarm, type Method } from '@skarm/proto'
import { busHealth, busNetwork, type BusHealthRequester } from '../src/index.ts'

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

describe('busNetwork', () => {
  it('maps the transport answer; null when the transport does not answer', async () => {
    const answer = skarm.transport.v1.GetNetworkResponse.create({
      reachability: 'nat', relays: ['12D3KooWRelay'], relayAddresses: ['/ip4/1.2.3.4/tcp/1/p2p/12D3KooWRelay/p2p-circuit/p2p/12D3KooWMe'],
      relayServer: false, reservationsServed: 0, directConnections: 1, relayedConnections: 2, quic: true
    })
    const b = bus({ transport: async () => answer as unknown as skarm.common.v1.HealthResponse })
    expect(await busNetwork(b, { timeoutMs: 300 })()).toEqual({
      reachability: 'nat',
      relays: ['12D3KooWRelay'],
      relayAddresses: ['/ip4/1.2.3.4/tcp/1/p2p/12D3KooWRelay/p2p-circuit/p2p/12D3KooWMe'],
      relayServer: false,
      reservationsServed: 0,
      connections: { direct: 1, relayed: 2 },
      quic: true
    })
    expect(b.asked).toEqual([{ subject: 'skarm.transport.v1.get_network', timeoutMs: 300 }])
    expect(await busNetwork(bus({}))()).toBeNull()
  })
})
