import { format } from 'node:util'
import type { Logger } from 'pino'

/** pino's level numbers, which the JSON lines carry. */
export const LOG_LEVELS = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60 } as const

type LevelName = keyof typeof LOG_LEVELS
type Serializers = Record<string, (value: any) => unknown>

/** Options of {@link createJsonLogger}. */
export interface JsonLoggerOptions {
  /** Lowest level written: one of {@link LOG_LEVELS} or 'silent'. */
  level: string
  /** Fields of every line, after `level` and `time` (e.g. `{ pid }`). */
  base?: Record<string, unknown>
  /** Where a line (with its newline) goes; default: stderr, synchronously (nothing lost on exit). */
  write?: (line: string) => void
}

/** An Error as pino's standard serializer writes it: type, message, stack, own fields, cause. */
export function serializeError (err: Error, seen = new Set<unknown>()): Record<string, unknown> {
  seen.add(err)
  const out: Record<string, unknown> = { type: err.constructor?.name ?? 'Error', message: err.message, stack: err.stack }
  for (const [k, v] of Object.entries(err)) {
    if (k !== 'message' && k !== 'stack' && !seen.has(v)) out[k] = v instanceof Error ? serializeError(v, seen) : v
  }
  if (err.cause !== undefined && !seen.has(err.cause)) out.cause = err.cause instanceof Error ? serializeError(err.cause, seen) : err.cause
  return out
}

function stringify (record: Record<string, unknown>): string {
  const seen = new WeakSet<object>()
  const replacer = (_key: string, v: unknown): unknown => {
    if (typeof v === 'bigint') return v.toString()
    if (v instanceof Error) return serializeError(v)
    if (typeof v === 'object' && v !== null) {
      if (seen.has(v)) return '[Circular]'
      seen.add(v)
    }
    return v
  }
  try {
    return JSON.stringify(record, replacer)
  } catch (err) {
    // a getter that throws, a toJSON that fails…: the line still goes out
    return JSON.stringify({ level: record.level, time: record.time, msg: record.msg, logError: String(err) })
  }
}

let stderrGuarded = false

/** Synchronous for files and pipes on Linux; a reader that went away (EPIPE) loses lines, never crashes the process. */
function writeStderr (line: string): void {
  if (!stderrGuarded) {
    stderrGuarded = true
    process.stderr.on('error', () => {})
  }
  try {
    process.stderr.write(line)
  } catch {}
}

/**
 * A small JSON-lines logger with pino's call shape and output (`{"level":30,"time":"…",…,"msg":"…"}`):
 * `info(obj, msg)`, `info(msg, ...args)`, `error(err)`, `child(bindings, { level, serializers })`.
 * pino itself costs a few MB of RSS per process (it and its dependencies), in every Skarm process.
 * Typed as pino's `Logger` for the packages that take one; it implements what they and fastify
 * use: the six level methods, `child`, `level`, `levels`, `isLevelEnabled`, `bindings`, `flush`.
 */
export function createJsonLogger (opts: JsonLoggerOptions): Logger {
  return makeLogger(opts.level, { ...opts.base }, {}, opts.write ?? writeStderr) as unknown as Logger
}

function makeLogger (level: string, bindings: Record<string, unknown>, serializers: Serializers, write: (line: string) => void): object {
  let threshold = level === 'silent' ? Infinity : LOG_LEVELS[level as LevelName] ?? LOG_LEVELS.info
  let levelName = level
  const emit = (num: number, args: unknown[]): void => {
    if (num < threshold) return
    let [first, ...rest] = args
    let fields: Record<string, unknown> = {}
    if (first instanceof Error) {
      fields = { err: first }
      if (typeof rest[0] !== 'string') rest = [first.message]
    } else if (typeof first === 'object' && first !== null) {
      fields = first as Record<string, unknown>
    } else {
      rest = args
    }
    const record: Record<string, unknown> = { level: num, time: new Date().toISOString(), ...bindings }
    for (const [k, v] of Object.entries(fields)) {
      const s = serializers[k]
      record[k] = s !== undefined ? s(v) : k === 'err' && v instanceof Error ? serializeError(v) : v
    }
    if (rest.length > 0 && rest[0] !== undefined) record.msg = typeof rest[0] === 'string' ? format(...(rest as [string, ...unknown[]])) : String(rest[0])
    write(stringify(record) + '\n')
  }
  const logger = {
    get level (): string { return levelName },
    set level (l: string) {
      levelName = l
      threshold = l === 'silent' ? Infinity : LOG_LEVELS[l as LevelName] ?? LOG_LEVELS.info
    },
    levels: { values: { ...LOG_LEVELS }, labels: Object.fromEntries(Object.entries(LOG_LEVELS).map(([k, v]) => [v, k])) },
    isLevelEnabled: (l: string): boolean => (LOG_LEVELS[l as LevelName] ?? Infinity) >= threshold,
    bindings: (): Record<string, unknown> => ({ ...bindings }),
    flush: (cb?: (err?: Error) => void): void => { cb?.() },
    child: (more: Record<string, unknown> = {}, options: { level?: string, serializers?: Serializers } = {}): object =>
      makeLogger(options.level ?? levelName, { ...bindings, ...more }, { ...serializers, ...options.serializers }, write),
    trace: (...args: unknown[]) => { emit(LOG_LEVELS.trace, args) },
    debug: (...args: unknown[]) => { emit(LOG_LEVELS.debug, args) },
    info: (...args: unknown[]) => { emit(LOG_LEVELS.info, args) },
    warn: (...args: unknown[]) => { emit(LOG_LEVELS.warn, args) },
    error: (...args: unknown[]) => { emit(LOG_LEVELS.error, args) },
    fatal: (...args: unknown[]) => { emit(LOG_LEVELS.fatal, args) },
    silent: () => {}
  }
  return logger
}
