// The repository store process: owns DATA/conversations; every local write is checked by the
// validator's rules in-process (a round trip per send would double the latency of every
// message; the validator process checks what arrives from peers).
import { loadIdentity } from '@skarm/identity'
import { runService } from '@skarm/service-runtime'
import { AccountState, AccountSync, Contacts, Store, StoreSync } from '@skarm/store'
import { mergeTree, revokedDevices, validateCommit, ValidationContext } from '@skarm/validator'
import { publishAccountStateChanged, publishEvent, serveAccount, serveContacts, serveStore, serveSync } from './serve.ts'

await runService('store', async ({ config, logger, bus }) => {
  const identity = await loadIdentity(config.dataDir)
  const ctx = new ValidationContext()
  const check = async (repo: Parameters<typeof validateCommit>[0], oid: string): Promise<void> => { await validateCommit(repo, await repo.readCommit(oid), ctx) }
  const store = new Store({
    identity,
    dataDir: config.dataDir,
    check,
    publish: (event) => { publishEvent(bus, event) }
  })
  // sync: heads, authorization (devices revoked by their account's CRLs are refused like banned
  // ones), imports of validated fetches (merge trees and void commits from the validator)
  const sync = new StoreSync({
    store,
    signer: identity,
    dataDir: config.dataDir,
    check,
    mergeTree: async (repo, parents) => await mergeTree(repo, parents, ctx),
    revoked: async (repo, head) => await revokedDevices(repo, head, ctx)
  })
  const swept = await store.sweep()
  if (swept > 0) logger.warn({ swept }, 'removed interrupted conversation creations')
  // the state the account's devices share: one instance for the process (it caches the file)
  const accountState = new AccountState(config.dataDir, identity.deviceId)
  // contacts: ONE_TO_ONE conversations, requests from contacts accepted at once (hooks on sync)
  const contacts = new Contacts({
    store,
    sync,
    state: accountState,
    changed: (keys) => { publishAccountStateChanged(bus, keys) },
    warn: (context, message) => { logger.warn(context, message) }
  })
  // what the account's other devices share with this one (preferences, removals, requests, contacts, …)
  const account = new AccountSync({ store, sync, identity, dataDir: config.dataDir, state: accountState, logger, changed: (keys) => { publishAccountStateChanged(bus, keys) } })
  // a contact added on another device: its ONE_TO_ONE requests here are accepted at once too
  account.register('contact/', async () => { await contacts.acceptFromContacts() })
  await account.start()
  serveStore(bus, store, sync, account)
  serveSync(bus, store, sync)
  serveContacts(bus, contacts)
  serveAccount(bus, account)
  logger.info({ uri: identity.uri, deviceId: identity.deviceId }, 'store ready')
  return { stop: async () => {}, details: () => ({ uri: identity.uri, deviceId: identity.deviceId }) }
})
