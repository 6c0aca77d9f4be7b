import { describe, expect, it } from 'vitest'
import { createLibp2p, type Libp2p } from 'libp2p'
import { noise } from '@chainsafe/libp2p-noise'
import { yamux } from '@chainsafe/libp2p-yamux'
import { multiaddr, type Multiaddr } from '@multiformats/multiaddr'
import { asResponder, ObservedTcp, punchComponents, PunchResponders, PUNCH_MAX_OBSERVED, reusePortTcp, tcpEndpoint, type ReusePortInit } from '../src/index.ts'
import { deviceKey, waitFor } from './helpers.ts'

const ME = '12D3KooWQYhTNQdmr3ArTeUHRYzFg94BKyTkoWBDWez9kSCVe2Xo'

async function tcpNode (opts: ReusePortInit = {}): Promise<Libp2p> {
  const { privateKey } = await deviceKey()
  return await createLibp2p({
    privateKey,
    addresses: { listen: ['/ip4/127.0.0.1/tcp/0'] },
    transports: [reusePortTcp({}, opts)],
    connectionEncrypters: [noise()],
    streamMuxers: [yamux()]
  })
}

function portOf (addr: Multiaddr): number {
  return tcpEndpoint(addr)!.port
}

describe('reusePortTcp', () => {
  it('dials towards public hosts from the listening port; the other end sees that port', async () => {
    // loopback stands for a public host here
    const a = await tcpNode({ reuseTowards: () => true })
    const b = await tcpNode()
    try {
      const conn = await a.dial(b.getMultiaddrs()[0]!)
      expect(conn.status).toBe('open')
      const seen = await waitFor(() => b.getConnections(a.peerId)[0]?.remoteAddr)
      expect(portOf(seen)).toBe(portOf(a.getMultiaddrs()[0]!))
    } finally {
      await Promise.all([a.stop(), b.stop()])
    }
  })

  it('keeps an ephemeral port towards private and loopback hosts (the default)', async () => {
    const a = await tcpNode()
    const b = await tcpNode()
    try {
      await a.dial(b.getMultiaddrs()[0]!)
      const seen = await waitFor(() => b.getConnections(a.peerId)[0]?.remoteAddr)
      expect(portOf(seen)).not.toBe(portOf(a.getMultiaddrs()[0]!))
    } finally {
      await Promise.all([a.stop(), b.stop()])
    }
  })

  it('a second connection to the same address (the port pair is taken) leaves from an ephemeral port', async () => {
    const a = await tcpNode({ reuseTowards: () => true })
    const b = await tcpNode()
    try {
      const first = await a.dial(b.getMultiaddrs()[0]!)
      const second = await a.dial(b.getMultiaddrs()[0]!, { force: true })
      expect(second.id).not.toBe(first.id)
      expect(first.status).toBe('open')
      expect(second.status).toBe('open')
      const ports = await waitFor(() => { const p = b.getConnections(a.peerId).map((c) => portOf(c.remoteAddr)); return p.length === 2 ? p : undefined })
      expect(ports).toContain(portOf(a.getMultiaddrs()[0]!))
    } finally {
      await Promise.all([a.stop(), b.stop()])
    }
  })
})

