// skarmd is `skarm up` for containers and service managers: same flags, same SKARM_* variables.
import { describe, it, expect } from 'vitest'
import { execFileSync, spawn } from 'node:child_process'
import { readFile, rm, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { isRunning, processesOf, tempDir } from '@skarm/test-utils'

const ROOT = resolve(import.meta.dirname, '../../..')

describe('skarmd', () => {
  it('runs the stack from SKARM_* variables, prints ready, stops on SIGTERM with exit 0', async () => {
    const dataDir = await tempDir('skarm-skarmd-')
    try {
      execFileSync(process.execPath, [join(ROOT, 'packages/cli/bin/skarm.js'), 'init', '--data', dataDir, '--name', 'Daemon'])
      const proc = spawn(process.execPath, [join(ROOT, 'apps/skarmd/src/main.ts')], {
        env: { PATH: process.env.PATH, SKARM_DATA: dataDir, SKARM_LISTEN: '/ip4/127.0.0.1/tcp/0', SKARM_MDNS: '0', SKARM_LOG_LEVEL: 'warn' },
        stdio: ['ignore', 'pipe', 'pipe']
      })
      let out = ''
      let err = ''
      proc.stderr.on('data', (d: Buffer) => { err += d.toString() })
      const exit = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)))
      const info = await new Promise<{ api: string, p2p: string[], pid: number }>((resolve, reject) => {
        proc.stdout.on('data', (d: Buffer) => {
          out += d.toString()
          const m = /^ready (.*)$/m.exec(out)
          if (m !== null) resolve(JSON.parse(m[1]!))
        })
        proc.once('exit', (code) => reject(new Error(`skarmd exited ${code}: ${err}`)))
      })
      expect(info.pid).toBe(proc.pid)
      expect(JSON.parse(await readFile(join(dataDir, 'run.json'), 'utf8'))).toEqual(info)
      const health = await (await fetch(`${info.api}/v1/health`)).json() as { ok: boolean }
      expect(health.ok).toBe(true)
      const procs = processesOf(dataDir)
      expect(procs).toHaveLength(8)
      proc.kill('SIGTERM')
      expect(await exit).toBe(0)
      for (const p of procs) expect(isRunning(p.pid)).toBe(false)
      await expect(stat(join(dataDir, 'run.json'))).rejects.toThrow()
    } finally {
      await rm(dataDir, { recursive: true, force: true })
    }
  }, 120_000)

  it('exits 2 with a clear message on a bad configuration', () => {
    let code = 0
    let stderr = ''
    try {
      execFileSync(process.execPath, [join(ROOT, 'apps/skarmd/src/main.ts')], { env: { PATH: process.env.PATH, SKARM_DATA: '/tmp/skarmd-unused', SKARM_MDNS: 'perhaps' }, stdio: 'pipe' })
    } catch (e) {
      code = (e as { status: number }).status
      stderr = String((e as { stderr: Buffer }).stderr)
    }
    expect(code).toBe(2)
    expect(stderr).toMatch(/SKARM_MDNS must be 0 or 1/)
  })
})
