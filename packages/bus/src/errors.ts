import { ClosedConnectionError, DrainingConnectionError, RequestError, TimeoutError } from '@nats-io/transport-node'
import { SkarmError, UnavailableError, fromErrorObject, toSkarmError } from '@skarm/errors'
import { skarm } from '@skarm/proto'

const ErrorMessage = skarm.common.v1.Error

/** Encodes any thrown value as the `skarm.common.v1.Error` body of an error reply. */
export function encodeError (err: unknown): Uint8Array {
  const e = toSkarmError(err)
  let dataJson = ''
  try {
    dataJson = Object.keys(e.data).length > 0 ? JSON.stringify(e.data) : ''
  } catch {
    // data is documented JSON-safe; a cycle must not turn an error reply into a crash
    dataJson = ''
  }
  return ErrorMessage.encode({ code: e.code, kind: e.kind, message: e.message, dataJson }).finish()
}

/** Rebuilds the SkarmError of an error reply; a body that does not decode is itself an error. */
export function decodeError (body: Uint8Array, subject: string): SkarmError {
  let msg: { code: string, kind: string, message: string, dataJson: string }
  try {
    msg = ErrorMessage.decode(body)
  } catch (err) {
    return new SkarmError('BAD_BUS_REPLY', 'an error reply did not decode', { subject }, { cause: err })
  }
  let data: Record<string, unknown> = {}
  if (msg.dataJson !== '') {
    try {
      const parsed: unknown = JSON.parse(msg.dataJson)
      if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) data = parsed as Record<string, unknown>
    } catch {
      data = {}
    }
  }
  return fromErrorObject({ code: msg.code === '' ? 'INTERNAL' : msg.code, kind: msg.kind, message: msg.message, data })
}

/** Maps a failure of the NATS client during a request to a SkarmError. */
export function requestFailure (err: unknown, subject: string, timeoutMs: number): SkarmError {
  const service = subject.split('.')[1] ?? subject
  if (err instanceof RequestError && err.isNoResponders()) {
    return new UnavailableError('SERVICE_UNAVAILABLE', `no ${service} service answers on the bus`, { subject }, { cause: err })
  }
  if (err instanceof TimeoutError) {
    return new UnavailableError('SERVICE_TIMEOUT', `${service} service did not answer within ${timeoutMs} ms`, { subject, timeoutMs }, { cause: err })
  }
  if (err instanceof ClosedConnectionError || err instanceof DrainingConnectionError) {
    return new UnavailableError('BUS_CLOSED', 'the bus connection is closed', { subject }, { cause: err })
  }
  if (err instanceof SkarmError) return err
  return new UnavailableError('BUS_ERROR', err instanceof Error ? err.message : String(err), { subject }, { cause: err })
}
