// Quick measure of verifyRepository on a generated text conversation (not a test: prints figures).
// node packages/validator/bench/verify-speed.ts [commits]
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createIdentity } from '@skarm/identity'
import { verifyRepository } from '@skarm/validator'
import { generateConversation } from '../../../tools/bench/generate.ts'

const n = Number(process.argv[2] ?? 10_000)
const dir = await mkdtemp(join(tmpdir(), 'skarm-verify-bench-'))
try {
  const id = await createIdentity('bench')
  let t = performance.now()
  const gen = await generateConversation(join(dir, 'conversations'), id, n)
  console.log(`generated ${n} commits in ${((performance.now() - t) / 1000).toFixed(1)} s`)
  for (let run = 1; run <= 3; run++) {
    t = performance.now()
    const r = await verifyRepository(join(dir, 'conversations', gen.id))
    const s = (performance.now() - t) / 1000
    if (!r.ok) throw new Error(JSON.stringify(r))
    console.log(`run ${run}: ${r.commits} commits in ${s.toFixed(2)} s = ${Math.round(r.commits / s)} commits/s`)
  }
} finally {
  await rm(dir, { recursive: true, force: true })
}
