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

/** Domain separation of the bytes an account record signs. */
export const ACCOUNT_RECORD_DOMAIN = 'skarm-acc-record-v1'

/** Most devices one account record lists (the most recently seen are kept). */
export const MAX_ACCOUNT_DEVICES = 64

/** A device that has not republished the account record for this long is dropped from it, in ms. */
export const ACCOUNT_DEVICE_TTL_MS = 30 * 24 * 3600_000

/** Domain separation of the bytes an inbox entry signs. */
export const INBOX_ENTRY_DOMAIN = 'skarm-inbox-entry-v1'

/** Largest inbox record, in bytes (oldest entries are dropped to fit). */
export const MAX_INBOX_BYTES = 64 * 1024

/** Most entries in one inbox record. */
export const MAX_INBOX_ENTRIES = 64

/** Largest payload of one inbox entry, in UTF-8 bytes. */
export const MAX_ENTRY_PAYLOAD_BYTES = 4096

/** Lifetime of an inbox entry (and the longest accepted), in ms. */
export const INBOX_ENTRY_TTL_MS = 7 * 24 * 3600_000

/** How far in the future an entry's time may be (clock skew between devices), in ms. */
export const MAX_CLOCK_SKEW_MS = 10 * 60_000
