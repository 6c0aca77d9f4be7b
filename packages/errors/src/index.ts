/**
 * @packageDocumentation
 * The error classes shared by every Skarm package and process.
 *
 * ```ts
 * throw new NotFoundError('CONVERSATION_NOT_FOUND', 'no such conversation', { id })
 * ```
 */

/** What kind of failure an error is: decides the HTTP status at the gateway. */
export type ErrorKind = 'invalid' | 'not_found' | 'forbidden' | 'unavailable' | 'conflict' | 'internal'

/** The one error base of Skarm: a stable UPPER_SNAKE `code`, JSON-safe `data`, and `cause`. */
export class SkarmError extends Error {
  readonly code: string
  readonly kind: ErrorKind
  readonly data: Record<string, unknown>
  constructor (code: string, message: string, data: Record<string, unknown> = {}, options: { cause?: unknown, kind?: ErrorKind } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.name = 'SkarmError'
    this.code = code
    this.kind = options.kind ?? 'internal'
    this.data = data
  }

  /** A plain object that crosses process boundaries and is rebuilt by {@link fromErrorObject}. */
  toJSON (): ErrorObject {
    return { code: this.code, kind: this.kind, message: this.message, data: this.data }
  }
}

/** The serialized form of a {@link SkarmError}. */
export interface ErrorObject {
  code: string
  kind: ErrorKind
  message: string
  data: Record<string, unknown>
}

/** Bad input from a user, the bus or a peer. */
export class InvalidInputError extends SkarmError {
  constructor (code: string, message: string, data: Record<string, unknown> = {}, options: { cause?: unknown } = {}) {
    super(code, message, data, { ...options, kind: 'invalid' })
    this.name = 'InvalidInputError'
  }
}

/** An id that names nothing. */
export class NotFoundError extends SkarmError {
  constructor (code: string, message: string, data: Record<string, unknown> = {}, options: { cause?: unknown } = {}) {
    super(code, message, data, { ...options, kind: 'not_found' })
    this.name = 'NotFoundError'
  }
}

/** Something the conversation's rules (SPEC.md §5) forbid. */
export class ForbiddenError extends SkarmError {
  constructor (code: string, message: string, data: Record<string, unknown> = {}, options: { cause?: unknown } = {}) {
    super(code, message, data, { ...options, kind: 'forbidden' })
    this.name = 'ForbiddenError'
  }
}

/** A service that cannot answer now (down, restarting, timed out). */
export class UnavailableError extends SkarmError {
  constructor (code: string, message: string, data: Record<string, unknown> = {}, options: { cause?: unknown } = {}) {
    super(code, message, data, { ...options, kind: 'unavailable' })
    this.name = 'UnavailableError'
  }
}

/** A state conflict (the thing exists already, a concurrent change). */
export class ConflictError extends SkarmError {
  constructor (code: string, message: string, data: Record<string, unknown> = {}, options: { cause?: unknown } = {}) {
    super(code, message, data, { ...options, kind: 'conflict' })
    this.name = 'ConflictError'
  }
}

const KINDS = new Set<ErrorKind>(['invalid', 'not_found', 'forbidden', 'unavailable', 'conflict', 'internal'])

/** Rebuilds an error that crossed the bus; unknown kinds become 'internal'. */
export function fromErrorObject (obj: { code: string, kind?: string, message: string, data?: Record<string, unknown> }): SkarmError {
  const kind: ErrorKind = KINDS.has(obj.kind as ErrorKind) ? obj.kind as ErrorKind : 'internal'
  return new SkarmError(obj.code, obj.message, obj.data ?? {}, { kind })
}

/** Any thrown value as a SkarmError (a foreign error becomes INTERNAL, its message kept). */
export function toSkarmError (err: unknown): SkarmError {
  if (err instanceof SkarmError) return err
  const message = err instanceof Error ? err.message : String(err)
  return new SkarmError('INTERNAL', message, {}, { cause: err, kind: 'internal' })
}
