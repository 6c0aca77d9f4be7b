import { describe, expect, it } from 'vitest'
import { multiaddr } from '@multiformats/multiaddr'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { dialableAddresses } from '../src/index.ts'
import { deviceKey } from './helpers.ts'

const interfaces = {
  lo: [{ address: '127.0.0.1', netmask: '255.0.0.0', family: 'IPv4' as const, mac: '00:00:00:00:00:00', internal: true, cidr: '127.0.0.1/8' }],
  eth0: [
    { address: '192.168.1.5', netmask: '255.255.255.0', family: 'IPv4' as const, mac: '02:00:00:00:00:01', internal: false, cidr: '192.168.1.5/24' },
    { address: 'fe80::1', netmask: 'ffff:ffff:ffff:ffff::', family: 'IPv6' as const, mac: '02:00:00:00:00:01', internal: false, cidr: 'fe80::1/64', scopeid: 2 },
    { address: 'fd00::5', netmask: 'ffff:ffff:ffff:ffff::', family: 'IPv6' as const, mac: '02:00:00:00:00:01', internal: false, cidr: 'fd00::5/64', scopeid: 0 }
  ]
}

describe('dialableAddresses', () => {
  it('expands wildcards to concrete interfaces, adds /p2p/<id>, drops link-local and duplicates', async () => {
    const peerId = peerIdFromPrivateKey((await deviceKey()).privateKey)
    const out = dialableAddresses([
      multiaddr('/ip4/0.0.0.0/tcp/4001'),
      multiaddr('/ip6/::/tcp/4002'),
      multiaddr('/ip4/127.0.0.1/tcp/4001')
    ], peerId, interfaces)
    expect(out).toEqual([
      `/ip4/127.0.0.1/tcp/4001/p2p/${peerId.toString()}`,
      `/ip4/192.168.1.5/tcp/4001/p2p/${peerId.toString()}`,
      `/ip6/fd00::5/tcp/4002/p2p/${peerId.toString()}`
    ])
    expect(out.some(a => a.includes('0.0.0.0'))).toBe(false)
  })

  it('keeps an address that already names its peer', async () => {
    const peerId = peerIdFromPrivateKey((await deviceKey()).privateKey)
    const full = `/ip4/10.0.0.2/tcp/1/p2p/${peerId.toString()}`
    expect(dialableAddresses([multiaddr(full)], peerId, interfaces)).toEqual([full])
  })

  it('keeps relayed (/p2p-circuit) addresses, ending in our own id', async () => {
    const peerId = peerIdFromPrivateKey((await deviceKey()).privateKey)
    const relay = peerIdFromPrivateKey((await deviceKey()).privateKey).toString()
    const circuit = `/ip4/1.2.3.4/tcp/4001/p2p/${relay}/p2p-circuit`
    expect(dialableAddresses([multiaddr(circuit), multiaddr(`${circuit}/p2p/${peerId.toString()}`)], peerId, interfaces))
      .toEqual([`${circuit}/p2p/${peerId.toString()}`])
  })
})
