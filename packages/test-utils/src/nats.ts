import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { randomToken, startNatsServer } from '@skarm/supervisor'
import { tempDir } from './temp.ts'

/** Options of {@link startNats}. */
export interface StartNatsOptions {
  /** `true` for a random auth token, a string for that token; no auth by default. */
  token?: boolean | string
  /** A fixed port (to restart a server where clients expect it); a free one by default. */
  port?: number
}

/** A nats-server started for a test. */
export interface TestNats {
  /** `nats://127.0.0.1:PORT` */
  url: string
  token?: string
  port: number
  pid: number
  /** Stops the server (SIGTERM, SIGKILL after 5 s) and removes its folder. */
  stop: () => Promise<void>
}

/**
 * Starts a real `nats-server` (from PATH) on a free loopback port, as nats.js does per test.
 *
 * ```ts
 * const nats = await startNats({ token: true })
 * const bus = await connectBus({ servers: nats.url, token: nats.token, name: 'test' })
 * afterAll(() => nats.stop())
 * ```
 */
export async function startNats (opts: StartNatsOptions = {}): Promise<TestNats> {
  const dir = await tempDir('skarm-nats-')
  const token = opts.token === true ? randomToken() : typeof opts.token === 'string' ? opts.token : undefined
  try {
    const server = await startNatsServer({ runDir: dir, logFile: join(dir, 'nats.log'), token, port: opts.port, path: process.env.PATH })
    return {
      url: server.url,
      token,
      port: server.port,
      pid: server.process.pid ?? 0,
      stop: async () => {
        await server.stop()
        await rm(dir, { recursive: true, force: true })
      }
    }
  } catch (err) {
    await rm(dir, { recursive: true, force: true })
    throw err
  }
}
