/**
 * `HOST:0` → `HOST:<port of the api URL>`, so that a restarted gateway comes back where
 * run.json says it is. Other values are kept.
 */
export function pinApi (api: string, apiUrl: string): string {
  const m = /^(.*):0$/.exec(api)
  if (m === null) return api
  let port: string
  try {
    port = new URL(apiUrl).port
  } catch {
    return api
  }
  return port === '' ? api : `${m[1]}:${port}`
}

/**
 * Listen multiaddrs with `/tcp/0` get the port the transport actually announced for that
 * address family (and address, unless it is the wildcard), so that a restarted transport
 * keeps the addresses peers learnt. Ambiguous cases are kept as they are.
 */
export function pinListen (listen: string[], announced: string[]): string[] {
  const parsed = announced.map((a) => /^\/(ip4|ip6)\/([^/]+)\/tcp\/(\d+)(\/|$)/.exec(a)).filter((m) => m !== null)
  const zeroes = new Map<string, number>()
  for (const l of listen) {
    const m = /^\/(ip4|ip6)\/([^/]+)\/tcp\/0$/.exec(l)
    if (m !== null) zeroes.set(m[1]!, (zeroes.get(m[1]!) ?? 0) + 1)
  }
  return listen.map((l) => {
    const m = /^\/(ip4|ip6)\/([^/]+)\/tcp\/0$/.exec(l)
    if (m === null || zeroes.get(m[1]!) !== 1) return l
    const [, family, host] = m
    const wildcard = host === '0.0.0.0' || host === '::'
    const ports = new Set(parsed.filter((a) => a[1] === family && (wildcard || a[2] === host)).map((a) => a[3]))
    if (ports.size !== 1) return l
    return `/${family}/${host}/tcp/${[...ports][0]}`
  })
}
