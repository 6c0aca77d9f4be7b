import { createSocket } from 'node:dgram'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { busyListenPort, ensurePorts, isPortFree, loadStackConfig, pickFreePort, PORT_RANGE, tcpPort } from '../src/index.ts'

let dir: string
beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'skarm-ports-')) })
afterAll(async () => { await rm(dir, { recursive: true, force: true }) })

async function hold (port = 0): Promise<Server> {
  return await new Promise((resolve, reject) => {
    const srv = createServer()
    srv.once('error', reject)
    srv.listen(port, '0.0.0.0', () => { resolve(srv) })
  })
}
const portOf = (srv: Server): number => (srv.address() as { port: number }).port

describe('ports', () => {
  it('picks a port free for TCP and UDP, in the range below the ephemeral ports', async () => {
    const port = await pickFreePort()
    expect(port).toBeGreaterThanOrEqual(PORT_RANGE[0])
    expect(port).toBeLessThanOrEqual(PORT_RANGE[1])
    expect(await isPortFree(port)).toBe(true)
  })

  it('a port held over TCP, or over UDP only, is not free', async () => {
    const srv = await hold()
    try {
      expect(await isPortFree(portOf(srv))).toBe(false)
    } finally {
      srv.close()
    }
    const sock = createSocket('udp4')
    await new Promise<void>((resolve) => { sock.bind(0, '0.0.0.0', resolve) })
    try {
      const port = sock.address().port
      expect(await isPortFree(port, '0.0.0.0', false)).toBe(true)
      expect(await isPortFree(port)).toBe(false)
    } finally {
      sock.close()
    }
  })

  it('ensurePorts writes listen and dhtPort once, keeps the other keys, and the loader takes them', async () => {
    const data = join(dir, 'a')
    await rm(data, { recursive: true, force: true })
    await mkdir(data)
    await writeFile(join(data, 'config.json'), JSON.stringify({ api: '127.0.0.1:7000' }))
    const first = await ensurePorts(data)
    expect(first.added).toEqual(['listen', 'dhtPort'])
    const file = JSON.parse(await readFile(join(data, 'config.json'), 'utf8'))
    expect(file.api).toBe('127.0.0.1:7000')
    expect(file.listen).toEqual([expect.stringMatching(/^\/ip4\/0\.0\.0\.0\/tcp\/\d+$/)])
    expect(file.dhtPort).not.toBe(tcpPort(file.listen[0]))
    // chosen once: a second call changes nothing
    expect(await ensurePorts(data)).toEqual({ listen: file.listen, dhtPort: file.dhtPort, added: [] })
    expect(await readdir(data)).toEqual(['config.json'])
    // the loader's precedence holds: the file's listen, unless a flag or the environment says otherwise
    expect(loadStackConfig(['--data', data], {}).listen).toEqual(file.listen)
    expect(loadStackConfig(['--data', data], {}).dhtPort).toBe(file.dhtPort)
    expect(loadStackConfig(['--data', data, '--listen', '/ip4/127.0.0.1/tcp/0'], {}).listen).toEqual(['/ip4/127.0.0.1/tcp/0'])
    expect(loadStackConfig(['--data', data], { SKARM_LISTEN: '/ip4/127.0.0.1/tcp/5' }).listen).toEqual(['/ip4/127.0.0.1/tcp/5'])
  })

  it('ensurePorts keeps a listen set by the user, and leaves a file it cannot read alone', async () => {
    const data = join(dir, 'b')
    await mkdir(data)
    await writeFile(join(data, 'config.json'), JSON.stringify({ listen: ['/ip4/127.0.0.1/tcp/0'] }))
    expect((await ensurePorts(data)).added).toEqual(['dhtPort'])
    expect(JSON.parse(await readFile(join(data, 'config.json'), 'utf8')).listen).toEqual(['/ip4/127.0.0.1/tcp/0'])
    await writeFile(join(data, 'config.json'), '{ broken')
    expect(await ensurePorts(data)).toEqual({ added: [] })
    expect(await readFile(join(data, 'config.json'), 'utf8')).toBe('{ broken')
    // no file at all: one is written
    const fresh = join(dir, 'c')
    await mkdir(fresh)
    expect((await ensurePorts(fresh)).added).toEqual(['listen', 'dhtPort'])
  })

  it('busyListenPort names a fixed port another program holds; port 0 and free ports pass', async () => {
    const srv = await hold()
    try {
      const port = portOf(srv)
      const addr = `/ip4/0.0.0.0/tcp/${port}`
      expect(await busyListenPort(['/ip4/127.0.0.1/tcp/0', addr])).toEqual({ addr, port })
      expect(await busyListenPort([`/ip4/127.0.0.1/tcp/${port}`])).toEqual({ addr: `/ip4/127.0.0.1/tcp/${port}`, port })
    } finally {
      srv.close()
    }
    expect(await busyListenPort(['/ip4/0.0.0.0/tcp/0', `/ip4/0.0.0.0/tcp/${await pickFreePort()}`])).toBeUndefined()
  })

  it('the config loader takes dhtPort from the file only as a port number', async () => {
    const data = join(dir, 'd')
    await mkdir(data)
    for (const bad of ['4001', -1, 70000, 1.5]) {
      await writeFile(join(data, 'config.json'), JSON.stringify({ dhtPort: bad }))
      expect(() => loadStackConfig(['--data', data], {})).toThrow(/dhtPort must be a port number/)
    }
  })
})
