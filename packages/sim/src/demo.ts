// `skarm demo` (API.md): three devices form a swarm, chat, split, chat on both sides, heal,
// and the final history of each device is printed. It reports what it observes: when the
// histories differ at the end it says so and answers exit code 1.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { api, history, poll, type Message } from './api.ts'
import { startStack, type SimDevice } from './device.ts'
import { checkPrivileges, createNetwork } from './network.ts'

/** Options of {@link runDemo}. */
export interface DemoOptions {
  /** Where the story is written (a line at a time, each ending in a newline). */
  out: (text: string) => void
  /** `netns`: three network namespaces on a bridge (needs root and `ip`); `loopback`: 127.0.0.1, no mDNS, bootstrap. Default `netns` when possible. */
  mode?: 'netns' | 'loopback'
  /** How long each step waits for the devices to agree. Default {@link DEFAULT_STEP_TIMEOUT_MS}. */
  stepTimeoutMs?: number
}

/** Default of `stepTimeoutMs`. */
export const DEFAULT_STEP_TIMEOUT_MS = 60_000

/** Three running devices and the way to cut the third off and bring it back. */
interface Cluster {
  describe: string
  devices: SimDevice[]
  split: () => Promise<string>
  heal: () => Promise<string>
  destroy: () => Promise<void>
}

const NAMES = ['alice', 'bob', 'carol'] as const

async function netnsCluster (): Promise<Cluster> {
  const net = await createNetwork({ name: 'demo' })
  try {
    const devices: SimDevice[] = []
    for (const [i, name] of NAMES.entries()) {
      const host = await net.addHost(name)
      devices.push(await net.startDevice(host.name, name, { bootstrap: i === 0 ? [] : devices[0]!.p2p }))
    }
    return {
      describe: `three network namespaces on bridge ${`sksim${net.index}`} (10.77.${net.index}.0/25), mDNS on, bob and carol bootstrap from alice`,
      devices,
      split: async () => {
        await net.partition([['alice', 'bob'], ['carol']])
        return 'carol\'s veth moved to a bridge of its own: no packet crosses between {alice, bob} and {carol}'
      },
      heal: async () => {
        await net.heal()
        return 'every veth back on the shared bridge'
      },
      destroy: async () => await net.destroy()
    }
  } catch (err) {
    await net.destroy().catch(() => {})
    throw err
  }
}

async function loopbackCluster (): Promise<Cluster> {
  const root = await mkdtemp(join(tmpdir(), 'skarm-demo-'))
  const devices: SimDevice[] = []
  const start = async (name: string, dataDir: string, bootstrap: string[]): Promise<SimDevice> =>
    await startStack({ name, dataDir, api: '127.0.0.1:0', listen: ['/ip4/127.0.0.1/tcp/0'], mdns: false, bootstrap })
  const destroy = async (): Promise<void> => {
    await Promise.allSettled(devices.map(async (d) => await d.stop()))
    await rm(root, { recursive: true, force: true })
  }
  try {
    for (const [i, name] of NAMES.entries()) {
      const dir = join(root, name)
      devices.push(await start(name, dir, i === 0 ? [] : devices[0]!.p2p))
    }
  } catch (err) {
    await destroy()
    throw err
  }
  return {
    describe: 'three stacks on 127.0.0.1 (not root: no namespaces), mDNS off, bob and carol bootstrap from alice',
    devices,
    split: async () => {
      const c = devices[2]!
      await c.stop()
      devices[2] = await start(c.name, c.dataDir, [])
      return 'not root, so no real partition: carol restarted on a fresh port with no bootstrap; nobody knows where she is and she knows nobody'
    },
    heal: async () => {
      const c = devices[2]!
      await c.stop()
      devices[2] = await start(c.name, c.dataDir, devices[0]!.p2p)
      return 'carol restarted with alice as bootstrap'
    },
    destroy
  }
}

/**
 * Runs the demo and answers the exit code: 0 when every device ends with the same history
 * holding every message sent, 1 otherwise.
 */
export async function runDemo (opts: DemoOptions): Promise<number> {
  const say = (line = ''): void => opts.out(line + '\n')
  const stepMs = opts.stepTimeoutMs ?? DEFAULT_STEP_TIMEOUT_MS
  let mode = opts.mode
  if (mode === undefined) {
    try {
      await checkPrivileges()
      mode = 'netns'
    } catch {
      mode = 'loopback'
    }
  }
  say('skarm demo: three devices, one conversation, a split and a merge')
  const cluster = mode === 'netns' ? await netnsCluster() : await loopbackCluster()
  try {
    return await story(cluster, say, stepMs)
  } finally {
    say('')
    say('stopping the devices and removing everything the demo made')
    await cluster.destroy()
  }
}

