/**
 * `target` with the properties in `overrides` replaced, everything else read through; its own
 * methods stay bound to it (libp2p's components and managers keep private state behind `this`).
 * How Skarm adjusts what a libp2p service is given without forking the service.
 */
export function overriding<T extends object> (target: T, overrides: Record<string, unknown>): T {
  return new Proxy(target, {
    get (t, prop) {
      if (typeof prop === 'string' && Object.hasOwn(overrides, prop)) return overrides[prop]
      const v = Reflect.get(t, prop, t) as unknown
      return typeof v === 'function' ? v.bind(t) : v
    }
  })
}
