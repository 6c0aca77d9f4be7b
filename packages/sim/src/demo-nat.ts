// `skarm demo --nat` (API.md): two home networks, each behind a router that masquerades and
// lets no new connection in, and a relay on the public side. Alice and Bob know only the
// relay; they find each other, chat, and the demo says whether their link ended direct
// (hole-punched) or relayed. Needs the NAT lab: root, `ip` and `iptables`.
import { api, history, poll } from './api.ts'
import type { SimDevice } from './device.ts'
import { addressPublished, linkKind, networkView, relayBootstrap } from './nat-status.ts'
import { createNetwork } from './network.ts'
import { DEFAULT_STEP_TIMEOUT_MS } from './demo.ts'

/** Options of {@link runNatDemo}. */
export interface NatDemoOptions {
  /** Where the story is written (a line at a time, each ending in a newline). */
  out: (text: string) => void
  /** Devices also listen on QUIC (`skarm up --quic`). Default false. */
  quic?: boolean
  /** How long each step waits. Default {@link DEFAULT_STEP_TIMEOUT_MS} × 3 (relayed links are slower). */
  stepTimeoutMs?: number
}

/** The relay's port on the public side. */
const RELAY_PORT = 4001

/**
 * Runs the NAT scene and answers the exit code: 0 when alice and bob end with the same
 * history holding every message sent, 1 otherwise.
 */
export async function runNatDemo (opts: NatDemoOptions): Promise<number> {
  const say = (line = ''): void => opts.out(line + '\n')
  const stepMs = opts.stepTimeoutMs ?? DEFAULT_STEP_TIMEOUT_MS * 3
  const args = opts.quic === true ? ['--quic'] : []
  say(`skarm demo --nat: two homes behind NAT routers and a relay on the public side${opts.quic === true ? ' (TCP and QUIC)' : ''}`)
  const net = await createNetwork({ name: 'demo-nat', publicAddresses: true })
  try {
    const relayHost = await net.addHost('relay')
    const routers = [await net.addRouter('r1'), await net.addRouter('r2')]
    const homes = [await net.addHost('alice', { behind: 'r1' }), await net.addHost('bob', { behind: 'r2' })]
    say(`  the "internet": bridge sksim${net.index} (${relayHost.address.split('.').slice(0, 3).join('.')}.0/25); each router masquerades and drops new connections from it`)
    const announce = `/ip4/${relayHost.address}/tcp/${RELAY_PORT}`
    const relay = await net.startDevice('relay', 'relay', { listen: [`/ip4/{address}/tcp/${RELAY_PORT}`], args: ['--relay', '--announce', announce, ...args], mdns: false })
    say(`  relay  ${relayHost.address} (public)  skarm up --relay --announce ${announce}`)
    const bootstrap = await relayBootstrap(relay, relayHost.address, RELAY_PORT)
    const devices: SimDevice[] = []
    for (const [i, h] of homes.entries()) {
      devices.push(await net.startDevice(h.name, h.name, { bootstrap, mdns: false, args, logLevel: 'debug' }))
      say(`  ${h.name.padEnd(6)} ${h.address} behind router ${routers[i]!.name} (public ${routers[i]!.address}, home ${routers[i]!.subnet}), knows only the relay`)
    }
    const [a, b] = devices as [SimDevice, SimDevice]
    return await story(a, b, say, stepMs)
  } finally {
    say('')
    say('stopping the devices and removing everything the demo made')
    await net.destroy()
  }
}

