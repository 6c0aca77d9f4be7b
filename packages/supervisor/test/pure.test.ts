import { describe, it, expect, afterAll } from 'vitest'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ConflictError } from '@skarm/errors'
import { nextRestartDelay, pinApi, pinListen, natsConfig, randomToken } from '../src/index.ts'
import { acquireLock } from '../src/run-file.ts'

describe('nextRestartDelay', () => {
  it('starts at 100 ms and doubles up to 5 s while the child keeps crashing', () => {
    const delays: number[] = []
    let d: number | undefined
    for (let i = 0; i < 10; i++) {
      d = nextRestartDelay(d, 50)
      delays.push(d)
    }
    expect(delays).toEqual([100, 200, 400, 800, 1600, 3200, 5000, 5000, 5000, 5000])
  })

  it('starts again from the first delay once the child stayed up 30 s', () => {
    expect(nextRestartDelay(5000, 29_999)).toBe(5000)
    expect(nextRestartDelay(5000, 30_000)).toBe(100)
    expect(nextRestartDelay(1600, 60_000)).toBe(100)
  })

  it('follows its options', () => {
    const opts = { initialMs: 10, maxMs: 35, resetAfterMs: 1000 }
    expect(nextRestartDelay(undefined, 0, opts)).toBe(10)
    expect(nextRestartDelay(10, 0, opts)).toBe(20)
    expect(nextRestartDelay(20, 0, opts)).toBe(35)
    expect(nextRestartDelay(35, 999, opts)).toBe(35)
    expect(nextRestartDelay(35, 1000, opts)).toBe(10)
  })
})

describe('port pinning', () => {
  it('pins an api with port 0 to the port the gateway took', () => {
    expect(pinApi('127.0.0.1:0', 'http://127.0.0.1:43210')).toBe('127.0.0.1:43210')
    expect(pinApi('[::1]:0', 'http://[::1]:8080')).toBe('[::1]:8080')
    expect(pinApi('127.0.0.1:8080', 'http://127.0.0.1:8080')).toBe('127.0.0.1:8080')
    expect(pinApi('127.0.0.1:0', 'not a url')).toBe('127.0.0.1:0')
  })

  it('pins listen addresses with /tcp/0 to the announced port of their family', () => {
    const announced = [
      '/ip4/127.0.0.1/tcp/4101/p2p/12D3KooWA',
      '/ip4/10.0.0.5/tcp/4101/p2p/12D3KooWA',
      '/ip6/::1/tcp/4102/p2p/12D3KooWA'
    ]
    expect(pinListen(['/ip4/0.0.0.0/tcp/0'], announced)).toEqual(['/ip4/0.0.0.0/tcp/4101'])
    expect(pinListen(['/ip4/0.0.0.0/tcp/0', '/ip6/::/tcp/0'], announced)).toEqual(['/ip4/0.0.0.0/tcp/4101', '/ip6/::/tcp/4102'])
    expect(pinListen(['/ip4/10.0.0.5/tcp/0'], announced)).toEqual(['/ip4/10.0.0.5/tcp/4101'])
    expect(pinListen(['/ip4/0.0.0.0/tcp/4001'], announced)).toEqual(['/ip4/0.0.0.0/tcp/4001'])
  })

  it('leaves ambiguous listen addresses alone', () => {
    // two ports for one family: which is which is unknown
    expect(pinListen(['/ip4/0.0.0.0/tcp/0'], ['/ip4/127.0.0.1/tcp/1/p2p/A', '/ip4/10.0.0.1/tcp/2/p2p/A'])).toEqual(['/ip4/0.0.0.0/tcp/0'])
    expect(pinListen(['/ip4/127.0.0.1/tcp/0', '/ip4/10.0.0.1/tcp/0'], ['/ip4/127.0.0.1/tcp/1/p2p/A', '/ip4/10.0.0.1/tcp/2/p2p/A'])).toEqual(['/ip4/127.0.0.1/tcp/0', '/ip4/10.0.0.1/tcp/0'])
    expect(pinListen(['/ip4/0.0.0.0/tcp/0'], [])).toEqual(['/ip4/0.0.0.0/tcp/0'])
    expect(pinListen(['/ip4/0.0.0.0/tcp/0/ws'], ['/ip4/127.0.0.1/tcp/1/ws/p2p/A'])).toEqual(['/ip4/0.0.0.0/tcp/0/ws'])
  })
})

describe('natsConfig', () => {
  it('binds loopback, keeps the token in the file and raises max_payload', () => {
    const token = randomToken()
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/)
    const conf = natsConfig({ port: 0, token, runDir: '/data/run' })
    expect(conf).toContain('listen: "127.0.0.1:-1"')
    expect(conf).toContain(`authorization { token: "${token}" }`)
    expect(conf).toContain('ports_file_dir: "/data/run"')
    expect(conf).toContain('max_payload: 8388608')
    expect(natsConfig({ port: 4222, runDir: '/r' })).toContain('listen: "127.0.0.1:4222"')
    expect(natsConfig({ port: 4222, runDir: '/r' })).not.toContain('authorization')
  })
})

describe('acquireLock', () => {
  const dirs: string[] = []
  afterAll(async () => { for (const d of dirs) await rm(d, { recursive: true, force: true }) })

  it('takes a free lock, refuses a live owner (itself included), takes over a dead one or a recycled pid', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'skarm-lock-'))
    dirs.push(dir)
    const file = join(dir, 'skarmd.pid')
    const release = await acquireLock(file, process.pid)
    expect((await readFile(file, 'utf8')).trim()).toMatch(new RegExp(`^${process.pid} \\d+$`))
    await expect(acquireLock(file, process.pid)).rejects.toBeInstanceOf(ConflictError)
    await release()
    await expect(readFile(file)).rejects.toThrow()
    // another live process (our parent) holds it
    await writeFile(file, `${process.ppid}\n`)
    await expect(acquireLock(file, process.pid)).rejects.toMatchObject({ code: 'STACK_ALREADY_RUNNING' })
    // the same pid with another start time: a recycled pid, the lock is stale
    await writeFile(file, `${process.ppid} 1\n`)
    const release2 = await acquireLock(file, process.pid)
    await release2()
    // a pid that cannot exist: taken over
    await writeFile(file, '2147483646\n')
    const release3 = await acquireLock(file, process.pid)
    // our release does not remove a lock that is no longer ours
    await writeFile(file, `${process.ppid}\n`)
    await release3()
    expect((await readFile(file, 'utf8')).trim()).toBe(String(process.ppid))
  })
})
