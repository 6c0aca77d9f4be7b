// The files process for real: a nats-server, the app spawned as the supervisor spawns it.
import { spawn, type ChildProcess } from 'node:child_process'
import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectBus, type Bus } from '@skarm/bus'
import { sha3 } from '@skarm/files'
import { FilesMethods, healthMethod } from '@skarm/proto'
import { startNats, tempDir, waitFor, type TestNats } from '@skarm/test-utils'

const MAIN = join(import.meta.dirname, '..', 'src', 'main.ts')
const CONV = 'c'.repeat(40)
const COMMIT = 'a'.repeat(40)

let dir: string
let nats: TestNats
let bus: Bus
let child: ChildProcess
let exit: Promise<number | null>
beforeAll(async () => {
  dir = await tempDir('skarm-files-app-')
  nats = await startNats()
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('SKARM_')))
  child = spawn(process.execPath, [MAIN, '--data', dir, '--nats', nats.url, '--log-level', 'warn'], { env, stdio: ['ignore', 'inherit', 'inherit'] })
  exit = new Promise((resolve) => child.once('exit', (code) => { resolve(code) }))
  bus = await connectBus({ servers: nats.url, name: 'test' })
  await waitFor(async () => (await bus.request(healthMethod('files'), {}, { timeoutMs: 1000 })).status === 'up', { timeoutMs: 30_000 })
})
afterAll(async () => {
  child?.kill('SIGTERM')
  expect(await exit).toBe(0)
  await bus?.close()
  await nats?.stop()
  await rm(dir, { recursive: true, force: true })
})

describe('files process', () => {
  it('stores a file under conversation_data and serves it back with its SHA3-512', async () => {
    const data = new TextEncoder().encode('a picture, honestly')
    const put = await bus.request(FilesMethods.putFile, { conversationId: CONV, commitId: COMMIT, tid: '7', extension: 'png', data })
    expect(put.path).toBe(join(dir, 'conversation_data', CONV, `${COMMIT}_7.png`))
    expect(put.sha3sum).toBe(sha3(data))
    expect(Buffer.from(await readFile(put.path))).toEqual(Buffer.from(data))
    const got = await bus.request(FilesMethods.getFile, { conversationId: CONV, fileId: `${COMMIT}_7` })
    expect(got.present).toBe(true)
    expect(Buffer.from(got.data)).toEqual(Buffer.from(data))
    expect(got.sha3sum).toBe(put.sha3sum)
  })

  it('answers present=false for a file it does not have', async () => {
    const got = await bus.request(FilesMethods.getFile, { conversationId: CONV, fileId: `${COMMIT}_8` })
    expect(got.present).toBe(false)
  })

  it('refuses ids that could escape its folder, as invalid-input errors across the bus', async () => {
    await expect(bus.request(FilesMethods.putFile, { conversationId: '../' + 'c'.repeat(37), commitId: COMMIT, tid: '1', extension: 'txt', data: new Uint8Array([1]) })).rejects.toMatchObject({ code: 'FILE_BAD_CONVERSATION_ID', kind: 'invalid' })
    await expect(bus.request(FilesMethods.putFile, { conversationId: CONV, commitId: COMMIT, tid: '1', extension: '../../x', data: new Uint8Array([1]) })).rejects.toMatchObject({ code: 'FILE_BAD_EXTENSION' })
    await expect(bus.request(FilesMethods.getFile, { conversationId: CONV, fileId: '../../identity/device.key' })).rejects.toMatchObject({ code: 'FILE_BAD_ID', kind: 'invalid' })
  })
})
