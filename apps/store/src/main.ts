// The repository store process: owns DATA/conversations; every local write is checked by the
// validator's rules in-process (a round trip per send would double the latency of every
// message; the validator process checks what arrives from peers).
import { loadIdentity } from '@skarm/identity'
import { runService } from '@skarm/service-runtime'
import { AccountState, AccountSync, Store, StoreSync } from '@skarm/store'
import { mergeTree, revokedDevices, validateCommit, ValidationContext } from '@skarm/validator'
import { publishAccountStateChanged, publishEvent, serveAccount, serveStore, serveSync } from './serve.ts'

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
  // what the account's other devices share with this one (preferences, removals, requests, …)
  const account = new AccountSync({ store, sync, identity, dataDir: config.dataDir, state: accountState, logger, changed: (keys) => { publishAccountStateChanged(bus, keys) } })
  await account.start()
  serveStore(bus, store, sync, account)
  serveSync(bus, store, sync)
  serveAccount(bus, account)
  logger.info({ uri: identity.uri, deviceId: identity.deviceId }, 'store ready')
  return { stop: async () => {}, details: () => ({ uri: identity.uri, deviceId: identity.deviceId }) }
})
