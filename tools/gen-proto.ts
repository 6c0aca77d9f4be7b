// Generates packages/proto/src/generated/{skarm.js,skarm.d.ts} from proto/**/*.proto with
// protobufjs-cli (static code: no reflection at run time). `--out DIR` writes elsewhere
// (the drift test uses it to compare with what is committed).
import { execFileSync } from 'node:child_process'
import { rmSync, mkdirSync, readdirSync, statSync, writeFileSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const outIdx = process.argv.indexOf('--out')
const outDir = outIdx > 0 ? resolve(process.argv[outIdx + 1]!) : join(root, 'packages/proto/src/generated')
const protoRoot = join(root, 'proto')

function walk (dir: string): string[] {
  return readdirSync(dir).sort().flatMap((n) => {
    const p = join(dir, n)
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.proto') ? [p] : []
  })
}

const files = walk(protoRoot).map((p) => relative(protoRoot, p))
mkdirSync(outDir, { recursive: true })
const bin = join(root, 'node_modules/.bin')
const js = join(outDir, 'skarm.js')
const withComments = join(outDir, '.skarm.commented.js')
const pbjs = (out: string, comments: boolean): void => {
  const args = ['-t', 'static-module', '-w', 'es6', '--es6', '--no-beautify', '--force-number', '--no-verify', '--no-delimited', '--no-service', '--path', protoRoot, '-o', out]
  if (!comments) args.push('--no-comments')
  execFileSync(join(bin, 'pbjs'), [...args, ...files.map((f) => join(protoRoot, f))], { cwd: protoRoot, stdio: 'inherit' })
  // protobufjs 8 is ESM: name the file so Node's resolver needs no guessing.
  writeFileSync(out, readFileSync(out, 'utf8').replace(/from "protobufjs\/minimal"/g, 'from "protobufjs/minimal.js"'))
}
// pbts reads the JSDoc of the commented output; the committed JS is the compact one.
pbjs(withComments, true)
execFileSync(join(bin, 'pbts'), ['--no-comments', '-o', join(outDir, 'skarm.d.ts'), withComments], { stdio: 'inherit' })
rmSync(withComments)
pbjs(js, false)
console.log(`generated ${files.length} proto files into ${relative(root, outDir)}`)
