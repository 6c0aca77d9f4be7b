/** The processes of one device stack that answer on the bus. */
export const SERVICES = ['store', 'validator', 'transport', 'dht', 'files', 'gateway'] as const

/** One of {@link SERVICES}. */
export type ServiceName = typeof SERVICES[number]

const NAME = /^[a-z][a-z0-9_]*$/

function check (part: string): string {
  if (!NAME.test(part)) throw new TypeError(`bad subject token: ${part}`)
  return part
}

/** `skarm.<service>.v1.<method>`: the subject of a request/reply method. */
export function requestSubject (service: string, method: string, version = 'v1'): string {
  return `skarm.${check(service)}.${check(version)}.${check(method)}`
}

/** `skarm.<service>.v1.health`: every service answers it. */
export function healthSubject (service: string): string {
  return requestSubject(service, 'health')
}

/** `skarm.evt.<domain>.<event>`: the subject of an event. */
export function eventSubject (domain: string, event: string): string {
  return `skarm.evt.${check(domain)}.${check(event)}`
}

/** Every event subject, for one subscription. */
export const ALL_EVENTS = 'skarm.evt.>'
