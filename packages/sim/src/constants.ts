/** Every link, bridge and namespace the harness makes starts with this (leftovers are found by it). */
export const NAME_PREFIX = 'sksim'

/** Where networks are claimed: one file `<index>.json` per live network, holding its owner process. */
export const DEFAULT_CLAIM_DIR = '/run/skarm-sim'

/** Network indexes 1..MAX_NETWORKS; network N uses 10.77.N.0/24. */
export const MAX_NETWORKS = 250

/** The first two octets of every address the harness assigns. */
export const ADDRESS_BASE = '10.77'

/**
 * The first two octets of data-bridge addresses in a network made with `publicAddresses`
 * (the NAT lab's "internet"): 11.77 is no private, shared or documentation range, so libp2p
 * treats these addresses as public (AutoNAT checks them, DCUtR punches towards them). They
 * exist only inside the network's namespaces; the root namespace gets no route to them.
 */
export const PUBLIC_ADDRESS_BASE = '11.77'

/** Hosts per network: data addresses 10.77.N.2–.126, management 10.77.N.130–.254. */
export const MAX_HOSTS = 125

/** How long `startDevice` waits for the `ready` line of `skarm up`. Default of `readyTimeoutMs`. */
export const DEFAULT_READY_TIMEOUT_MS = 120_000

/** How long a device gets to stop after SIGTERM before SIGKILL. Default of `stopTimeoutMs`. */
export const DEFAULT_STOP_TIMEOUT_MS = 30_000

/** How long a TCP ping waits for the answer. */
export const DEFAULT_PING_TIMEOUT_MS = 3000

/** The last bytes of a device's output kept for error messages. */
export const OUTPUT_TAIL = 64 * 1024