async function story (a: SimDevice, b: SimDevice, say: (line?: string) => void, stepMs: number): Promise<number> {
  let step = 0
  const heading = (title: string): void => { say(''); say(`${++step}. ${title}`) }
  const sent: string[] = []

  heading('alice and bob reserve a slot on the relay and publish their addresses')
  for (const d of [a, b]) {
    const reserved = await poll(async () => {
      const n = await networkView(d)
      return n.relayAddresses.length > 0 ? n : undefined
    }, stepMs)
    const published = reserved !== undefined && await poll(async () => await addressPublished(d), stepMs) === true
    say(reserved === undefined
      ? `  ✗ ${d.name} holds no reservation on the relay (waited ${stepMs / 1000} s)`
      : `  ✓ ${d.name} is reachable at ${reserved.relayAddresses[0]!}${published ? ', address record in the DHT' : ' (but its address record is not in the DHT)'}`)
    if (reserved === undefined || !published) return await verdict(a, b, undefined, sent, say)
  }

  heading('alice starts a conversation and invites bob')
  const created = await api(a, 'POST', '/v1/conversations', { mode: 'INVITES_ONLY' })
  if (created.status !== 201) throw new Error(`alice could not create a conversation (${created.status})`)
  const conv = created.body.id as string
  say(`  conversation ${conv}`)
  const inv = await api(a, 'POST', `/v1/conversations/${conv}/members`, { uri: b.uri })
  if (inv.status !== 200) {
    say(`  ✗ alice could not invite bob (${inv.status} ${JSON.stringify(inv.body)})`)
    return await verdict(a, b, conv, sent, say)
  }
  const request = await poll(async () => (await api(b, 'GET', '/v1/requests')).body?.requests?.find((q: { id: string }) => q.id === conv), stepMs)
  if (request === undefined) {
    say(`  ✗ bob never received the invitation (waited ${stepMs / 1000} s)`)
    return await verdict(a, b, conv, sent, say)
  }
  const acc = await api(b, 'POST', `/v1/requests/${conv}/accept`)
  const joined = acc.status === 202 && await poll(async () => {
    const r = await api(b, 'GET', `/v1/conversations/${conv}`)
    return r.status === 200 && r.body.syncing === false
  }, stepMs) === true
  say(joined ? '  ✓ bob received the invitation and joined' : `  ✗ bob accepted (${acc.status}) but never got the conversation`)
  if (!joined) return await verdict(a, b, conv, sent, say)

  heading('they chat')
  for (const [d, body] of [[a, 'hello bob, from behind my router'], [b, 'hello alice, from behind mine']] as const) {
    const r = await api(d, 'POST', `/v1/conversations/${conv}/messages`, { body })
    if (r.status !== 201) throw new Error(`${d.name} could not send (${r.status})`)
    sent.push(r.body.id as string)
    say(`  ${d.name}: "${body}"`)
  }
  const agreed = await poll(async () => {
    const [x, y] = await Promise.all([history(a, conv), history(b, conv)])
    return JSON.stringify(x.map((m) => m.id)) === JSON.stringify(y.map((m) => m.id)) && sent.every((id) => x.some((m) => m.id === id))
  }, stepMs)
  say(agreed === true ? '  ✓ both show the same history' : `  ✗ they do not agree within ${stepMs / 1000} s`)

  heading('how their link ended')
  const kind = await linkKind(a)
  const n = await networkView(a)
  say(kind === 'direct'
    ? `  direct: the routers let a hole-punched connection through (DCUtR); alice has ${n.connections.direct} direct connection(s), ${n.connections.relayed} relayed`
    : `  relayed: every byte goes through the relay (no hole punched); alice has ${n.connections.direct} direct connection(s) (the relay), ${n.connections.relayed} relayed`)
  return await verdict(a, b, conv, sent, say)
}

async function verdict (a: SimDevice, b: SimDevice, conv: string | undefined, sent: string[], say: (line?: string) => void): Promise<number> {
  say('')
  if (conv === undefined) {
    say('result: alice and bob never became reachable through the relay')
    return 1
  }
  const views = await Promise.all([a, b].map(async (d) => await history(d, conv).catch(() => undefined)))
  say('the final history of each device (oldest first)')
  for (const [i, d] of [a, b].entries()) {
    say(`  ${d.name}:`)
    const h = views[i]
    if (h === undefined) { say('    (this device does not have the conversation)'); continue }
    for (const m of h) say(`    ${m.id.slice(0, 8)} ${m.author === a.uri ? 'alice ' : m.author === b.uri ? 'bob   ' : String(m.author).slice(0, 6)} ${m.type === 'text/plain' ? `"${String(m.body)}"` : `(${m.type})`}`)
  }
  say('')
  const same = views[0] !== undefined && views[1] !== undefined && JSON.stringify(views[0].map((m) => m.id)) === JSON.stringify(views[1].map((m) => m.id))
  const complete = same && sent.length === 2 && sent.every((id) => views[0]!.some((m) => m.id === id))
  if (complete) {
    say(`result: identical on both devices, ${views[0]!.length} commits, no message lost`)
    return 0
  }
  say(`result: the histories ${same ? 'match but miss messages' : 'differ'}`)
  return 1
}
