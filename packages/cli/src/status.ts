import { join, resolve } from 'node:path'
import { processExists, readRunInfo } from '@skarm/supervisor'
import { parseFlags } from './args.ts'
import type { Io } from './io.ts'

/** How long `skarm status` waits for the gateway. */
const STATUS_TIMEOUT_MS = 5000

/** `skarm status --data DIR`: the gateway's `/v1/health` of the stack running on DIR; exit 1 when none runs. */
export async function status (argv: string[], io: Io): Promise<number> {
  const flags = parseFlags(argv, ['data'] as const)
  const dataDir = resolve(flags.data)
  const info = await readRunInfo(join(dataDir, 'run.json'))
  if (info === undefined || !processExists(info.pid)) {
    io.stderr(`skarm status: no stack runs on ${dataDir}\n`)
    return 1
  }
  let res: Response
  try {
    res = await fetch(`${info.api}/v1/health`, { signal: AbortSignal.timeout(STATUS_TIMEOUT_MS) })
  } catch (err) {
    io.stderr(`skarm status: the gateway at ${info.api} does not answer: ${err instanceof Error ? err.message : String(err)}\n`)
    return 1
  }
  const text = await res.text()
  let body: { ok?: unknown }
  try {
    body = JSON.parse(text) as { ok?: unknown }
  } catch {
    io.stderr(`skarm status: the gateway answered ${res.status} with a body that is not JSON\n`)
    return 1
  }
  io.stdout(JSON.stringify(body) + '\n')
  return res.ok && body.ok === true ? 0 : 1
}
