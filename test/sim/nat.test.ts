// Devices behind NATs (the harness's NAT lab): two homes, each behind a router that masquerades
// and drops new inbound connections, and a relay on the public side (`skarm up --relay`). The
// home devices know only the relay (`--bootstrap`, no mDNS). They find each other, chat both
// ways, survive the relay going away and coming back, and a device restarting. DCUtR punches
// through both routers (TCP simultaneous open from the listening ports), so the pair ends on a
// direct connection. Each scenario prints one JSON line of figures: how many pairs ended on a
// direct (hole-punched) connection, and over which protocol.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addressPublished, createNetwork, directUpgrades, linkKind, upgradedToDirect, networkView, relayBootstrap, type SimDevice, type SimNetwork } from '@skarm/sim'
import { waitFor } from '../helpers/device.ts'
import { SYNC_TIMEOUT_MS, converged, createConversation, inviteAndAccept, send } from '../helpers/sim.ts'

/** The relay's fixed port: restarted, it is found again at the address the homes bootstrap from. */
const RELAY_PORT = 4001
/** The port alice's router forwards to her in the forwarded scenario. */
const ALICE_PORT = 4002

interface Lab {
  net: SimNetwork
  relay: SimDevice
  a: SimDevice
  b: SimDevice
  /** The relay's address the homes bootstrap from. */
  bootstrap: string[]
  /** The relay's `skarm up` flags. */
  relayArgs: string[]
}

/**
 * The relay on the public side, alice behind router r1, bob behind router r2. The "internet" has
 * public addresses (`publicAddresses`: libp2p's AutoNAT and DCUtR act as on the real one); the
 * relay announces its address (`--announce`, as a server's operator would: AutoNAT needs four
 * peers in other networks to confirm it). With QUIC the homes bootstrap from the relay's TCP
 * address (their DHT node needs it) and the devices talk QUIC where both offer it.
 */
async function natLab (name: string, args: string[], opts: { forwardAlice?: boolean } = {}): Promise<Lab> {
  const net = await createNetwork({ name, keepData: process.env.SKARM_SIM_KEEP !== undefined, publicAddresses: true })
  try {
    const relayHost = await net.addHost('relay')
    await net.addRouter('r1')
    await net.addRouter('r2')
    await net.addHost('a', { behind: 'r1' })
    await net.addHost('b', { behind: 'r2' })
    const relayArgs = ['--relay', '--announce', `/ip4/${relayHost.address}/tcp/${RELAY_PORT}`, ...args]
    const relay = await net.startDevice('relay', 'relay', { listen: [`/ip4/{address}/tcp/${RELAY_PORT}`], args: relayArgs, mdns: false })
    // debug: the dht log tells when the device's address record is stored (addressPublished)
    const bootstrap = await relayBootstrap(relay, relayHost.address, RELAY_PORT)
    const home = { bootstrap, mdns: false, args, logLevel: 'debug' }
    // alice's router forwards her port: she announces it (as its user would, from the router's page)
    const r1 = net.routers.find((r) => r.name === 'r1')!
    if (opts.forwardAlice === true) await net.forwardPort('r1', 'a', ALICE_PORT)
    const a = await net.startDevice('a', 'alice', opts.forwardAlice === true
      ? { ...home, listen: [`/ip4/{address}/tcp/${ALICE_PORT}`], args: [...args, '--announce', `/ip4/${r1.address}/tcp/${ALICE_PORT}`] }
      : home)
    const b = await net.startDevice('b', 'bob', home)
    return { net, relay, a, b, bootstrap, relayArgs }
  } catch (err) {
    await net.destroy().catch(() => {})
    throw err
  }
}

/** The devices hold a reservation on the relay (a `/p2p-circuit` address). */
async function reserved (devices: SimDevice[]): Promise<void> {
  for (const d of devices) {
    await waitFor(async () => (await networkView(d)).relayAddresses.length > 0, SYNC_TIMEOUT_MS, `${d.name} to hold a reservation on the relay`)
  }
}

/** The devices hold a reservation on the relay and stored their address record in the DHT. */
async function reachableThroughRelay (devices: SimDevice[]): Promise<void> {
  await reserved(devices)
  for (const d of devices) await waitFor(async () => await addressPublished(d), SYNC_TIMEOUT_MS, `${d.name}'s address record in the DHT`)
}

/** The protocol of the newest direct connection the device opened to a peer reached through a relay. */
async function punchedOver (d: SimDevice): Promise<string | undefined> {
  const addr = (await directUpgrades(d)).at(-1)
  return addr === undefined ? undefined : /\/quic-v1/.test(addr) ? 'quic' : /\/tcp\//.test(addr) ? 'tcp' : addr
}

