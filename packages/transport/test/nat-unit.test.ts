import { describe, expect, it } from 'vitest'
import { multiaddr } from '@multiformats/multiaddr'
import { createLibp2pNode, dialBackApart, isCircuit, isPrivateIp, reachabilityOf, relayServerInit, relaysOf, transportListen, RELAY_LIMITS } from '../src/index.ts'
import { deviceKey } from './helpers.ts'

const R = '12D3KooWRxBvn3yhr3WhNpjDRNsRnx4aXK5eTKFfTtXj2Uv4jVUG'
const ME = '12D3KooWQYhTNQdmr3ArTeUHRYzFg94BKyTkoWBDWez9kSCVe2Xo'

describe('transportListen', () => {
  it('adds a QUIC sibling (same port) to every TCP listen address only with quic', () => {
    const listen = ['/ip4/0.0.0.0/tcp/4001', '/ip6/::/tcp/0', '/ip4/127.0.0.1/udp/9/quic-v1']
    expect(transportListen(listen)).toEqual(listen)
    expect(transportListen(listen, { quic: true })).toEqual([
      '/ip4/0.0.0.0/tcp/4001', '/ip4/0.0.0.0/udp/4001/quic-v1',
      '/ip6/::/tcp/0', '/ip6/::/udp/0/quic-v1',
      '/ip4/127.0.0.1/udp/9/quic-v1'
    ])
    // a sibling given already is not doubled
    expect(transportListen(['/ip4/1.2.3.4/tcp/5', '/ip4/1.2.3.4/udp/5/quic-v1'], { quic: true })).toEqual(['/ip4/1.2.3.4/tcp/5', '/ip4/1.2.3.4/udp/5/quic-v1'])
  })
})

describe('relayed addresses', () => {
  it('tells relayed addresses and the relays of ours', () => {
    const ours = multiaddr(`/ip4/1.2.3.4/tcp/4001/p2p/${R}/p2p-circuit/p2p/${ME}`)
    expect(isCircuit(ours)).toBe(true)
    expect(isCircuit(`/ip4/1.2.3.4/tcp/4001/p2p/${R}`)).toBe(false)
    expect(relaysOf([ours, multiaddr(`/ip4/1.2.3.4/tcp/1/p2p/${ME}`), `/ip4/5.6.7.8/udp/1/quic-v1/p2p/${R}/p2p-circuit`])).toEqual([R])
  })
})

describe('reachability', () => {
  it('private ranges as libp2p counts them (AutoNAT and DCUtR skip them)', () => {
    for (const ip of ['10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.0.1', '127.0.0.1', '100.64.0.1', '169.254.1.1', '198.51.100.7', '203.0.113.9', '192.0.2.1', '198.18.0.1', '::1', 'fd00::1', 'fe80::1']) expect(isPrivateIp(ip)).toBe(true)
    for (const ip of ['1.2.3.4', '8.8.8.8', '172.32.0.1', '100.128.0.1', '2001:db8::1', '2a01::1']) expect(isPrivateIp(ip)).toBe(false)
  })

  it('public once AutoNAT verified a public address; nat with private addresses only; unknown while a public one waits', () => {
    const a = (s: string, verified: boolean) => ({ multiaddr: multiaddr(s), verified })
    expect(reachabilityOf([a('/ip4/127.0.0.1/tcp/1', true), a('/ip4/192.168.1.5/tcp/1', true)])).toBe('nat')
    expect(reachabilityOf([a('/ip4/192.168.1.5/tcp/1', true), a(`/ip4/1.2.3.4/tcp/1/p2p/${R}/p2p-circuit`, true)])).toBe('nat')
    expect(reachabilityOf([a('/ip4/192.168.1.5/tcp/1', true), a('/ip4/1.2.3.4/tcp/1', false)])).toBe('unknown')
    expect(reachabilityOf([a('/ip4/192.168.1.5/tcp/1', true), a('/ip4/1.2.3.4/tcp/1', true)])).toBe('public')
  })
})

describe('relay limits', () => {
  it('hands Skarm\'s limits to the relay server (ms, bytes)', () => {
    expect(relayServerInit()).toEqual({
      maxInboundHopStreams: RELAY_LIMITS.maxHopStreamsPerPeer,
      maxOutboundStopStreams: RELAY_LIMITS.maxStopStreamsPerPeer,
      reservations: { maxReservations: 128, reservationTtl: 3_600_000, applyDefaultLimit: true, defaultDurationLimit: 600_000, defaultDataLimit: 64n * 1024n * 1024n }
    })
  })
})

describe('dialBackApart (AutoNAT dial-backs)', () => {
  it('opens a connection of its own to a peer we are connected to, and closing it keeps ours', async () => {
    const [ka, kb] = await Promise.all([deviceKey(), deviceKey()])
    const a = await createLibp2pNode({ privateKey: ka.privateKey, listen: ['/ip4/127.0.0.1/tcp/0'] })
    const b = await createLibp2pNode({ privateKey: kb.privateKey, listen: ['/ip4/127.0.0.1/tcp/0'] })
    try {
      const addr = a.getMultiaddrs()[0]!
      const ours = await b.dial(addr)
      const manager = (b as unknown as { components: { connectionManager: { openConnection: (addr: unknown, options?: unknown) => Promise<{ id: string, close: () => Promise<void> }> } } }).components.connectionManager
      // what libp2p's AutoNAT server does unwrapped: it gets our own connection back (and would close it)
      expect((await manager.openConnection(addr)).id).toBe(ours.id)
      const check = await dialBackApart({ connectionManager: manager }).connectionManager.openConnection(addr)
      expect(check.id).not.toBe(ours.id)
      await check.close()
      expect(ours.status).toBe('open')
      expect(b.getConnections(a.peerId).map((c) => c.id)).toEqual([ours.id])
    } finally {
      await Promise.all([a.stop(), b.stop()])
    }
  })
})
