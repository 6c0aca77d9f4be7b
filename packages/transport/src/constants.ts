/** The stream protocol that proves a connection authenticates a device (see `hello.ts`). */
export const HELLO_PROTOCOL = '/skarm/hello/1.0.0'

/** mDNS service tag: Skarm devices find each other, not every libp2p app on the LAN. */
export const MDNS_SERVICE_TAG = '_skarm._udp.local'

/** First redial delay of a bootstrap peer, in ms (doubles per failure). */
export const BOOTSTRAP_MIN_DELAY_MS = 1_000

/** Longest delay between two redials of a bootstrap peer, in ms. */
export const BOOTSTRAP_MAX_DELAY_MS = 60_000

/** Largest hello message accepted from a peer, in bytes. */
export const HELLO_MAX_BYTES = 16_384

/** How long a hello exchange may take, in ms. */
export const HELLO_TIMEOUT_MS = 10_000