async function figures (transport: string, pair: [SimDevice, SimDevice], kinds: Array<'direct' | 'relayed'>): Promise<void> {
  const over = (await punchedOver(pair[0])) ?? (await punchedOver(pair[1])) ?? null
  console.log(JSON.stringify({ nat: transport, pairs: kinds.length, direct: kinds.filter((k) => k === 'direct').length, relayed: kinds.filter((k) => k === 'relayed').length, directOver: over }))
}

describe('two homes behind NATs, over TCP', () => {
  let lab: Lab
  let conv: string
  const sent: string[] = []

  beforeAll(async () => {
    lab = await natLab('nat-tcp', [])
  })

  afterAll(async () => {
    await lab?.net.destroy()
  })

  it('knowing only the relay, alice invites bob, he accepts, and they chat both ways', async () => {
    const { a, b } = lab
    await reachableThroughRelay([a, b])
    conv = await createConversation(a)
    await inviteAndAccept(a, b, conv)
    sent.push(await send(a, conv, 'hello bob, from behind my router'))
    sent.push(await send(b, conv, 'hello alice, from behind mine'))
    await converged([a, b], conv, sent, 'alice and bob to agree')
    const kind = await linkKind(a)
    await figures('tcp', [a, b], [kind])
    // both routers drop what they did not ask for: DCUtR punched the hole (TCP simultaneous open)
    expect(kind).toBe('direct')
    expect(await upgradedToDirect(a) || await upgradedToDirect(b)).toBe(true)
  })

  it('the relay stops and comes back: messages flow again after', async () => {
    const { net, a, b } = lab
    expect(await lab.relay.stop()).toBe(0)
    lab.relay = await net.startDevice('relay', 'relay', { dataDir: lab.relay.dataDir, listen: [`/ip4/{address}/tcp/${RELAY_PORT}`], args: lab.relayArgs, mdns: false })
    // they know each other's relayed addresses already: no need for the DHT this time
    await reserved([a, b])
    sent.push(await send(a, conv, 'the relay was away'))
    sent.push(await send(b, conv, 'and it is back'))
    await converged([a, b], conv, sent, 'alice and bob to agree after the relay came back')
  })

  it('bob restarts behind his NAT with his data directory alone (no --bootstrap) and rejoins', async () => {
    const { net, a } = lab
    expect(await lab.b.stop()).toBe(0)
    sent.push(await send(a, conv, 'written while bob was down'))
    // no bootstrap: bob finds the relay and alice again from DATA/peers.json
    lab.b = await net.startDevice('b', 'bob', { dataDir: lab.b.dataDir, mdns: false, logLevel: 'debug' })
    await reserved([lab.b])
    sent.push(await send(lab.b, conv, 'bob is back'))
    await converged([a, lab.b], conv, sent, 'alice and the restarted bob to agree')
  })
})

describe('two homes behind NATs, with QUIC', () => {
  let lab: Lab

  beforeAll(async () => {
    lab = await natLab('nat-quic', ['--quic'])
  })

  afterAll(async () => {
    await lab?.net.destroy()
  })

  it('knowing only the relay, alice invites bob, he accepts, and they chat both ways', async () => {
    const { a, b } = lab
    expect((await networkView(a)).quic).toBe(true)
    await reachableThroughRelay([a, b])
    const conv = await createConversation(a)
    await inviteAndAccept(a, b, conv)
    const sent = [await send(a, conv, 'hello bob, over QUIC'), await send(b, conv, 'hello alice')]
    await converged([a, b], conv, sent, 'alice and bob to agree')
    // the punched link runs over TCP: the QUIC transport dials from a socket apart from its listener
    await figures('quic', [a, b], [await linkKind(a)])
  })
})

describe('two homes behind NATs, alice\'s router forwarding her port', () => {
  let lab: Lab

  beforeAll(async () => {
    lab = await natLab('nat-fwd', [], { forwardAlice: true })
  })

  afterAll(async () => {
    await lab?.net.destroy()
  })

  it('alice and bob end on a direct link (her forwarded port, announced), and they chat', async () => {
    const { a, b } = lab
    await reachableThroughRelay([a, b])
    const conv = await createConversation(a)
    await inviteAndAccept(a, b, conv)
    const sent = [await send(a, conv, 'my router forwards my port'), await send(b, conv, 'so we talk directly')]
    await converged([a, b], conv, sent, 'alice and bob to agree')
    const kind = await linkKind(b)
    await figures('tcp, one forwarded port', [a, b], [kind])
    // bob is behind his NAT and alice is not, at her forwarded port: either bob dialed her
    // announced address first, or alice reached him through the relay and DCUtR's unilateral
    // upgrade on his side dialed that address (the transport log then says so)
    expect(kind).toBe('direct')
  })
})
