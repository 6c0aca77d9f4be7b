/**
 * @packageDocumentation
 * The device's libp2p transport (SPEC.md §7): TCP (and QUIC), Noise (forward secrecy), Yamux,
 * identify, ping, AutoNAT, circuit relay v2 (client, and server with `relay`), DCUtR (TCP hole punching from the listening port), mDNS discovery, bootstrap peers kept connected, and the
 * `/skarm/hello/1.0.0` protocol. The peer id is the device key, so a connection
 * authenticates a device.
 *
 * ```ts
 * const device = await loadDeviceKey(dataDir)
 * const node = await createTransportNode({
 *   privateKey: await libp2pKeyFromSeed(device.seed),
 *   listen: ['/ip4/0.0.0.0/tcp/0'], bootstrap: [], mdns: true, logger
 * })
 * node.addresses() // ['/ip4/192.168.1.5/tcp/40123/p2p/12D3Koo…']
 * await node.hello(peerMultiaddr) // the peer's device id, proven by the connection
 * ```
 */
export { createTransportNode, createLibp2pNode, relayServerInit, dialBackApart, type KnownPeer, type TransportNode, type TransportNodeInit, type Libp2pNodeInit, type BaseServices, type PeerSummary } from './node.ts'
export { startBootstrapDialer, type BootstrapDialer, type BootstrapDialerInit } from './bootstrap.ts'
export { handleHello, sayHello, checkHello, helloMessage, type HelloMessage, type HelloInit } from './hello.ts'
export { verifyPeerChain, loadDeviceCertificates, type DeviceCertificates, type PeerIdentity } from './certs.ts'
export { dialableAddresses, type Interfaces } from './addresses.ts'
export { libp2pKeyFromSeed, deviceIdOfPeer, deviceIdFromRawKey, rawEd25519PublicKey, loadDeviceKey, type DeviceKey } from './keys.ts'
export { DHT_ADDR_PROTOCOL, handleDhtAddr, askDhtAddr, parseDhtAddr, type DhtAddrInit } from './dht-addr.ts'
export { HELLO_PROTOCOL, MDNS_SERVICE_TAG, BOOTSTRAP_MIN_DELAY_MS, BOOTSTRAP_MAX_DELAY_MS } from './constants.ts'
export { SyncEngine, SYNC_ERROR, announceTargets, parseAnnounce, parseInvite, pickFetch, type SyncBackend, type ImportOutcome, type SyncEngineInit, type InviteBody, type HeadEntry, type BackendHead } from './sync/engine.ts'
export { Backoff, type BackoffInit } from './sync/backoff.ts'
export { StreamReader, encodeFrame, parseJson, readMessage, sendMessage } from './sync/framing.ts'
export { handleGit, tunnelHttp, type GitRequestHeader, type GitResponseHeader, type GitAuthorizer } from './sync/git-tunnel.ts'
export { createQuarantine, haveSample, type Quarantine } from './sync/quarantine.ts'
export * as SYNC from './sync/constants.ts'
export { routingTable, desiredDevices, tableCapacity, commonPrefixBits, xorDistance, isDeviceId, ROUTING_K, DEVICE_ID_BITS, type RoutingTable, type Bucket, type TableOptions } from './routing.ts'
export { AccessGuard, ACCESS_RECHECK_MS, ACCESS_CHANGE_DELAY_MS, ACCESS_MAX_REMEMBERED, type AccessGuardInit, type AccessNode, type AccessBackend, type AccessSync, type AccessPeer, type Revocation } from './access.ts'
export { ConnectionManager, planConnections, shouldDialDiscovered, connectionInfo, ROUTING_GRACE_MS, ROUTING_SETTLE_MS, ROUTING_INTERVAL_MS, ROUTING_COOLDOWN_MS, type ConnectionInfo, type ConnectionPlan, type PlanInput, type DiscoveryInput, type ConnectionManagerInit } from './connections.ts'
export { AccountProtocol, chunkEntries, devicesOfEntries, parseAccountMessage, ACCOUNT_PROTOCOL, ACCOUNT_MESSAGE_TYPE, ACCOUNT_MAX_BYTES, ACCOUNT_CHANGE_DELAY_MS, ACCOUNT_RESEND_MS, type AccountBackend, type AccountEntriesJson, type AccountProtocolInit } from './account.ts'
export { ON_LIMITED, openStream, RELAY_LIMITS, RELAY_MAX_RESERVATIONS, RELAY_DATA_LIMIT_BYTES, RELAY_DURATION_LIMIT_MS, RELAY_RESERVATION_TTL_MS, isCircuit, isRelayed, isPrivateIp, relaysOf, reachabilityOf, transportListen, type NetworkStatus, type Reachability, type RelayLimits, type AddressInfo } from './nat.ts'
export { reusePortTcp, reusePortHandle, asResponder, punchComponents, tcpEndpoint, ObservedTcp, PunchResponders, PUNCH_MAX_OBSERVED, type ReusePortInit } from './punch.ts'
export { PeerMemory, rememberPeers, parsePeerMemory, prunePeers, notePeer, formatPeerMemory, stripPeer, writeAtomic, PEER_MEMORY_FILE, PEER_MEMORY_LIMITS, PEER_MEMORY_MAX_PEERS, PEER_MEMORY_MAX_AGE_MS, PEER_MEMORY_MAX_ADDRESSES, PEER_MEMORY_SAVE_DELAY_MS, type RememberedPeer, type PeerMemoryLimits, type PeerSighting, type PeerMemoryInit, type RememberPeersInit } from './peer-memory.ts'
