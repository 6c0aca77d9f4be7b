/**
 * @packageDocumentation
 * The files of conversations (SPEC.md §8): `DATA/conversation_data/<conversationId>/`
 * holds `<commitId>_<tid>.<ext>` files, written atomically, checked by SHA3-512 (a mismatch
 * is deleted), and `waiting`, the persistent list of pending downloads. Fetching from other
 * devices comes later.
 *
 * ```ts
 * const files = createFileStore({ dataDir })
 * const { fileId, sha3sum } = await files.put(convId, commitId, '1', 'png', bytes)
 * await files.get(convId, fileId) // bytes, or null when not on this device
 * await files.verify(convId, fileId, sha3sum) // false and deleted on mismatch
 * ```
 */
export { createFileStore, sha3, writeAtomic, type FileStore, type FileStoreInit, type PutResult, type WaitingEntry } from './store.ts'
export { CONVERSATION_DATA_DIR, WAITING_FILE, FILE_ID_RE, TID_RE, EXT_RE, SHA3_RE } from './constants.ts'
