import { describe, it, expect, afterAll } from 'vitest'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { build, transpile } from '../../../tools/build.ts'
import { isBuildFresh, MANIFEST } from '../build-state.js'
import { ensureBuild } from '../src/build.ts'

const ROOT = resolve(import.meta.dirname, '../../..')
const dirs: string[] = []
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }) })

/** A repository-shaped folder: copies of tools/build.ts and build-state.js (the stamp of the copy is what counts), and the given sources. */
async function fakeRepo (files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'skarm-build-'))
  dirs.push(root)
  mkdirSync(join(root, 'tools'))
  writeFileSync(join(root, 'tools', 'build.ts'), readFileSync(join(ROOT, 'tools', 'build.ts')))
  write(root, 'packages/supervisor/build-state.js', readFileSync(join(ROOT, 'packages/supervisor/build-state.js'), 'utf8'))
  for (const [path, text] of Object.entries(files)) write(root, path, text)
  return root
}

function write (root: string, path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true })
  writeFileSync(join(root, path), text)
}

/** Moves a file's mtime so that an edit within the same clock tick is seen too. */
function touch (root: string, path: string, offsetS: number): void {
  const t = Date.now() / 1000 + offsetS
  utimesSync(join(root, path), t, t)
}

describe('transpile', () => {
  it('erases types in place: every line and column of the JavaScript is the source one', () => {
    const ts = "import type { A } from './a.ts'\nexport function f (x: number, y?: A): string {\n  return `${x}` as string\n}\n"
    const js = transpile(ts, 'x.ts')
    const lines = js.split('\n')
    expect(lines.slice(0, 5).map((l) => l.length)).toEqual(ts.split('\n').map((l) => l.length))
    expect(lines[1]).toBe('export function f (x        , y    )         {')
    expect(lines[2]).toBe('  return `${x}`          ')
    expect(lines[0]!.trim()).toBe('')
  })

  it('rewrites relative .ts specifiers to .js in every import form, and nothing else', () => {
    const ts = [
      "import { a } from './a.ts'",
      "import {\n  b\n} from '../lib/b.ts'",
      "import './side.ts'",
      "export { c } from \"./c.ts\"",
      "export * from './d.ts'",
      "const e = await import('./e.ts')",
      "const f = await import ( \"../f.ts\" )",
      "import g from 'pkg/g.ts'",
      "import h from '@skarm/h'",
      "const note = 'see ./i.ts'"
    ].join('\n')
    const js = transpile(ts, 'x.ts')
    expect(js).toContain("from './a.js'")
    expect(js).toContain("from '../lib/b.js'")
    expect(js).toContain("import './side.js'")
    expect(js).toContain('from "./c.js"')
    expect(js).toContain("from './d.js'")
    expect(js).toContain("import('./e.js')")
    expect(js).toContain('import ( "../f.js" )')
    expect(js).toContain("from 'pkg/g.ts'")
    expect(js).toContain("'see ./i.ts'")
    expect(js.length).toBe(transpile(ts.replaceAll('.ts', '.js'), 'x.ts').length)
  })

  it('refuses syntax that is not erasable (an enum)', () => {
    expect(() => transpile('enum E { A }\n', 'x.ts')).toThrow()
  })
})

