import { describe, expect, it } from 'vitest'
import { SkarmError } from '@skarm/errors'
import {
  MAX_HOMES, MAX_HOSTS_PER_HOME, checkHostName, dataAddress, dataVeth, groupBridge, homeAddress, homeBridge, homeGateway, homeSubnet, mgmtAddress,
  mgmtBridge, mgmtVeth, namespaceName, networkIndexOf, planPartition, rootMgmtAddress, routerLanVeth
} from '../src/names.ts'
import { PUBLIC_ADDRESS_BASE } from '../src/constants.ts'
import { natRules } from '../src/nat.ts'

describe('names and addresses', () => {
  it('fit Linux interface names (15 characters) at the largest indexes', () => {
    for (const name of [dataVeth(250, 125), mgmtVeth(250, 125), groupBridge(250, 125), mgmtBridge(250)]) expect(name.length).toBeLessThanOrEqual(15)
    for (const name of [homeBridge(250, MAX_HOMES), routerLanVeth(250, MAX_HOMES)]) expect(name.length).toBeLessThanOrEqual(15)
  })

  it('give each home of the NAT lab its own 192.168.k.0/24, the router at .1', () => {
    expect(homeSubnet(1)).toBe('192.168.1.0/24')
    expect(homeGateway(2)).toBe('192.168.2.1')
    expect(homeAddress(2, 1)).toBe('192.168.2.2')
    expect(homeAddress(MAX_HOMES, MAX_HOSTS_PER_HOME)).toMatch(/^192\.168\.(\d+)\.(\d+)$/)
    expect(Number(homeAddress(MAX_HOMES, MAX_HOSTS_PER_HOME).split('.')[3])).toBeLessThan(255)
    expect(networkIndexOf(homeBridge(7, 3))).toBe(7)
    expect(networkIndexOf(routerLanVeth(7, 3))).toBe(7)
    expect(dataAddress(3, 1, PUBLIC_ADDRESS_BASE)).toBe('11.77.3.2')
  })

  it('NAT rules: masquerade out of the WAN, drop new connections coming in, TCP and UDP alike (no protocol match)', () => {
    const rules = natRules('eth0', 'lan0').map((r) => r.join(' '))
    expect(rules).toContain('-t nat -A POSTROUTING -o eth0 -j MASQUERADE')
    expect(rules).toContain('-A FORWARD -i eth0 -m conntrack --ctstate NEW -j DROP')
    expect(rules).toContain('-A INPUT -i eth0 -m conntrack --ctstate NEW -j DROP')
    expect(rules).toContain('-P FORWARD DROP')
    expect(rules.some((r) => r.includes(' -p '))).toBe(false)
  })

  it('keep data and management addresses in separate halves of 10.77.N.0/24', () => {
    expect(dataAddress(3, 1)).toBe('10.77.3.2')
    expect(dataAddress(3, 125)).toBe('10.77.3.126')
    expect(rootMgmtAddress(3)).toBe('10.77.3.129')
    expect(mgmtAddress(3, 1)).toBe('10.77.3.130')
    expect(mgmtAddress(3, 125)).toBe('10.77.3.254')
  })

  it('give back the network index of every harness name, and nothing for others', () => {
    expect(networkIndexOf(dataVeth(3, 12))).toBe(3)
    expect(networkIndexOf(mgmtBridge(31))).toBe(31)
    expect(networkIndexOf(namespaceName(7, 'a-1'))).toBe(7)
    expect(networkIndexOf('eth0')).toBeUndefined()
    expect(networkIndexOf('sksimx')).toBeUndefined()
  })

  it('refuse host names that cannot be part of a namespace name', () => {
    expect(() => checkHostName('a')).not.toThrow()
    for (const bad of ['', 'A', 'a/b', '-a', 'a'.repeat(33)]) expect(() => checkHostName(bad)).toThrow(SkarmError)
  })
})

describe('planPartition', () => {
  it('puts each group on its own bridge and leaves unnamed hosts together', () => {
    const plan = planPartition(['a', 'b', 'c', 'd'], [['a', 'b'], ['c']])
    expect([...plan]).toEqual([['a', 0], ['b', 0], ['c', 1], ['d', -1]])
  })

  it('refuses unknown hosts and hosts in two groups', () => {
    expect(() => planPartition(['a'], [['z']])).toThrow(expect.objectContaining({ code: 'SIM_HOST_UNKNOWN' }))
    expect(() => planPartition(['a', 'b'], [['a'], ['a', 'b']])).toThrow(expect.objectContaining({ code: 'SIM_HOST_TWICE' }))
  })
})
