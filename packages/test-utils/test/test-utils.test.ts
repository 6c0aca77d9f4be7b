import { describe, it, expect } from 'vitest'
import { createServer } from 'node:net'
import { stat, rm } from 'node:fs/promises'
import { connectBus } from '@skarm/bus'
import { freePort, isRunning, listProcesses, processInfo, startNats, tempDir, waitFor } from '../src/index.ts'

describe('startNats', () => {
  it('starts a real nats-server on a free loopback port, with or without a token, and stops it', async () => {
    const open = await startNats()
    const secured = await startNats({ token: true })
    try {
      expect(open.url).toBe(`nats://127.0.0.1:${open.port}`)
      expect(secured.port).not.toBe(open.port)
      expect(secured.token).toMatch(/^[\w-]{32}$/)
      const a = await connectBus({ servers: open.url, name: 't' })
      await a.flush()
      await a.close()
      await expect(connectBus({ servers: secured.url, name: 't' })).rejects.toMatchObject({ code: 'BUS_UNAVAILABLE' })
      const b = await connectBus({ servers: secured.url, token: secured.token, name: 't' })
      await b.close()
      expect(processInfo(open.pid)!.cmdline.join(' ')).toContain('nats-server')
    } finally {
      await open.stop()
      await secured.stop()
    }
    expect(isRunning(open.pid)).toBe(false)
    expect(isRunning(secured.pid)).toBe(false)
  })

  it('can start again on a given port (a server restart)', async () => {
    const first = await startNats()
    await first.stop()
    const second = await startNats({ port: first.port })
    try {
      expect(second.port).toBe(first.port)
    } finally {
      await second.stop()
    }
  })
})

describe('waitFor', () => {
  it('returns the first truthy value', async () => {
    let n = 0
    expect(await waitFor(() => ++n >= 3 ? `done ${n}` : undefined, { intervalMs: 1 })).toBe('done 3')
  })

  it('retries through throws and reports the last error on timeout', async () => {
    await expect(waitFor(() => { throw new Error('still broken') }, { timeoutMs: 50, intervalMs: 5, message: 'repair' }))
      .rejects.toThrow(/repair not met within 50 ms: still broken/)
    await expect(waitFor(async () => false, { timeoutMs: 20, intervalMs: 5 })).rejects.toThrow(/condition not met/)
  })
})

describe('tempDir, freePort, processes', () => {
  it('makes distinct empty folders', async () => {
    const a = await tempDir('skarm-tu-')
    const b = await tempDir('skarm-tu-')
    expect(a).not.toBe(b)
    expect((await stat(a)).isDirectory()).toBe(true)
    await rm(a, { recursive: true })
    await rm(b, { recursive: true })
  })

  it('finds a port that can be bound', async () => {
    const port = await freePort()
    const srv = createServer()
    await new Promise<void>((resolve, reject) => { srv.once('error', reject); srv.listen(port, '127.0.0.1', resolve) })
    await new Promise((resolve) => srv.close(resolve))
  })

  it('reads this process from /proc', () => {
    const me = processInfo(process.pid)!
    expect(me.ppid).toBe(process.ppid)
    expect(me.rssKiB()).toBeGreaterThan(0)
    expect(me.env().PATH).toBe(process.env.PATH)
    expect(listProcesses().some((p) => p.pid === process.pid)).toBe(true)
    expect(isRunning(2147483646)).toBe(false)
  })
})
