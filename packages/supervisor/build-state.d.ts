// Types of build-state.js (plain JS: it runs before anything is built).

export declare const DIST_CONDITION: 'skarm-dist'
export declare const BUILD_TOOL: string
export declare const MANIFEST: string

/** What a dist/ folder records about the sources it was built from. */
export interface BuildManifest {
  /** Stamp of tools/build.ts. */
  tool: string
  /** Source path (relative to src/) → stamp. */
  files: Record<string, string>
}

/** What building one unit takes (see planUnit). */
export interface UnitPlan {
  unit: string
  srcDir: string
  distDir: string
  files: Record<string, string>
  todo: string[]
  removed: string[]
  fresh: boolean
}

export declare function buildUnits (root: string): string[]
export declare function sourceFiles (srcDir: string): string[]
export declare function outputName (rel: string): string
export declare function fileStamp (path: string): string
export declare function toolStamp (root: string): string
export declare function readManifest (distDir: string): BuildManifest | undefined
export declare function planUnit (root: string, unit: string, tool: string): UnitPlan
export declare function isBuildFresh (root: string): boolean
