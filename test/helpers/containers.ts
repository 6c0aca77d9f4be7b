// Device stacks as containers (testcontainers), for the containers suite: per device its
// private bus network with a nats-server and one container per service, as docker/compose.yaml
// runs them (the same image, command and SKARM_* environment), and the device's data directory
// bind-mounted at /data. The transport and the dht also join the networks the devices reach
// each other on ("LANs"); the suite cuts and joins those with `docker network disconnect` and
// `connect`. Containers restart by their policy (`unless-stopped`), as in compose.
import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { chownSync, createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { GenericContainer, Network, Wait, type StartedNetwork, type StartedTestContainer } from 'testcontainers'
import { libp2pKeyFromSeed, loadDeviceKey } from '@skarm/transport'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import type { SimDevice } from '@skarm/sim'

const run = promisify(execFile)

/** The image every container runs (docker/Dockerfile). */
export const IMAGE = process.env.SKARM_IMAGE ?? 'skarm:local'
/** The uid the image runs as (owner of /data). */
const SKARM_UID = 10001
export const SERVICES = ['store', 'validator', 'transport', 'dht', 'files', 'gateway'] as const
export type Service = typeof SERVICES[number]
/** The services that talk to other devices: they join the LANs. */
const NETWORKED: Service[] = ['transport', 'dht']
const P2P_PORT = 4001
/** SKARM_CONTAINERS_KEEP=1 keeps the data and log directories of the devices (to read after a failure). */
const KEEP = process.env.SKARM_CONTAINERS_KEEP === '1'

/** `docker …`; throws with docker's stderr. */
export async function docker (args: string[]): Promise<string> {
  try {
    return (await run('docker', args, { maxBuffer: 16 << 20 })).stdout.trim()
  } catch (err) {
    throw new Error(`docker ${args.join(' ')}: ${(err as { stderr?: string }).stderr?.trim() ?? String(err)}`)
  }
}

/** A device as the suite's helpers need it (the sim's device shape), with its containers. */
export interface ContainerDevice extends SimDevice {
  containers: Map<Service | 'nats', StartedTestContainer>
  /** The transport's address on `lan` (`/ip4/…/tcp/4001/p2p/…`). */
  p2pOn: (lan: string) => Promise<string>
  /** Reads the gateway's published port again into `api` (a restarted container may get another). */
  refreshApi: () => Promise<void>
  destroy: () => Promise<void>
}

/** A LAN the devices reach each other on. */
export async function lan (): Promise<StartedNetwork> {
  return await new Network().start()
}

function env (token: string, bootstrap: string[]): Record<string, string> {
  return {
    SKARM_DATA: '/data',
    SKARM_NATS_URL: 'nats://nats:4222',
    SKARM_NATS_TOKEN: token,
    SKARM_LISTEN: `/ip4/0.0.0.0/tcp/${P2P_PORT}`,
    SKARM_BOOTSTRAP: bootstrap.join(','),
    SKARM_MDNS: '0',
    SKARM_LOG_LEVEL: process.env.SKARM_CONTAINERS_LOG_LEVEL ?? 'info'
  }
}

/** The main process id of a container on the host (to kill it as a crash would). */
export async function hostPid (c: StartedTestContainer): Promise<number> {
  return Number(await docker(['inspect', '-f', '{{.State.Pid}}', c.getId()]))
}

/** How many times the engine restarted a container (its restart policy). */
export async function restartCount (c: StartedTestContainer): Promise<number> {
  return Number(await docker(['inspect', '-f', '{{.RestartCount}}', c.getId()]))
}

/**
 * Starts a device: `skarm init` in its data directory (a one-off container), its bus network and
 * nats-server, then store, validator, transport, dht, files and gateway; the transport and the
 * dht join `lans`. Resolves once `GET /v1/health` says every service is up.
 */
export async function startContainerDevice (name: string, lans: StartedNetwork[], bootstrap: string[] = []): Promise<ContainerDevice> {
  const dataDir = mkdtempSync(join(tmpdir(), `skarm-containers-${name}-`))
  chownSync(dataDir, SKARM_UID, SKARM_UID)
  // each container's output (the services' JSON log lines), beside the data directory
  const logDir = `${dataDir}-logs`
  mkdirSync(logDir)
  const logTo = (file: string) => (stream: NodeJS.ReadableStream): void => { stream.pipe(createWriteStream(join(logDir, `${file}.log`), { flags: 'a' })) }
  const containers = new Map<Service | 'nats', StartedTestContainer>()
  const bind = [{ source: dataDir, target: '/data' }]
  const token = randomBytes(24).toString('hex')
  const bus = await new Network().start()
  const destroy = async (): Promise<void> => {
    await Promise.all([...containers.values()].map(async (c) => await c.stop({ timeout: 5_000 }).catch(() => {})))
    await bus.stop().catch(() => {})
    if (!KEEP) for (const dir of [dataDir, logDir]) rmSync(dir, { recursive: true, force: true })
  }
  try {
    await new GenericContainer(IMAGE)
      .withBindMounts(bind)
      .withCommand(['--conditions=skarm-dist', 'packages/cli/dist/main.js', 'init', '--data', '/data', '--name', name])
      .withWaitStrategy(Wait.forOneShotStartup())
      .start()
    const identity = JSON.parse(readFileSync(join(dataDir, 'identity/identity.json'), 'utf8')) as { uri: string, deviceId: string }
    const nats = await new GenericContainer(IMAGE)
      .withNetwork(bus).withNetworkAliases('nats')
      .withEntrypoint(['/usr/local/bin/nats-server'])
      .withCommand(['--addr', '0.0.0.0', '--port', '4222', '--auth', token])
      .withWaitStrategy(Wait.forLogMessage(/Server is ready/))
      .withLogConsumer(logTo('nats'))
      .start()
    containers.set('nats', nats)
    for (const service of SERVICES) {
      let c = new GenericContainer(IMAGE)
        .withNetwork(bus)
        .withBindMounts(bind)
        .withEnvironment({ ...env(token, bootstrap), ...(service === 'gateway' ? { SKARM_API: '0.0.0.0:8080' } : {}) })
        .withCommand(['--conditions=skarm-dist', `apps/${service}/dist/main.js`])
        .withLogConsumer(logTo(service))
      // the gateway is started last: its health report says when every service is up
      if (service === 'gateway') c = c.withExposedPorts(8080).withWaitStrategy(Wait.forHttp('/v1/health', 8080).forResponsePredicate((body) => body.includes('"ok":true')))
      const started = await c.start()
      containers.set(service, started)
      if (NETWORKED.includes(service)) for (const l of lans) await docker(['network', 'connect', l.getName(), started.getId()])
    }
    for (const c of containers.values()) await docker(['update', '--restart', 'unless-stopped', c.getId()])
    const gateway = containers.get('gateway')!
    const peerId = peerIdFromPrivateKey(await libp2pKeyFromSeed((await loadDeviceKey(dataDir)).seed)).toString()
    const device: ContainerDevice = {
      name,
      dataDir,
      api: `http://${gateway.getHost()}:${gateway.getMappedPort(8080)}`,
      p2p: [],
      uri: identity.uri,
      deviceId: identity.deviceId,
      pid: 0,
      output: () => '',
      stop: async () => { await destroy(); return 0 },
      containers,
      p2pOn: async (l) => {
        const ip = await docker(['inspect', '-f', `{{(index .NetworkSettings.Networks "${l}").IPAddress}}`, containers.get('transport')!.getId()])
        return `/ip4/${ip}/tcp/${P2P_PORT}/p2p/${peerId}`
      },
      refreshApi: async () => {
        const out = await docker(['port', gateway.getId(), '8080/tcp'])
        const port = /:(\d+)\s*$/m.exec(out.split('\n')[0] ?? '')?.[1]
        if (port !== undefined) device.api = `http://${gateway.getHost()}:${port}`
      },
      destroy
    }
    return device
  } catch (err) {
    await destroy()
    throw err
  }
}

/** Takes the device's transport and dht off `lan` (a cable pulled). */
export async function leaveLan (d: ContainerDevice, l: StartedNetwork): Promise<void> {
  for (const s of NETWORKED) await docker(['network', 'disconnect', l.getName(), d.containers.get(s)!.getId()])
}

/** Puts the device's transport and dht back on `lan`. */
export async function joinLan (d: ContainerDevice, l: StartedNetwork): Promise<void> {
  for (const s of NETWORKED) await docker(['network', 'connect', l.getName(), d.containers.get(s)!.getId()])
}