async function story (cluster: Cluster, say: (line?: string) => void, stepMs: number): Promise<number> {
  const d = cluster.devices
  const nameOf = (uri: unknown): string => d.find((x) => x.uri === uri)?.name ?? String(uri).slice(0, 12)
  say(`  ${cluster.describe}`)
  for (const x of d) say(`  ${x.name.padEnd(6)} ${x.uri}  api ${x.api}`)
  say('')
  let step = 0
  const heading = (title: string): void => say(`${++step}. ${title}`)
  const sent: string[] = []
  const send = async (who: SimDevice, conv: string, body: string): Promise<void> => {
    const r = await api(who, 'POST', `/v1/conversations/${conv}/messages`, { body })
    if (r.status !== 201) throw new Error(`${who.name} could not send (${r.status} ${JSON.stringify(r.body)})`)
    sent.push(r.body.id as string)
    say(`  ${who.name}: "${body}"`)
  }
  /** Waits until `group` agree on the history and hold every id in `want`; says what happened. */
  const agree = async (group: SimDevice[], conv: string, want: string[], what: string): Promise<boolean> => {
    const ok = await poll(async () => {
      const hs = await Promise.all(group.map(async (x) => (await history(x, conv)).map((m) => m.id)))
      return hs.every((h) => JSON.stringify(h) === JSON.stringify(hs[0])) && want.every((id) => hs[0]!.includes(id))
    }, stepMs)
    say(ok === true ? `  ✓ ${what}` : `  ✗ ${what}: not within ${stepMs / 1000} s`)
    return ok === true
  }

  heading('alice starts a conversation and invites bob and carol')
  const created = await api(d[0]!, 'POST', '/v1/conversations', { mode: 'INVITES_ONLY' })
  if (created.status !== 201) throw new Error(`alice could not create a conversation (${created.status})`)
  const conv = created.body.id as string
  say(`  conversation ${conv}`)
  let together = true
  for (const invitee of [d[1]!, d[2]!]) {
    const inv = await api(d[0]!, 'POST', `/v1/conversations/${conv}/members`, { uri: invitee.uri })
    if (inv.status !== 200) {
      say(`  ✗ alice could not invite ${invitee.name} (${inv.status} ${JSON.stringify(inv.body)})`)
      together = false
      continue
    }
    const request = await poll(async () => {
      const r = await api(invitee, 'GET', '/v1/requests')
      return (r.body?.requests as Array<{ id: string }> | undefined)?.find((q) => q.id === conv)
    }, stepMs)
    if (request === undefined) {
      say(`  ✗ ${invitee.name} never received the invitation (waited ${stepMs / 1000} s)`)
      together = false
      continue
    }
    const acc = await api(invitee, 'POST', `/v1/requests/${conv}/accept`)
    const ready = acc.status === 202 && await poll(async () => {
      const r = await api(invitee, 'GET', `/v1/conversations/${conv}`)
      return r.status === 200 && r.body.syncing === false
    }, stepMs)
    say(ready === true ? `  ✓ ${invitee.name} received the invitation and joined` : `  ✗ ${invitee.name} accepted (${acc.status}) but never got the conversation`)
    if (ready !== true) together = false
  }

  if (together) {
    say('')
    heading('everyone says hello')
    for (const x of d) await send(x, conv, `hello, I am ${x.name}`)
    await agree(d, conv, sent, 'the three devices show the same history')

    say('')
    heading('the network splits: {alice, bob} | {carol}')
    say(`  ${await cluster.split()}`)
    const c = cluster.devices[2]!
    await send(d[0]!, conv, 'bob, is carol still there?')
    await send(d[1]!, conv, 'no idea, nothing from her')
    await send(c, conv, 'anyone? I am alone here')
    await send(c, conv, 'writing this down anyway')
    await agree([d[0]!, d[1]!], conv, sent.slice(0, 5), 'alice and bob agree on their side')

    say('')
    heading('the network heals')
    say(`  ${await cluster.heal()}`)
    await agree(cluster.devices, conv, sent, 'all three devices converge')
  } else {
    say('')
    say('  the swarm never formed: the devices cannot sync yet, so the split and heal are skipped')
  }

  say('')
  heading('the final history of each device (oldest first)')
  const views: Array<Message[] | undefined> = []
  for (const x of cluster.devices) {
    let h: Message[] | undefined
    try {
      h = await history(x, conv)
    } catch {
      h = undefined
    }
    views.push(h)
    say(`  ${x.name}:`)
    if (h === undefined) {
      say('    (this device does not have the conversation)')
      continue
    }
    for (const m of h) say(`    ${m.id.slice(0, 8)} ${describeMessage(m, nameOf)}`)
  }
  say('')
  const ids = views.map((h) => h === undefined ? undefined : JSON.stringify(h.map((m) => m.id)))
  const identical = ids.every((x) => x !== undefined && x === ids[0])
  const complete = identical && sent.every((id) => views[0]!.some((m) => m.id === id))
  if (identical && complete && together) {
    const merges = views[0]!.filter((m) => m.parents.length > 1).length
    say(`result: identical on all three devices, ${views[0]!.length} commits, ${merges} merge commit${merges === 1 ? '' : 's'}, no message lost`)
    return 0
  }
  say(`result: the histories ${identical ? 'match but miss messages' : 'differ'}${together ? '' : ' (the swarm never formed)'}`)
  return 1
}

/** One line for a message: author, then its body or what the commit does. */
function describeMessage (m: Message, nameOf: (uri: unknown) => string): string {
  const who = nameOf(m.author).padEnd(6)
  if (m.parents.length > 1) return `${who} (merge of ${m.parents.map((p) => p.slice(0, 8)).join(' + ')})`
  if (m.type === 'text/plain') return `${who} "${String(m.body)}"`
  if (m.type === 'member') return `${who} (member: ${String(m.action)} ${nameOf(m.uri)})`
  return `${who} (${m.type})`
}
