/**
 * @packageDocumentation
 * The supervisor of one device (`skarm up`, `skarmd`): a private nats-server, the six
 * service processes, readiness, restarts with backoff, `DATA/run.json`, a clean stop.
 * It loads neither libp2p, fastify nor isomorphic-git: only the bus.
 *
 * ```ts
 * const stack = await startStack({ dataDir, api: '127.0.0.1:0', listen: ['/ip4/0.0.0.0/tcp/0'], bootstrap: [], mdns: true, logLevel: 'info', env: process.env })
 * console.log(`ready ${JSON.stringify(stack.info)}`)
 * await stack.stop()
 * ```
 */
export { startStack, type Stack, type StackOptions } from './stack.ts'
export { startNatsServer, randomToken, natsConfig, findExecutable, type NatsServer, type NatsServerOptions } from './nats-server.ts'
export { nextRestartDelay, type BackoffOptions } from './backoff.ts'
export { pinApi, pinListen } from './pins.ts'
export { readRunInfo, writeFileAtomic, processExists, type RunInfo } from './run-file.ts'
export { ManagedChild, type ChildSpec, type ChildExit, type ChildEvents } from './child.ts'
export { STACK_SERVICES, READY_TIMEOUT_MS, STOP_TIMEOUT_MS, BACKOFF_INITIAL_MS, BACKOFF_MAX_MS, BACKOFF_RESET_AFTER_MS } from './constants.ts'
