/**
 * @packageDocumentation
 * Helpers for tests: a real nats-server per test, polling, temp folders, free ports.
 *
 * ```ts
 * const nats = await startNats({ token: true })
 * const dir = await tempDir('skarm-store-')
 * await waitFor(async () => (await bus.request(healthMethod('store'), {})).status === 'up')
 * await nats.stop()
 * ```
 */
export { startNats, type StartNatsOptions, type TestNats } from './nats.ts'
export { waitFor, type WaitForOptions } from './wait.ts'
export { tempDir } from './temp.ts'
export { freePort } from './ports.ts'
export { listProcesses, processInfo, processesOf, isRunning, type ProcessInfo } from './processes.ts'
