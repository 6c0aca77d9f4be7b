import { describe, it, expect } from 'vitest'
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'

describe('the supervisor stays light', () => {
  it('the `skarm up` code path loads neither libp2p, fastify nor isomorphic-git', () => {
    const urls = JSON.parse(execFileSync(process.execPath, [join(import.meta.dirname, 'fixtures', 'import-graph.ts')], { encoding: 'utf8' })) as string[]
    expect(urls.some((u) => u.includes('/packages/supervisor/src/'))).toBe(true)
    expect(urls.some((u) => u.includes('@nats-io'))).toBe(true)
    const heavy = urls.filter((u) => /libp2p|fastify|isomorphic-git|@skarm\/(transport|gateway|store|conversation|validator|identity)|packages\/(transport|gateway|store|conversation|validator|identity)\//.test(u))
    expect(heavy).toEqual([])
  })
})
