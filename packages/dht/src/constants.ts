/** Our Kademlia protocol id: a DHT of Skarm devices, apart from the public IPFS DHT. */
export const DHT_PROTOCOL = '/skarm/kad/1.0.0'

/** The namespace of every Skarm DHT key (`/skarm/<type>/…`); kad-dht picks validators by it. */
export const KEY_NAMESPACE = 'skarm'

/** HKDF `info` that derives the DHT node key from the device seed. */
export const DHT_KEY_INFO = 'skarm-dht'

/** Domain separation of the bytes a device-address record signs. */
export const DEVICE_RECORD_DOMAIN = 'skarm-dev-record-v1'

/** Largest record accepted, in bytes. */
export const MAX_RECORD_BYTES = 8 * 1024

/** Most addresses in one device record. */
export const MAX_RECORD_ADDRESSES = 32

/** Longest address string in a device record. */
export const MAX_ADDRESS_LENGTH = 512
