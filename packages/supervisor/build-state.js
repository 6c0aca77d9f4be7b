// Whether the plain-JS build (`node tools/build.ts`: <unit>/src/**/*.ts → <unit>/dist/**/*.js,
// for every packages/* and apps/*) matches the sources. Plain JS on purpose: bin/skarm.js asks
// before anything is built, and neither it nor the supervisor may load Node's TypeScript
// stripper (~22 MB per process) to find out. tools/build.ts plans its work with the same code.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

/** The export condition under which `@skarm/*` packages resolve to their dist/ (`node --conditions=skarm-dist`). */
export const DIST_CONDITION = 'skarm-dist'

/** The build script, relative to the repository root. */
export const BUILD_TOOL = 'tools/build.ts'

/** The file in each dist/ that records what it was built from. */
export const MANIFEST = '.skarm-build.json'

/** `packages/<name>` and `apps/<name>` folders (relative to `root`) that have a src/. */
export function buildUnits (root) {
  const out = []
  for (const group of ['packages', 'apps']) {
    let entries = []
    try {
      entries = readdirSync(join(root, group), { withFileTypes: true })
    } catch {
      continue
    }
    for (const e of entries) {
      if (e.isDirectory() && existsSync(join(root, group, e.name, 'src'))) out.push(`${group}/${e.name}`)
    }
  }
  return out.sort()
}

/** Files under `srcDir` (relative paths, `/`-separated) the build turns into dist files: `.ts` (not `.d.ts`) and `.js`. */
export function sourceFiles (srcDir) {
  const out = []
  const walk = (rel) => {
    for (const e of readdirSync(join(srcDir, rel), { withFileTypes: true })) {
      const r = rel === '' ? e.name : `${rel}/${e.name}`
      if (e.isDirectory()) walk(r)
      else if (e.isFile() && ((e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) || e.name.endsWith('.js'))) out.push(r)
    }
  }
  walk('')
  return out.sort()
}

/** The dist path of a source path: `a/b.ts` → `a/b.js`; `.js` files keep their name. */
export function outputName (rel) {
  return rel.endsWith('.ts') ? `${rel.slice(0, -3)}.js` : rel
}

/** What identifies a version of a file without reading it: mtime and size. */
export function fileStamp (path) {
  const s = statSync(path)
  return `${s.mtimeMs}:${s.size}`
}

/** The stamp of tools/build.ts: a changed build script rebuilds everything. Throws when it is missing. */
export function toolStamp (root) {
  return fileStamp(join(root, BUILD_TOOL))
}

/** The manifest of a dist folder, or undefined. */
export function readManifest (distDir) {
  try {
    const m = JSON.parse(readFileSync(join(distDir, MANIFEST), 'utf8'))
    return m !== null && typeof m === 'object' && typeof m.files === 'object' && m.files !== null ? m : undefined
  } catch {
    return undefined
  }
}

/**
 * What building one unit takes: `todo` are the sources to (re)build (changed by mtime or size,
 * new, output missing, or all of them when the build script changed), `removed` the sources
 * the last build saw that are gone. `fresh` when there is nothing to do.
 */
export function planUnit (root, unit, tool) {
  const srcDir = join(root, unit, 'src')
  const distDir = join(root, unit, 'dist')
  const manifest = readManifest(distDir)
  const sameTool = manifest !== undefined && manifest.tool === tool
  const files = {}
  const todo = []
  for (const rel of sourceFiles(srcDir)) {
    const stamp = fileStamp(join(srcDir, rel))
    files[rel] = stamp
    if (!sameTool || manifest.files[rel] !== stamp || !existsSync(join(distDir, outputName(rel)))) todo.push(rel)
  }
  const removed = manifest === undefined ? [] : Object.keys(manifest.files).filter((rel) => !Object.hasOwn(files, rel))
  return { unit, srcDir, distDir, files, todo, removed, fresh: manifest !== undefined && todo.length === 0 && removed.length === 0 }
}

/** True when every unit's dist/ matches its src/ (a few ms: stats, no reads of sources). */
export function isBuildFresh (root) {
  let tool
  try {
    tool = toolStamp(root)
  } catch {
    return false
  }
  try {
    return buildUnits(root).every((unit) => planUnit(root, unit, tool).fresh)
  } catch {
    return false
  }
}
