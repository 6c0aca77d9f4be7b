/**
 * @packageDocumentation
 * The device's Kademlia DHT (SPEC.md §7) in its own libp2p node, and the records it holds:
 * a signed device-address record at `/skarm/dev/<deviceId>` (signed by the device key,
 * highest `seq` wins), an account record `/skarm/acc/<uri>` (the account's devices, signed by
 * the account key) and inboxes `/skarm/inbox/<deviceId>` of signed offline entries; and the
 * service that publishes, finds, delivers and polls (see README).
 *
 * ```ts
 * const seed = rawPrivateKey(identity.device.privateKey)
 * const dht = await createDhtNode({ privateKey: await libp2pKeyFromSeed(deriveDhtSeed(seed)), listen, logger })
 * await dht.putDeviceRecord(createDeviceRecord(identity.device, { addresses, seq: Date.now() }))
 * await dht.getDeviceRecord(otherDeviceId) // DeviceRecord | undefined, signature checked
 * ```
 */
export { createDhtNode, type DhtNode, type DhtNodeInit, type DhtServices } from './node.ts'
export {
  createDeviceRecord, decodeDeviceRecord, encodeDeviceRecord, deviceRecordKey, deviceRecordPayload,
  validateSkarmRecord, selectSkarmRecord, type DeviceRecord, type UnsignedDeviceRecord
} from './record.ts'
export {
  createAccountRecord, decodeAccountRecord, encodeAccountRecord, accountRecordKey, accountRecordPayload,
  mergeAccountDevices, type AccountRecord, type AccountDevice
} from './account.ts'
export {
  createInboxEntry, verifyInboxEntry, inboxEntryId, inboxEntryPayload, inboxKey, encodeInbox, decodeInbox,
  mergeInbox, inboxRank, isLive, type InboxEntry, type InboxRecord
} from './inbox.ts'
export { TransportResolver, type ResolverInit } from './discovery.ts'
export { deriveDhtSeed, loadAccountKey, type AccountKey } from './keys.ts'
export {
  startDhtService, PUBLISH_INTERVAL_MS, POLL_INTERVAL_MS, REPUBLISH_INTERVAL_MS,
  type DhtService, type DhtServiceInit, type ReceivedEntry, type PushNotice
} from './service.ts'
export { withPortZero, dhtListen, dhtAnnounce, peerScanDelay, PEER_SCAN_MS, PEER_SCAN_ALONE_MS } from './listen.ts'
export { readRevokedDevices, revokedDevicesOf } from './revoked.ts'
export { DHT_PROTOCOL, KEY_NAMESPACE, DHT_KEY_INFO, INBOX_ENTRY_TTL_MS, MAX_INBOX_ENTRIES, MAX_INBOX_BYTES, MAX_ENTRY_PAYLOAD_BYTES, MAX_ACCOUNT_DEVICES, ACCOUNT_DEVICE_TTL_MS } from './constants.ts'
