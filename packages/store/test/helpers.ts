// Devices of the store tests: a Store and its StoreSync on a folder of their own, checked by the
// validator, and what the transport does between two of them with native git (fetch into a
// quarantine, then install or import).
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { createIdentity, type Identity } from '@skarm/identity'
import { mergeTree, revokedDevices, validateCommit, ValidationContext } from '@skarm/validator'
import type { GitRepo } from '@skarm/conversation'
import { AccountState, AccountSync, Contacts, Store, StoreSync, type StoreEvent } from '../src/index.ts'

export const run = promisify(execFile)

/** New accounts named `names`, each with its first device, made together. */
export async function identities<const N extends readonly string[]> (...names: N): Promise<{ -readonly [K in keyof N]: Identity }> {
  return await Promise.all(names.map(async (name) => await createIdentity(name))) as { -readonly [K in keyof N]: Identity }
}

/** One device: its store, its sync, what it published and the account keys it changed. */
export interface Dev {
  identity: Identity
  store: Store
  sync: StoreSync
  events: StoreEvent[]
  /** The keys of each `changed` call (of Contacts or AccountSync, where the device has them). */
  changed: string[][]
  dataDir: string
}

export interface DeviceOptions {
  /** An existing folder (a restart); default a fresh temporary one. */
  dataDir?: string
  /** Refuse devices revoked at the head (StoreSync's `revoked`, from the validator). */
  revoked?: boolean
}

/** A device of `identity`: commits checked by the validator, merges by its merge tree. */
export async function device (identity: Identity, options: DeviceOptions = {}): Promise<Dev> {
  const dataDir = options.dataDir ?? await mkdtemp(join(tmpdir(), 'store-test-'))
  const events: StoreEvent[] = []
  const changed: string[][] = []
  const ctx = new ValidationContext()
  const check = async (repo: GitRepo, oid: string): Promise<void> => { await validateCommit(repo, await repo.readCommit(oid), ctx) }
  const store = new Store({ identity, dataDir, check, publish: (e) => events.push(e) })
  const sync = new StoreSync({
    store,
    signer: identity,
    dataDir,
    check,
    mergeTree: async (repo, parents) => await mergeTree(repo, parents, ctx),
    revoked: options.revoked === true ? async (repo, head) => await revokedDevices(repo, head, ctx) : undefined
  })
  return { identity, store, sync, events, changed, dataDir }
}

export interface ContactsDev extends Dev { state: AccountState, contacts: Contacts }

/** A device with its account state and contacts. */
export async function contactsDevice (identity: Identity, options: DeviceOptions = {}): Promise<ContactsDev> {
  const d = await device(identity, options)
  const state = new AccountState(d.dataDir, identity.deviceId)
  const contacts = new Contacts({ store: d.store, sync: d.sync, state, changed: (keys) => d.changed.push(keys) })
  return { ...d, state, contacts }
}

export interface AccountDev extends Dev { account: AccountSync }

/** A device with its account sync, started. */
export async function accountDevice (identity: Identity, options: DeviceOptions = {}): Promise<AccountDev> {
  const d = await device(identity, options)
  const account = new AccountSync({ store: d.store, sync: d.sync, identity, dataDir: d.dataDir, changed: (keys) => d.changed.push(keys) })
  await account.start()
  return { ...d, account }
}

/** What the transport does, with native git: fetch `from`'s branch into a fresh quarantine of `to`. */
export async function quarantineFrom (from: Dev, to: Dev, id: string): Promise<{ path: string, tip: string }> {
  const q = join(to.dataDir, 'quarantine', `${id}-${Math.random().toString(16).slice(2)}`)
  await mkdir(join(to.dataDir, 'quarantine'), { recursive: true })
  await run('git', ['init', '-q', '--bare', q])
  await run('git', ['--git-dir', q, 'fetch', '-q', join(from.dataDir, 'conversations', id), 'main:refs/remotes/peer/main'])
  const tip = (await run('git', ['--git-dir', q, 'rev-parse', 'refs/remotes/peer/main'])).stdout.trim()
  return { path: q, tip }
}

/** The clone of `from`'s copy, installed on `to` (its request accepted already). */
export async function install (from: Dev, to: Dev, id: string): Promise<Awaited<ReturnType<StoreSync['install']>>> {
  const q = await quarantineFrom(from, to, id)
  return await to.sync.install(id, q.path, q.tip)
}

/** `to` clones `from`'s copy of the conversation: the request from `inviter` accepted, then installed. */
export async function cloneTo (from: Dev, to: Dev, id: string, inviter: string): Promise<void> {
  await to.sync.addRequest({ conversationId: id, from: inviter })
  await to.sync.acceptRequest(id)
  await install(from, to, id)
}

/** `from`'s commits of `id` fetched and imported by `to`. */
export async function pull (from: Dev, to: Dev, id: string): Promise<Awaited<ReturnType<StoreSync['import']>>> {
  const q = await quarantineFrom(from, to, id)
  return await to.sync.import(id, q.path, q.tip)
}

/** `member` joins `admin`'s conversation: invited, accepted, cloned, and the join back at `admin`. */
export async function joinMember (admin: Dev, member: Dev, id: string): Promise<void> {
  await admin.store.addMember(id, member.identity.uri)
  await cloneTo(admin, member, id, admin.identity.uri)
  await pull(member, admin, id)
}

/** `admin`'s conversation with `member` in it, synced both ways. */
export async function joined (admin: Identity, member: Identity, options: DeviceOptions = {}): Promise<{ a: Dev, b: Dev, id: string }> {
  const a = await device(admin, options)
  const b = await device(member, options)
  const { id } = await a.store.createConversation('INVITES_ONLY')
  await joinMember(a, b, id)
  return { a, b, id }
}
