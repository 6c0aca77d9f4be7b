// `skarm up --relay` and `--quic` end to end: a relay device, and a device that bootstraps from it
// (QUIC on) and reserves a slot on it; both report it in GET /v1/health (`network`). The NAT
// itself (routers, hole punching) is the NAT lab's (packages/sim).
import { afterAll, describe, expect, it } from 'vitest'
import { http, startDevice, waitFor, type Device } from '../helpers/device.ts'

const devices: Device[] = []
afterAll(async () => { for (const d of devices.splice(0).reverse()) await d.stop() })

describe('skarm up --relay / --quic', () => {
  it('a device reserves on its bootstrap relay and advertises its /p2p-circuit address; QUIC listens beside TCP', async () => {
    const relay = await startDevice('relay', ['--relay'])
    devices.push(relay)
    const device = await startDevice('behind', ['--bootstrap', relay.p2p[0]!, '--quic'])
    devices.push(device)
    const relayPeer = /\/p2p\/([^/]+)$/.exec(relay.p2p[0]!)![1]!
    expect(device.p2p.some((a) => /\/udp\/\d+\/quic-v1\//.test(a))).toBe(true)
    const health = await waitFor(async () => {
      const h = await http(device, 'GET', '/v1/health')
      return h.body.network?.relays?.includes(relayPeer) === true ? h.body : undefined
    }, 30_000, 'a reservation on the relay')
    expect(health.network).toMatchObject({ reachability: 'nat', relayServer: false, quic: true, relays: [relayPeer] })
    expect(health.network.relayAddresses[0]).toContain(`/p2p/${relayPeer}/p2p-circuit`)
    const r = await http(relay, 'GET', '/v1/health')
    expect(r.body.network).toMatchObject({ relayServer: true, quic: false, relays: [], reservationsServed: 1 })
    expect(r.body.network.connections.direct).toBeGreaterThan(0)
  })
})
