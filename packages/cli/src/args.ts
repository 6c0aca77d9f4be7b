import { InvalidInputError } from '@skarm/errors'

/** The usage text of `skarm`. */
export const USAGE = `usage: skarm <command> [options]

  init --data DIR --name NAME        create an account and its first device in DIR
  init --data DIR --import FILE (--password P | --password-file F)
                                     a new device in DIR for the account archived in FILE
  export --data DIR --out FILE (--password P | --password-file F)
                                     write DIR's account archive, encrypted with the password, to FILE
  up --data DIR [--api HOST:PORT] [--listen MULTIADDR]... [--bootstrap MULTIADDR]...
     [--announce MULTIADDR]... [--nats URL] [--no-mdns] [--relay] [--quic] [--log-level LEVEL]
                                     run the device stack in the foreground
  status --data DIR                  health of every service of a running stack
  verify --repo PATH                 replay a conversation repository and validate every commit
  demo                               three local devices form a swarm, split, heal; prints what happened
  demo --nat [--quic]                two homes behind NAT routers chat through a relay (root: namespaces)

  --password-file F: the password is the first line of F (other users cannot read it with ps)
`

/** `--name VALUE` / `--name=VALUE` flags that each take one value, all required unless listed in `optional`. */
export function parseFlags<K extends string> (argv: string[], names: readonly K[], optional: readonly K[] = []): Record<K, string> {
  const out: Partial<Record<K, string>> = {}
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (!arg.startsWith('--')) throw new InvalidInputError('USAGE', `unexpected argument ${JSON.stringify(arg)}`)
    const eq = arg.indexOf('=')
    const name = (eq > 0 ? arg.slice(2, eq) : arg.slice(2)) as K
    if (!names.includes(name)) throw new InvalidInputError('USAGE', `unknown option --${name}`)
    let value: string | undefined
    if (eq > 0) {
      value = arg.slice(eq + 1)
    } else {
      value = argv[i + 1]
      i++
    }
    if (value === undefined || value === '' || value.startsWith('--')) throw new InvalidInputError('USAGE', `--${name} needs a value`)
    if (out[name] !== undefined) throw new InvalidInputError('USAGE', `--${name} given twice`)
    out[name] = value
  }
  for (const n of names) {
    if (out[n] === undefined && !optional.includes(n)) throw new InvalidInputError('USAGE', `--${n} is required`)
  }
  return out as Record<K, string>
}
