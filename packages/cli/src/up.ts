import { access } from 'node:fs/promises'
import { join } from 'node:path'
import { toSkarmError } from '@skarm/errors'
import { busyListenPort, CONFIG_FILE, createLogger, ensurePorts, loadStackConfig, type StackConfig } from '@skarm/service-runtime'
import { startStack, type Stack } from '@skarm/supervisor'
import type { Io } from './io.ts'

/** How often `up`, started by npm, checks that npm is still there. */
const PARENT_POLL_MS = 500

/** Options of {@link runUp} beyond the flags. */
export interface UpOptions {
  /** Entry scripts per service (tests); default `apps/<service>/src/main.ts`. */
  entries?: Parameters<typeof startStack>[0]['entries']
  /** Skip the check that DATA holds an account (tests with placeholder services). */
  skipIdentityCheck?: boolean
}

/**
 * `skarm up` (and `skarmd`): runs the stack in the foreground until SIGTERM/SIGINT/SIGHUP (or the loss
 * of the IPC channel to a parent shim), prints `ready {run.json}` once every service answers.
 * Resolves with the exit code: 0 after a clean stop, 1 when the stack cannot start, 2 on bad
 * configuration.
 */
export async function runUp (argv: string[], io: Io, opts: UpOptions = {}): Promise<number> {
  let cfg: StackConfig
  try {
    cfg = loadStackConfig(argv, io.env)
  } catch (err) {
    io.stderr(`skarm up: ${err instanceof Error ? err.message : String(err)}\n`)
    return 2
  }
  if (opts.skipIdentityCheck !== true) {
    // the store needs DATA/identity (written by `skarm init`, see @skarm/identity): say so now
    // rather than let it crash in a loop; the file is checked without loading the identity code
    const has = await access(join(cfg.dataDir, 'identity', 'identity.json')).then(() => true, () => false)
    if (!has) {
      io.stderr(`skarm up: no account in ${cfg.dataDir}: run \`skarm init --data ${cfg.dataDir} --name NAME\` first\n`)
      return 1
    }
    // the device's own ports, chosen once (a data folder from before `skarm init` chose them
    // gets them now): a restarted device listens where its peers remember it
    try {
      const ensured = await ensurePorts(cfg.dataDir)
      if (ensured.added.length > 0) cfg = loadStackConfig(argv, io.env)
    } catch (err) {
      io.stderr(`skarm up: ${err instanceof Error ? err.message : String(err)}\n`)
      return 2
    }
  }
  // a fixed port another program holds: say so in one line rather than let the transport fail
  const busy = await busyListenPort(cfg.listen)
  if (busy !== undefined) {
    io.stderr(`skarm up: port ${busy.port} (listen ${busy.addr}) is in use by another program; stop it, or choose another port with --listen /ip4/0.0.0.0/tcp/PORT or "listen" in ${join(cfg.dataDir, CONFIG_FILE)}\n`)
    return 1
  }
  const logger = createLogger(cfg.logLevel, 'skarmd')
  const abort = new AbortController()
  let stack: Stack | undefined
  let wake!: () => void
  const stopRequested = new Promise<void>((resolve) => { wake = resolve })
  const onSignal = (reason: string): void => {
    if (abort.signal.aborted) return
    logger.info({ reason }, 'stop requested')
    abort.abort()
    wake()
  }
  const onTerm = (): void => onSignal('SIGTERM')
  const onInt = (): void => onSignal('SIGINT')
  // a closed terminal: stop cleanly rather than die and leave run.json behind
  const onHup = (): void => onSignal('SIGHUP')
  const onDisconnect = (): void => onSignal('parent gone')
  process.on('SIGTERM', onTerm)
  process.on('SIGINT', onInt)
  process.on('SIGHUP', onHup)
  if (process.channel !== undefined) process.on('disconnect', onDisconnect)
  // `npm exec` (npx) and `npm run` do not forward SIGTERM: they exit and leave the command to
  // init. Started by npm, a changed parent pid therefore means "stop".
  let watchParent: NodeJS.Timeout | undefined
  if (io.env.npm_command !== undefined || io.env.npm_lifecycle_event !== undefined) {
    const parent = process.ppid
    watchParent = setInterval(() => { if (process.ppid !== parent) onSignal('launcher gone') }, PARENT_POLL_MS)
    watchParent.unref()
  }
  try {
    try {
      stack = await startStack({
        dataDir: cfg.dataDir,
        api: cfg.api,
        listen: cfg.listen,
        bootstrap: cfg.bootstrap,
        announce: cfg.announce,
        natsUrl: cfg.natsUrl,
        natsToken: cfg.natsToken,
        mdns: cfg.mdns,
        relay: cfg.relay,
        quic: cfg.quic,
        logLevel: cfg.logLevel,
        fetchMaxCommits: cfg.fetchMaxCommits,
        fetchMaxMiB: cfg.fetchMaxMiB,
        logger,
        env: io.env,
        entries: opts.entries,
        signal: abort.signal
      })
    } catch (err) {
      if (abort.signal.aborted) return 0
      const e = toSkarmError(err)
      logger.error({ err, code: e.code }, 'stack did not start')
      io.stderr(`skarm up: ${e.message}\n`)
      return e.kind === 'invalid' ? 2 : 1
    }
    io.stdout(`ready ${JSON.stringify(stack.info)}\n`)
    await stopRequested
    await stack.stop()
    return 0
  } finally {
    process.off('SIGTERM', onTerm)
    process.off('SIGINT', onInt)
    process.off('SIGHUP', onHup)
    process.off('disconnect', onDisconnect)
    clearInterval(watchParent)
  }
}