describe('DCUtR responder', () => {
  it('marks dials to the given addresses while the dial runs, nested dials counted', async () => {
    const r = new PunchResponders()
    const at = { host: '1.2.3.4', port: 4001 }
    const addr = multiaddr('/ip4/1.2.3.4/tcp/4001/p2p/' + ME)
    await r.during([addr], async () => {
      expect(r.has(at)).toBe(true)
      await r.during([addr], async () => { expect(r.has(at)).toBe(true) })
      expect(r.has(at)).toBe(true)
    })
    expect(r.has(at)).toBe(false)
    await expect(r.during([addr], async () => { throw new Error('dial failed') })).rejects.toThrow('dial failed')
    expect(r.has(at)).toBe(false)
    // not TCP: nothing to mark
    await r.during([multiaddr('/ip4/1.2.3.4/udp/4001/quic-v1')], async () => { expect(r.has(at)).toBe(false) })
  })

  it('asResponder: Noise as the responder, and the connection reads as inbound (Yamux as the server)', async () => {
    const seen: Array<{ direction: string, opts: unknown }> = []
    const upgrader = { upgradeOutbound: async (maConn: { direction: string }, opts: unknown) => { seen.push({ direction: maConn.direction, opts }); return 'upgraded' }, other: () => 'kept' }
    const options: Record<string, unknown> = { upgrader }
    asResponder(options)
    expect(options.initiator).toBe(false)
    const wrapped = options.upgrader as typeof upgrader
    expect(await wrapped.upgradeOutbound({ direction: 'outbound' }, options)).toBe('upgraded')
    expect(seen[0]!.direction).toBe('inbound')
    expect(wrapped.other()).toBe('kept')
  })
})

describe('observed TCP addresses', () => {
  it('keeps public TCP addresses observed at our listening port, newest first, at most PUNCH_MAX_OBSERVED', () => {
    const o = new ObservedTcp((family) => family === 4 ? 4001 : undefined)
    o.note(undefined)
    o.note(multiaddr('/ip4/192.168.1.9/tcp/4001')) // private: the peer sits in our LAN
    o.note(multiaddr('/ip4/5.6.7.8/tcp/50123')) // another port: the router changed it, nothing to punch
    o.note(multiaddr('/ip4/5.6.7.8/udp/4001/quic-v1'))
    o.note(multiaddr('/ip6/2a01::1/tcp/4001')) // no IPv6 listener
    expect(o.addresses()).toEqual([])
    for (let i = 1; i <= PUNCH_MAX_OBSERVED + 2; i++) o.note(multiaddr(`/ip4/5.6.7.${i}/tcp/4001/p2p/${ME}`))
    o.note(multiaddr('/ip4/5.6.7.4/tcp/4001'))
    expect(o.addresses().map(String)).toEqual(['/ip4/5.6.7.4/tcp/4001', '/ip4/5.6.7.6/tcp/4001', '/ip4/5.6.7.5/tcp/4001', '/ip4/5.6.7.3/tcp/4001'])
  })

  it('DCUtR\'s components offer them after our own addresses and mark its responder dials', async () => {
    const events = new EventTarget()
    const listener = { getAddrs: () => [multiaddr('/ip4/192.168.1.5/tcp/4001')] }
    const dialed: Array<{ marked: boolean }> = []
    const responders = new PunchResponders()
    const bob = multiaddr('/ip4/9.9.9.9/tcp/5000')
    const components = punchComponents({
      addressManager: { getAddresses: () => [multiaddr(`/ip4/192.168.1.5/tcp/4001/p2p/${ME}`)], other: () => 'kept' },
      connectionManager: { openConnection: async (_peer: unknown, _options?: unknown) => { dialed.push({ marked: responders.has({ host: '9.9.9.9', port: 5000 }) }) } },
      transportManager: { getListeners: () => [listener as never] },
      events,
      peerId: { toString: () => ME }
    }, responders)
    events.dispatchEvent(new CustomEvent('peer:identify', { detail: { observedAddr: multiaddr('/ip4/5.6.7.8/tcp/4001') } }))
    expect(components.addressManager.getAddresses().map(String)).toEqual([`/ip4/192.168.1.5/tcp/4001/p2p/${ME}`, `/ip4/5.6.7.8/tcp/4001/p2p/${ME}`])
    expect((components.addressManager as unknown as { other: () => string }).other()).toBe('kept')
    await components.connectionManager.openConnection([bob], { initiator: false })
    await components.connectionManager.openConnection([bob], {})
    expect(dialed).toEqual([{ marked: true }, { marked: false }])
  })
})
