// A restarted device rejoins with its data directory alone (docs/sync.md, "Rejoining after a
// restart"): real stacks, no mDNS. The devices listen on their own ports (chosen by `skarm init`)
// and remember whom they met (DATA/peers.json); nobody passes --bootstrap after a restart.
import { readdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { alive, http, messageIds, restartDevice, sendText, startDevice, waitFor, type Device } from '../helpers/device.ts'

let alice: Device
let bob: Device
const all: Device[] = []
let conv: string
/** Per test: restarts and generous delivery waits (no timing is asserted). */
const TIMEOUT = 240_000

beforeAll(async () => {
  // alice starts on an ephemeral loopback port: the address bob bootstraps to is gone once she
  // restarts on her own port, so that only what the devices remember brings them together again
  alice = await startDevice('alice')
  bob = await startDevice('bob', ['--bootstrap', alice.p2p[0]!], { ownPorts: true })
  all.push(alice, bob)
}, 120_000)

afterAll(async () => {
  for (const d of all) await d.stop()
  if (process.env.SKARM_TEST_KEEP === undefined) for (const d of new Set(all.map((x) => x.dataDir))) await rm(d, { recursive: true, force: true })
  else console.log('kept:', [...new Set(all.map((d) => d.dataDir))].join(' '))
})

/** The device ids in `d`'s DATA/peers.json. */
async function remembered (d: Device): Promise<string[]> {
  const text = await readFile(join(d.dataDir, 'peers.json'), 'utf8').catch(() => '{"peers":[]}')
  return (JSON.parse(text).peers as Array<{ deviceId: string }>).map((p) => p.deviceId)
}

/** Kills a device's whole stack at once (SIGKILL: nothing is written on the way out). */
async function kill (d: Device): Promise<void> {
  const services = (await http(d, 'GET', '/v1/health')).body.services as Record<string, { pid?: number }>
  const pids = Object.values(services).map((s) => s.pid).filter((p): p is number => typeof p === 'number')
  // the private nats-server names itself in DATA/run/nats-server_<pid>.ports
  for (const f of await readdir(join(d.dataDir, 'run'))) {
    const m = /^nats-server_(\d+)\.ports$/.exec(f)
    if (m !== null) pids.push(Number(m[1]))
  }
  d.proc.kill('SIGKILL')
  for (const pid of pids) try { process.kill(pid, 'SIGKILL') } catch {}
  await waitFor(() => d.proc.exitCode !== null || d.proc.signalCode !== null, 10_000, 'skarm up to die')
  await waitFor(() => pids.every((p) => !alive(p)), 10_000, 'the services to die')
}

/** `body` sent by `from` reaches `to`. */
async function delivered (from: Device, to: Device, body: string): Promise<void> {
  const id = await sendText(from, conv, body)
  await waitFor(async () => (await messageIds(to, conv)).includes(id), 90_000, `"${body}" to reach the other device`)
}

describe('rejoining after a restart', () => {
  it('two devices chat; each remembers the other in DATA/peers.json; init chose their own ports', async () => {
    const created = await http(alice, 'POST', '/v1/conversations', { mode: 'INVITES_ONLY' })
    expect(created.status).toBe(201)
    conv = created.body.id
    expect((await http(alice, 'POST', `/v1/conversations/${conv}/members`, { uri: bob.uri })).status).toBe(200)
    await waitFor(async () => (await http(bob, 'GET', '/v1/requests')).body.requests.length > 0, 30_000, 'the request to reach bob')
    expect((await http(bob, 'POST', `/v1/requests/${conv}/accept`)).status).toBe(202)
    await waitFor(async () => (await http(bob, 'GET', `/v1/conversations/${conv}`)).body.syncing === false, 30_000, 'the clone')
    await delivered(alice, bob, 'hej bob')
    await delivered(bob, alice, 'hej alice')
    await waitFor(async () => (await remembered(alice)).includes(bob.deviceId), 30_000, 'alice to remember bob')
    await waitFor(async () => (await remembered(bob)).includes(alice.deviceId), 30_000, 'bob to remember alice')
    const config = JSON.parse(await readFile(join(alice.dataDir, 'config.json'), 'utf8'))
    expect(config.listen).toEqual([expect.stringMatching(/^\/ip4\/0\.0\.0\.0\/tcp\/\d+$/)])
    expect(config.dhtPort).toEqual(expect.any(Number))
  }, TIMEOUT)

  it('(a) alice\'s whole stack is killed and started again with --data alone: bob\'s next message reaches her, and hers reaches him', async () => {
    await kill(alice)
    alice = await restartDevice(alice, [], { ownPorts: true })
    all.push(alice)
    // her own port now, not the one bob bootstrapped to
    const own = JSON.parse(await readFile(join(alice.dataDir, 'config.json'), 'utf8')).listen[0].split('/').pop()
    expect(alice.p2p.every((a) => a.includes(`/tcp/${own}/`))).toBe(true)
    await delivered(bob, alice, 'are you back?')
    await delivered(alice, bob, 'I am back')
  }, TIMEOUT)

  it('(b) bob, who had --bootstrap, is restarted without it: he finds alice again from his memory', async () => {
    await bob.stop()
    bob = await restartDevice(bob, [], { ownPorts: true })
    all.push(bob)
    await delivered(bob, alice, 'found you')
    await delivered(alice, bob, 'found you too')
  }, TIMEOUT)

  it('both devices stopped, then started with --data alone: they find each other again', async () => {
    await bob.stop()
    await kill(alice)
    alice = await restartDevice(alice, [], { ownPorts: true })
    bob = await restartDevice(bob, [], { ownPorts: true })
    all.push(alice, bob)
    await delivered(alice, bob, 'both back')
    await delivered(bob, alice, 'both back indeed')
  }, TIMEOUT)
})