describe('build', () => {
  it('builds src/ into dist/, copies .js files, then has nothing to do', async () => {
    const root = await fakeRepo({
      'packages/a/src/index.ts': "export { two } from './lib/two.ts'\nexport { gen } from './gen.js'\n",
      'packages/a/src/lib/two.ts': 'export const two: number = 2\n',
      'packages/a/src/gen.js': 'export const gen = 1\n',
      'packages/a/src/gen.d.ts': 'export declare const gen: number\n',
      'apps/b/src/main.ts': "import { two } from '../../../packages/a/dist/index.js'\nconsole.log(two satisfies number)\n"
    })
    expect(isBuildFresh(root)).toBe(false)
    expect(build(root)).toEqual({ written: 4, errors: [] })
    expect(isBuildFresh(root)).toBe(true)
    expect(readFileSync(join(root, 'packages/a/dist/index.js'), 'utf8')).toMatch(/^export \{ two \} from '\.\/lib\/two\.js'\nexport \{ gen \} from '\.\/gen\.js'\n/)
    expect(readFileSync(join(root, 'packages/a/dist/gen.js'), 'utf8')).toBe('export const gen = 1\n')
    expect(existsSync(join(root, 'packages/a/dist/gen.d.ts'))).toBe(false)
    expect(execFileSync(process.execPath, [join(root, 'apps/b/dist/main.js')], { encoding: 'utf8' })).toBe('2\n')
    expect(build(root)).toEqual({ written: 0, errors: [] })
  })

  it('rebuilds an edited file, adds a new one, removes the output of a deleted one', async () => {
    const root = await fakeRepo({
      'packages/a/src/index.ts': 'export const v: number = 1\n',
      'packages/a/src/old.ts': 'export const old = 1\n'
    })
    build(root)
    write(root, 'packages/a/src/index.ts', 'export const v: number = 2\n')
    touch(root, 'packages/a/src/index.ts', 5)
    rmSync(join(root, 'packages/a/src/old.ts'))
    write(root, 'packages/a/src/new.ts', 'export const n = 1\n')
    expect(isBuildFresh(root)).toBe(false)
    expect(build(root)).toEqual({ written: 2, errors: [] })
    expect(readFileSync(join(root, 'packages/a/dist/index.js'), 'utf8')).toContain('v         = 2')
    expect(existsSync(join(root, 'packages/a/dist/old.js'))).toBe(false)
    expect(existsSync(join(root, 'packages/a/dist/new.js'))).toBe(true)
    expect(isBuildFresh(root)).toBe(true)
  })

  it('an mtime moved back counts as a change too; a lost output is rebuilt', async () => {
    const root = await fakeRepo({ 'packages/a/src/index.ts': 'export const v = 1\n' })
    build(root)
    touch(root, 'packages/a/src/index.ts', -3600)
    expect(isBuildFresh(root)).toBe(false)
    build(root)
    rmSync(join(root, 'packages/a/dist/index.js'))
    expect(isBuildFresh(root)).toBe(false)
    expect(build(root).written).toBe(1)
  })

  it('a changed build script rebuilds everything', async () => {
    const root = await fakeRepo({ 'packages/a/src/index.ts': 'export const v = 1\n', 'packages/a/src/b.ts': 'export const b = 1\n' })
    build(root)
    touch(root, 'tools/build.ts', 5)
    expect(isBuildFresh(root)).toBe(false)
    expect(build(root).written).toBe(2)
  })

  it('a file that fails leaves its unit stale (no manifest) and reports it; the others are built', async () => {
    const root = await fakeRepo({
      'packages/a/src/index.ts': 'export enum E { A }\n',
      'packages/b/src/index.ts': 'export const b = 1\n'
    })
    const r = build(root)
    expect(r.errors).toHaveLength(1)
    expect(r.errors[0]).toMatch(/^packages\/a\/src\/index\.ts: /)
    expect(existsSync(join(root, 'packages/a/dist', MANIFEST))).toBe(false)
    expect(existsSync(join(root, 'packages/b/dist/index.js'))).toBe(true)
    expect(isBuildFresh(root)).toBe(false)
  })

  it('ensureBuild runs tools/build.ts in a child process and says whether dist/ can run', async () => {
    const root = await fakeRepo({ 'packages/a/src/index.ts': 'export const v: number = 1\n' })
    expect(await ensureBuild(root)).toEqual({ fresh: true, built: true, output: '' })
    expect(await ensureBuild(root)).toEqual({ fresh: true, built: false, output: '' })
    write(root, 'packages/a/src/index.ts', 'export enum E { A }\n')
    touch(root, 'packages/a/src/index.ts', 5)
    const failed = await ensureBuild(root)
    expect(failed).toMatchObject({ fresh: false, built: true })
    expect(failed.output).toMatch(/packages\/a\/src\/index\.ts/)
  })
})
