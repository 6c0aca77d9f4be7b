// Plain-JS build of every packages/*/src and apps/*/src into <unit>/dist, so that the
// processes of a stack run JavaScript: Node's type stripping costs ~22 MB of RSS per process
// (its wasm), seven times per device. Our TypeScript is erasable-only, so this is Node's own
// `stripTypeScriptTypes` (types become spaces: lines and columns stay those of the source)
// plus relative `.ts` specifiers rewritten to `.js`. `.js` sources are copied as they are.
//
// Incremental: each dist/ holds a manifest of the source stamps (mtime, size) it was built
// from (see packages/supervisor/build-state.js, which `skarm` reads to know whether a build
// is needed); only changed files are rebuilt, outputs of deleted sources are removed. A unit
// with a file that fails keeps no manifest, so it stays "stale" and `skarm` falls back to the
// sources. Exit 1 when a file failed. Prints nothing when all is well.
//   node tools/build.ts           build what changed
//   node tools/build.ts --check   exit 0 when the build is fresh, 1 when not
//   node tools/build.ts --clean   remove every dist/
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, rmdirSync, statSync, writeFileSync } from 'node:fs'
import { stripTypeScriptTypes } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { MANIFEST, buildUnits, isBuildFresh, outputName, planUnit, toolStamp, type UnitPlan } from '../packages/supervisor/build-state.js'

const ROOT = resolve(import.meta.dirname, '..')

/** Temporary outputs of a build that died are left alone this long (another build may be writing them). */
const TMP_GRACE_MS = 60_000

// A relative specifier ending in `.ts` in `from '…'` (import and export), `import '…'` and
// `import('…')`: group 1 is everything before the `.ts`, which becomes `.js` (same length).
const RELATIVE_TS = /((?:\bfrom\s*|\bimport\s*|\bimport\s*\(\s*)(['"])\.{1,2}\/[^'"\n]*?)\.ts(?=\2)/g

/** The JavaScript of one TypeScript source: types erased in place, relative `.ts` imports → `.js`. */
export function transpile (code: string, file: string): string {
  const js = stripTypeScriptTypes(code, { mode: 'strip', sourceUrl: file })
  return js.replace(RELATIVE_TS, '$1.js')
}

/** Writes so that a process loading the file sees the old or the new content, never a part. */
function writeAtomic (path: string, data: string): void {
  const tmp = `${path}.tmp-${process.pid}`
  writeFileSync(tmp, data)
  renameSync(tmp, path)
}

/** Removes files of `distDir` that no source produces (and folders left empty). */
function removeStale (distDir: string, keep: Set<string>): number {
  let removed = 0
  const walk = (rel: string): boolean => {
    let entries
    try {
      entries = readdirSync(join(distDir, rel), { withFileTypes: true })
    } catch {
      return false
    }
    let empty = true
    for (const e of entries) {
      const r = rel === '' ? e.name : `${rel}/${e.name}`
      const p = join(distDir, r)
      if (e.isDirectory()) {
        if (walk(r)) rmdirSync(p)
        else empty = false
      } else if (keep.has(r) || (/\.tmp-\d+$/.test(r) && Date.now() - statSync(p).mtimeMs < TMP_GRACE_MS)) {
        empty = false
      } else {
        rmSync(p, { force: true })
        removed++
      }
    }
    return empty && rel !== ''
  }
  walk('')
  return removed
}

/** Builds one unit; answers the files written and the errors met. */
function buildUnit (plan: UnitPlan, tool: string): { written: number, errors: string[] } {
  const errors: string[] = []
  let written = 0
  for (const rel of plan.todo) {
    const src = join(plan.srcDir, rel)
    const out = join(plan.distDir, outputName(rel))
    try {
      const code = readFileSync(src, 'utf8')
      mkdirSync(dirname(out), { recursive: true })
      writeAtomic(out, rel.endsWith('.ts') ? transpile(code, src) : code)
      written++
    } catch (err) {
      errors.push(`${plan.unit}/src/${rel}: ${err instanceof Error ? err.message : String(err)}`)
    }
  }
  const keep = new Set(Object.keys(plan.files).map(outputName))
  keep.add(MANIFEST)
  removeStale(plan.distDir, keep)
  if (errors.length === 0) {
    mkdirSync(plan.distDir, { recursive: true })
    writeAtomic(join(plan.distDir, MANIFEST), JSON.stringify({ tool, files: plan.files }) + '\n')
  } else {
    // never fresh while a file fails: `skarm` then runs the sources
    rmSync(join(plan.distDir, MANIFEST), { force: true })
  }
  return { written, errors }
}

/** Builds every unit of `root` that is not fresh; answers the files written and the errors. */
export function build (root: string = ROOT): { written: number, errors: string[] } {
  const tool = toolStamp(root)
  let written = 0
  const errors: string[] = []
  for (const unit of buildUnits(root)) {
    const plan = planUnit(root, unit, tool)
    if (plan.fresh) continue
    const r = buildUnit(plan, tool)
    written += r.written
    errors.push(...r.errors)
  }
  return { written, errors }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = process.argv[2]
  if (arg === '--check') {
    process.exitCode = isBuildFresh(ROOT) ? 0 : 1
  } else if (arg === '--clean') {
    for (const unit of buildUnits(ROOT)) rmSync(join(ROOT, unit, 'dist'), { recursive: true, force: true })
  } else if (arg !== undefined) {
    process.stderr.write('usage: node tools/build.ts [--check | --clean]\n')
    process.exitCode = 2
  } else {
    // stripTypeScriptTypes is "experimental" in Node 22: that warning is noise here
    process.removeAllListeners('warning')
    const { errors } = build(ROOT)
    for (const e of errors) process.stderr.write(`build: ${e}\n`)
    process.exitCode = errors.length === 0 ? 0 : 1
  }
}
