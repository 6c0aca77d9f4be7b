/**
 * @packageDocumentation
 * The device's Kademlia DHT (SPEC.md §7) in its own libp2p node, and the records it holds:
 * a signed device-address record at `/skarm/dev/<deviceId>` (signed by the device key,
 * highest `seq` wins). Invites and notifications for offline devices come later.
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
export { deriveDhtSeed } from './keys.ts'
export { withPortZero } from './listen.ts'
export { DHT_PROTOCOL, KEY_NAMESPACE, DHT_KEY_INFO } from './constants.ts'
