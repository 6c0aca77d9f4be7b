/**
 * @packageDocumentation
 * The simulation harness (issue 3): device stacks in Linux network namespaces on a bridge,
 * real partitions, and `skarm demo`. Needs root and `ip` (iproute2).
 *
 * ```ts
 * const net = await createNetwork({ name: 'swarm' })
 * try {
 *   await net.addHost('a')
 *   await net.addHost('b')
 *   const a = await net.startDevice('a', 'alice')
 *   const b = await net.startDevice('b', 'bob')        // finds alice by mDNS
 *   await api(a, 'POST', '/v1/conversations', { mode: 'INVITES_ONLY' })
 *   await net.partition([['a'], ['b']])
 *   await net.heal()
 * } finally {
 *   await net.destroy()
 * }
 * ```
 */
export {
  createNetwork, reapLeftovers, checkPrivileges, SimNetwork, type NetworkInit, type SimHost, type HostOptions, type SimRouter, type ReachOptions,
  type DeviceOptions
} from './network.ts'
export { resolveIptables, natRules, IPTABLES_COMMANDS, REACH_SERVER, REACH_CLIENT } from './nat.ts'
export { startStack, initDevice, DEFAULT_SKARM, type SimDevice, type StackOptions } from './device.ts'
export { planPartition } from './names.ts'
export { api, history, poll, type ApiAnswer, type Message } from './api.ts'
export { runDemo, DEFAULT_STEP_TIMEOUT_MS, type DemoOptions } from './demo.ts'
export { networkView, addressPublished, upgradedToDirect, directUpgrades, linkKind, transportPeerId, relayBootstrap, type NetworkView } from './nat-status.ts'
export { runNatDemo, type NatDemoOptions } from './demo-nat.ts'
