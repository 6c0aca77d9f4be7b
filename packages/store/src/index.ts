/**
 * @packageDocumentation
 * The repository store of a device: owns `DATA/conversations` (one Git repository per
 * conversation) and the local per-conversation state; every local write goes through it,
 * checked by the validator's rules before the branch moves.
 *
 * ```ts
 * const store = new Store({ identity, dataDir, check, publish })
 * const { id } = await store.createConversation('INVITES_ONLY')
 * await store.sendMessage(id, { body: 'hej' })
 * ```
 */
export { Store, type StoreComponents, type StoreEvent, type MemberView, type SendInput } from './store.ts'
export { LocalState, type Preferences, type ConversationInfoFile } from './local-state.ts'
export { formatProfile, parseProfile, type Profile } from './vcard.ts'
export { DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT } from './constants.ts'
export { StoreSync, moveQuarantineObjects, type StoreSyncComponents, type HeadView, type Authorization, type ImportResult, type MergeTreeFn } from './sync.ts'
export { RequestBook, type RequestEntry } from './requests.ts'
export { AccountState, checkEntries, entryWins, ACCOUNT_KEY, MAX_ACCOUNT_ENTRIES, MAX_ACCOUNT_VALUE_BYTES, type AccountEntry, type AccountEntries } from './account-state.ts'
export { Contacts, contactKey, CONTACT_PREFIX, type ContactView, type ContactsComponents } from './contacts.ts'
export { AccountSync, preferencesOf, requestValueOf, type AccountHooks, type AccountSyncComponents, type AccountLogger, type DeviceValue, type EntryApplier, type RequestStatus, type RequestValue } from './account-sync.ts'
