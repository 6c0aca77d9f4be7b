// The names and addresses of network N (pure; unit-tested). Linux caps interface names at 15
// characters, so host-side veth names use the host's index, not its name.
import { InvalidInputError } from '@skarm/errors'
import { ADDRESS_BASE, MAX_HOSTS, NAME_PREFIX } from './constants.ts'

/** The data bridge of network `n` (the "LAN" the devices talk over). */
export const dataBridge = (n: number): string => `${NAME_PREFIX}${n}`
/** The management bridge of network `n` (the test runner ↔ each host's API; never partitioned). */
export const mgmtBridge = (n: number): string => `${NAME_PREFIX}${n}m`
/** The bridge of partition group `k` of network `n`. */
export const groupBridge = (n: number, k: number): string => `${NAME_PREFIX}${n}g${k}`
/** The root-namespace end of host `i`'s data veth (its inside end is `eth0`). */
export const dataVeth = (n: number, i: number): string => `${NAME_PREFIX}${n}d${i}`
/** The root-namespace end of host `i`'s management veth (its inside end is `mgmt0`). */
export const mgmtVeth = (n: number, i: number): string => `${NAME_PREFIX}${n}m${i}`
/** The LAN bridge of home `k` (1-based) of network `n`: a router's inside leg and its home hosts. */
export const homeBridge = (n: number, k: number): string => `${NAME_PREFIX}${n}h${k}`
/** The root-namespace end of home `k`'s router LAN veth (its inside end, in the router, is `lan0`). */
export const routerLanVeth = (n: number, k: number): string => `${NAME_PREFIX}${n}r${k}`
/** The network namespace of host `name` in network `n`. */
export const namespaceName = (n: number, name: string): string => `${NAME_PREFIX}${n}-${name}`

/** Host `i`'s data address (10.77.N.2 …, or `base`.N.2 …), prefix /25. */
export const dataAddress = (n: number, i: number, base = ADDRESS_BASE): string => `${base}.${n}.${1 + i}`
/** Host `i`'s management address (10.77.N.130 …), prefix /25. */
export const mgmtAddress = (n: number, i: number): string => `${ADDRESS_BASE}.${n}.${129 + i}`
/** The root namespace's address on the management bridge. */
export const rootMgmtAddress = (n: number): string => `${ADDRESS_BASE}.${n}.129`
/** The prefix length of both halves of 10.77.N.0/24. */
export const PREFIX_LENGTH = 25

/** The private subnet of home `k` (1-based): 192.168.k.0/24. Homes live only inside their network's namespaces, so networks reuse them. */
export const homeSubnet = (k: number): string => `192.168.${k}.0/24`
/** Home `k`'s router address on its LAN (the home hosts' default gateway). */
export const homeGateway = (k: number): string => `192.168.${k}.1`
/** Home host `j`'s (1-based) address on the LAN of home `k`. */
export const homeAddress = (k: number, j: number): string => `192.168.${k}.${1 + j}`
/** Homes per network and hosts per home. */
export const MAX_HOMES = 200
export const MAX_HOSTS_PER_HOME = 200

/** The network index that a harness link or namespace name belongs to, or undefined for other names. */
export function networkIndexOf (name: string): number | undefined {
  const m = new RegExp(`^${NAME_PREFIX}(\\d+)`).exec(name)
  return m === null ? undefined : Number(m[1])
}

/** Checks a host name: short, lowercase letters, digits and `-` (it becomes part of a namespace name). */
export function checkHostName (name: string): void {
  if (!/^[a-z0-9][a-z0-9-]{0,31}$/.test(name)) throw new InvalidInputError('SIM_HOST_NAME_INVALID', 'a host name is 1-32 of a-z, 0-9 and -, starting with a letter or digit', { name })
}

/** Checks a host index against the address plan. */
export function checkHostIndex (i: number): void {
  if (!Number.isInteger(i) || i < 1 || i > MAX_HOSTS) throw new InvalidInputError('SIM_TOO_MANY_HOSTS', `a network holds at most ${MAX_HOSTS} hosts`, { index: i })
}

/**
 * The bridge group of every host under `partition(groups)`: group k (0-based) of the list, or
 * -1 for hosts named in no group (they stay together on the data bridge). Throws on an
 * unknown host or a host named twice.
 */
export function planPartition (hosts: readonly string[], groups: readonly (readonly string[])[]): Map<string, number> {
  const known = new Set(hosts)
  const plan = new Map<string, number>(hosts.map((h) => [h, -1]))
  const seen = new Set<string>()
  groups.forEach((group, k) => {
    for (const h of group) {
      if (!known.has(h)) throw new InvalidInputError('SIM_HOST_UNKNOWN', 'no such host in this network', { host: h })
      if (seen.has(h)) throw new InvalidInputError('SIM_HOST_TWICE', 'a host is in at most one partition group', { host: h })
      seen.add(h)
      plan.set(h, k)
    }
  })
  return plan
}
