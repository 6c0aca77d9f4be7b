// Devices as container stacks (docker/compose.yaml's layout, through testcontainers): four
// devices form a swarm on a shared LAN; the LAN is split (`docker network disconnect`), both
// sides chat, it heals and every device ends with the same history in the same order. A
// service container that crashes mid-traffic, and a whole device's containers, come back by
// their restart policy with nothing acknowledged lost; a paused device does not stop the others.
// Needs a Docker engine and the skarm:local image: `npm run test:containers` provides both.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { StartedNetwork } from 'testcontainers'
import { api } from '@skarm/sim'
import { waitFor } from '../helpers/device.ts'
import { SYNC_TIMEOUT_MS, converged, createConversation, inviteAndAccept, send } from '../helpers/sim.ts'
import { docker, hostPid, joinLan, lan, leaveLan, restartCount, startContainerDevice, type ContainerDevice } from '../helpers/containers.ts'

const sleep = async (ms: number): Promise<void> => { await new Promise((resolve) => setTimeout(resolve, ms)) }

describe('four devices as container stacks', () => {
  // every device is on `shared`; carol and dave are also on `side` (their own LAN, as two
  // devices in one house are): the split takes them off `shared`
  let shared: StartedNetwork
  let side: StartedNetwork
  let devices: ContainerDevice[] = []
  let conv: string
  const sent: string[] = []

  beforeAll(async () => {
    shared = await lan()
    side = await lan()
    const alice = await startContainerDevice('alice', [shared])
    const boot = [await alice.p2pOn(shared.getName())]
    devices = [alice]
    for (const [name, lans] of [['bob', [shared]], ['carol', [shared, side]], ['dave', [shared, side]]] as const) {
      devices.push(await startContainerDevice(name, [...lans], boot))
    }
  })

  afterAll(async () => {
    await Promise.all(devices.map(async (d) => await d.destroy()))
    await shared?.stop().catch(() => {})
    await side?.stop().catch(() => {})
  })

  it('form a swarm: alice invites the three others, everyone chats, every history is the same', async () => {
    const [alice, ...others] = devices
    conv = await createConversation(alice!)
    for (const d of others) await inviteAndAccept(alice!, d, conv)
    for (const d of devices) sent.push(await send(d, conv, `hello from ${d.name}'s containers`))
    await converged(devices, conv, sent, 'the four devices to agree')
  })

  it('split by docker network disconnect: both sides chat; healed, all converge in identical order', async () => {
    const [alice, bob, carol, dave] = devices as [ContainerDevice, ContainerDevice, ContainerDevice, ContainerDevice]
    await leaveLan(carol, shared)
    await leaveLan(dave, shared)
    const left = [await send(alice, conv, 'alice, on the shared LAN'), await send(bob, conv, 'bob too')]
    const right = [await send(carol, conv, 'carol, cut off'), await send(dave, conv, 'dave, with carol')]
    sent.push(...left, ...right)
    await converged([alice, bob], conv, left, 'alice and bob to agree during the split')
    await converged([carol, dave], conv, right, 'carol and dave to agree during the split')
    // neither side saw the other's messages
    const ofAlice = (await api(alice, 'GET', `/v1/conversations/${conv}/messages?limit=50`)).body.messages as Array<{ id: string }>
    expect(ofAlice.map((m) => m.id)).not.toContain(right[0])
    await joinLan(carol, shared)
    await joinLan(dave, shared)
    await converged(devices, conv, sent, 'the four devices to agree after the heal')
  })

  it('a store killed mid-traffic comes back by its restart policy; nothing acknowledged is lost', async () => {
    const bob = devices[1]!
    const store = bob.containers.get('store')!
    const before = await restartCount(store)
    const acknowledged: string[] = []
    let i = 0
    const sending = (async () => {
      const until = Date.now() + 8_000
      while (Date.now() < until) {
        const r = await api(bob, 'POST', `/v1/conversations/${conv}/messages`, { body: `burst ${i++}` }).catch(() => undefined)
        if (r?.status === 201) acknowledged.push(r.body.id as string)
        else await sleep(100)
      }
    })()
    await sleep(1_500)
    process.kill(await hostPid(store), 'SIGKILL')
    await sending
    await waitFor(async () => await restartCount(store) > before, 30_000, 'the store to be restarted')
    expect(acknowledged.length).toBeGreaterThan(0)
    sent.push(...acknowledged)
    await converged(devices, conv, sent, 'every acknowledged message on every device')
  })

  it('a whole device\'s containers killed come back by their policy, and the device catches up', async () => {
    const [alice, , , dave] = devices as [ContainerDevice, ContainerDevice, ContainerDevice, ContainerDevice]
    const containers = [...dave.containers.values()]
    const counts = await Promise.all(containers.map(restartCount))
    for (const c of containers) process.kill(await hostPid(c), 'SIGKILL')
    sent.push(await send(alice, conv, 'while dave was down'))
    await waitFor(async () => {
      const now = await Promise.all(containers.map(restartCount))
      return now.every((n, k) => n > counts[k]!)
    }, 60_000, 'every container of dave to be restarted')
    // the engine may publish the restarted gateway on another host port
    await waitFor(async () => { await dave.refreshApi(); return true }, 10_000, 'dave\'s gateway port')
    await waitFor(async () => (await api(dave, 'GET', '/v1/health').catch(() => undefined))?.body?.ok === true, SYNC_TIMEOUT_MS, 'dave\'s stack to be healthy again')
    sent.push(await send(dave, conv, 'dave is back'))
    await converged(devices, conv, sent, 'dave to catch up after his restart')
  })

  it('a paused device does not stop the others; unpaused, it catches up', async () => {
    const [alice, bob, carol, dave] = devices as [ContainerDevice, ContainerDevice, ContainerDevice, ContainerDevice]
    const transport = carol.containers.get('transport')!
    await docker(['pause', transport.getId()])
    try {
      sent.push(await send(alice, conv, 'carol is paused'), await send(dave, conv, 'we go on'))
      await converged([alice, bob, dave], conv, sent, 'the three others to agree while carol is paused')
    } finally {
      await docker(['unpause', transport.getId()])
    }
    await converged(devices, conv, sent, 'carol to catch up after the pause')
  })
})
