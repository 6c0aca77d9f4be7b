// The one error mapping of the gateway: any thrown value → status + `{"error":{code,message}}`.
// Every code listed here is documented in docs/errors.md (a test checks it).
import { SkarmError } from '@skarm/errors'
import type { ErrorKind } from '@skarm/errors'

/** The codes the gateway itself emits, with their HTTP status. */
export const GATEWAY_ERROR_CODES = {
  /** A param, query or body that breaks its route schema or a rule of the route. */
  INVALID_REQUEST: 400,
  /** A body that is not JSON (or carries `__proto__` / `constructor.prototype`). */
  INVALID_JSON: 400,
  /** No route for this method and path. */
  ROUTE_NOT_FOUND: 404,
  /** A body larger than the gateway's body limit. */
  PAYLOAD_TOO_LARGE: 413,
  /** A body that is not `application/json`. */
  UNSUPPORTED_MEDIA_TYPE: 415,
  /** Anything unexpected; details are logged, never sent. */
  INTERNAL: 500
} as const

/** A code of {@link GATEWAY_ERROR_CODES}. */
export type GatewayErrorCode = keyof typeof GATEWAY_ERROR_CODES

/** The HTTP status of each `SkarmError.kind`. */
export const STATUS_BY_KIND: Record<ErrorKind, number> = {
  invalid: 400,
  not_found: 404,
  forbidden: 403,
  conflict: 409,
  unavailable: 503,
  internal: 500
}

/** The JSON body of every 4xx/5xx answer (API.md). */
export interface ErrorBody {
  error: { code: string, message: string }
}

/** An error as the gateway answers it. */
export interface HttpError {
  status: number
  code: string
  message: string
}

// fastify's own client errors, by their FST_* code.
const FASTIFY_CODES: Record<string, GatewayErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'INVALID_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'INVALID_JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_EMPTY_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_TYPE: 'UNSUPPORTED_MEDIA_TYPE'
}

const INTERNAL: HttpError = { status: 500, code: 'INTERNAL', message: 'internal error' }

interface FastifyLikeError {
  code?: unknown
  statusCode?: unknown
  validation?: unknown
  message?: unknown
}

/**
 * Any thrown value as the gateway's answer: a `SkarmError` by its kind (an `internal` one
 * hides its code and message), fastify's validation and parsing errors as 400/413/415,
 * anything else as 500 `INTERNAL`.
 */
export function toHttpError (err: unknown): HttpError {
  if (err instanceof SkarmError) {
    const status = STATUS_BY_KIND[err.kind] ?? 500
    return status === 500 ? INTERNAL : { status, code: err.code, message: err.message }
  }
  if (err === null || typeof err !== 'object') return INTERNAL
  const e = err as FastifyLikeError
  const message = typeof e.message === 'string' ? e.message : ''
  if (e.validation !== undefined) return { status: 400, code: 'INVALID_REQUEST', message }
  const mapped = typeof e.code === 'string' ? FASTIFY_CODES[e.code] : undefined
  if (mapped === 'UNSUPPORTED_MEDIA_TYPE') return { status: 415, code: mapped, message: 'a body must be application/json' }
  if (mapped !== undefined) return { status: GATEWAY_ERROR_CODES[mapped], code: mapped, message }
  if (typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) {
    return { status: e.statusCode, code: 'INVALID_REQUEST', message }
  }
  return INTERNAL
}

/** The JSON body of an {@link HttpError}. */
export function errorBody (err: HttpError): ErrorBody {
  return { error: { code: err.code, message: err.message } }
}
