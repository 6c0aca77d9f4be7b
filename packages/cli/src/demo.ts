import { InvalidInputError } from '@skarm/errors'
import { parseFlags } from './args.ts'
import type { Io } from './io.ts'

/**
 * `skarm demo` (API.md): three local devices form a swarm, chat, split, chat on both sides,
 * heal, and the final history of each is printed. Network namespaces when run as root,
 * else loopback. Exit 1 when the devices do not end with one identical history.
 *
 * `skarm demo --nat [--quic]`: two home networks behind NAT routers chat through a relay, and
 * the demo says whether their link ended direct or relayed (needs root, `ip` and `iptables`).
 */
export async function demo (argv: string[], io: Io): Promise<number> {
  const nat = argv.includes('--nat')
  const quic = argv.includes('--quic')
  parseFlags(argv.filter((a) => a !== '--nat' && a !== '--quic'), [] as const)
  if (quic && !nat) throw new InvalidInputError('USAGE', '--quic goes with --nat')
  const { runDemo, runNatDemo } = await import('@skarm/sim')
  return nat ? await runNatDemo({ out: io.stdout, quic }) : await runDemo({ out: io.stdout })
}
