import { describe, it, expect, beforeAll } from 'vitest'
import { execFileSync } from 'node:child_process'
import { join, resolve } from 'node:path'
import { ensureBuild } from '../src/build.ts'

const ROOT = resolve(import.meta.dirname, '../../..')
const HEAVY = /libp2p|fastify|isomorphic-git|@peculiar|@nats-io|protobufjs|@skarm\/(bus|proto|transport|gateway|store|conversation|validator|identity)|packages\/(bus|proto|transport|gateway|store|conversation|validator|identity)\//

function importGraph (flags: string[] = [], modules: string[] = []): string[] {
  return JSON.parse(execFileSync(process.execPath, [...flags, join(import.meta.dirname, 'fixtures', 'import-graph.ts'), ...modules], { encoding: 'utf8' })) as string[]
}

describe('the supervisor stays light', () => {
  beforeAll(async () => {
    expect((await ensureBuild(ROOT)).fresh).toBe(true)
  })

  it('the `skarm up` code path loads neither libp2p, fastify, isomorphic-git nor even the bus (services say they are ready over IPC)', () => {
    const urls = importGraph()
    expect(urls.some((u) => u.includes('/packages/supervisor/src/'))).toBe(true)
    expect(urls.filter((u) => HEAVY.test(u))).toEqual([])
  })

  it('built (as bin/skarm.js runs it: --conditions=skarm-dist), it loads plain JS only', () => {
    const urls = importGraph(['--conditions=skarm-dist'])
    expect(urls.some((u) => u.includes('/packages/supervisor/dist/'))).toBe(true)
    expect(urls.filter((u) => u.endsWith('.ts'))).toEqual([])
    expect(urls.filter((u) => HEAVY.test(u))).toEqual([])
  })

  it('no service library loads @peculiar/x509 (~19 MB) on import: the transport, dht, store and validator check certificates with node:crypto', () => {
    const urls = importGraph(['--conditions=skarm-dist'], ['@skarm/transport', '@skarm/dht', '@skarm/identity', '@skarm/validator'])
    expect(urls.some((u) => u.includes('/packages/transport/dist/'))).toBe(true)
    expect(urls.filter((u) => /@peculiar|reflect-metadata|tsyringe/.test(u))).toEqual([])
  })
})
