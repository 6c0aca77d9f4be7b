import { parseFlags } from './args.ts'
import type { Io } from './io.ts'

/**
 * `skarm demo` (API.md): three local devices form a swarm, chat, split, chat on both sides,
 * heal, and the final history of each is printed. Network namespaces when run as root,
 * else loopback. Exit 1 when the devices do not end with one identical history.
 */
export async function demo (argv: string[], io: Io): Promise<number> {
  parseFlags(argv, [] as const)
  const { runDemo } = await import('@skarm/sim')
  return await runDemo({ out: io.stdout })
}
