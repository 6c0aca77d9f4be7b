// The validator process for real: a nats-server, the app spawned as the supervisor spawns it,
// requests over the bus from another connection.
import { spawn, type ChildProcess } from 'node:child_process'
import { rm } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectBus, type Bus } from '@skarm/bus'
import { Conversation, writeSignedCommit } from '@skarm/conversation'
import { createIdentity, type Identity } from '@skarm/identity'
import { ValidatorMethods, healthMethod } from '@skarm/proto'
import { startNats, tempDir, waitFor, type TestNats } from '@skarm/test-utils'

const MAIN = resolve(import.meta.dirname, '../../apps/validator/src/main.ts')

let dataDir: string
let nats: TestNats
let bus: Bus
let child: ChildProcess
let exit: Promise<number | null>
let alice: Identity
let mallory: Identity
let conv: Conversation

beforeAll(async () => {
  dataDir = await tempDir('skarm-validator-app-')
  ;[alice, mallory] = await Promise.all([createIdentity('alice'), createIdentity('mallory')])
  conv = await Conversation.create(join(dataDir, 'conversations'), alice, { mode: 'INVITES_ONLY' })
  await conv.sendMessage(alice, { type: 'text/plain', body: 'hi' })
  nats = await startNats()
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('SKARM_')))
  child = spawn(process.execPath, [MAIN, '--data', dataDir, '--nats', nats.url, '--log-level', 'warn'], { env, stdio: ['ignore', 'inherit', 'inherit'] })
  exit = new Promise((resolve) => child.once('exit', (code) => { resolve(code) }))
  bus = await connectBus({ servers: nats.url, name: 'test' })
  await waitFor(async () => (await bus.request(healthMethod('validator'), {}, { timeoutMs: 1000 })).status === 'up', { timeoutMs: 30_000 })
})

afterAll(async () => {
  if (child !== undefined && child.exitCode === null) child.kill('SIGTERM')
  const code = await exit
  await bus?.close()
  await nats?.stop()
  await rm(dataDir, { recursive: true, force: true })
  expect(code).toBe(0)
})

describe('validator process', () => {
  it('answers validate_range: ok with the count, or ok=false naming commit and rule', async () => {
    const head = await conv.head()
    const ok = await bus.request(ValidatorMethods.validateRange, { repoPath: conv.dir, bases: [], tips: [head] })
    expect(ok).toMatchObject({ ok: true, checked: 2, rule: '', invalidCommit: '' })
    const forged = await writeSignedCommit(conv.repo, { uri: alice.uri, deviceId: alice.deviceId, device: mallory.device }, {
      tree: (await conv.repo.readCommit(head)).tree, parents: [head], message: '{"type":"text/plain","body":"forged"}\n'
    })
    const bad = await bus.request(ValidatorMethods.validateRange, { repoPath: conv.dir, bases: [head], tips: [forged] })
    expect(bad).toMatchObject({ ok: false, checked: 0, invalidCommit: forged, rule: 'COMMIT_BAD_SIGNATURE' })
    expect(bad.message).not.toBe('')
  })

  it('refuses a repository outside conversations/ and quarantine/ as a bus error', async () => {
    await expect(bus.request(ValidatorMethods.validateRange, { repoPath: '/etc', bases: [], tips: [] })).rejects.toMatchObject({ code: 'REPO_PATH_INVALID' })
    await expect(bus.request(ValidatorMethods.validateRange, { repoPath: join(dataDir, 'identity'), bases: [], tips: [] })).rejects.toMatchObject({ code: 'REPO_PATH_INVALID' })
    await expect(bus.request(ValidatorMethods.validateRange, { repoPath: conv.dir, bases: ['HEAD'], tips: [] })).rejects.toMatchObject({ code: 'RANGE_INVALID' })
  })
})
