import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { BUILD_TOOL, isBuildFresh } from '../build-state.js'

/** What {@link ensureBuild} found. */
export interface BuildResult {
  /** True when every dist/ matches its sources: processes may run `apps/<service>/dist/main.js`. */
  fresh: boolean
  /** True when a build ran. */
  built: boolean
  /** What a failed build printed (empty otherwise). */
  output: string
}

/**
 * Brings the plain-JS build of `root` (`tools/build.ts`) up to date when a source changed,
 * in a child process: the caller must not load Node's TypeScript stripper (that is the point
 * of the build). Never throws: a build that fails or cannot run answers `fresh: false`, and
 * the caller runs the TypeScript sources.
 */
export async function ensureBuild (root: string, node: string = process.execPath): Promise<BuildResult> {
  if (isBuildFresh(root)) return { fresh: true, built: false, output: '' }
  const output = await new Promise<string>((resolve) => {
    execFile(node, [join(root, BUILD_TOOL)], { cwd: root, encoding: 'utf8', maxBuffer: 4 << 20 }, (err, stdout, stderr) => {
      resolve(err === null ? '' : `${stdout}${stderr}`.trim() || err.message)
    })
  })
  const fresh = isBuildFresh(root)
  return { fresh, built: true, output: fresh ? '' : output }
}
