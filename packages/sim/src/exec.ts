import { execFile } from 'node:child_process'

/** What a command did. */
export interface ExecResult {
  code: number
  stdout: string
  stderr: string
}

/** Runs a command; resolves with its exit code and output (never rejects on exit ≠ 0). */
export async function exec (file: string, args: string[], input?: string): Promise<ExecResult> {
  return await new Promise((resolve) => {
    const child = execFile(file, args, { encoding: 'utf8', maxBuffer: 16 << 20 }, (err, stdout, stderr) => {
      const code = err === null ? 0 : typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : 127
      resolve({ code, stdout, stderr: err !== null && stderr === '' ? err.message : stderr })
    })
    if (input !== undefined) child.stdin?.end(input)
  })
}

/** Runs `ip ARGS…` and throws with its stderr when it fails. */
export async function ip (args: string[]): Promise<string> {
  const r = await exec('ip', args)
  if (r.code !== 0) throw new Error(`ip ${args.join(' ')}: ${r.stderr.trim()}`)
  return r.stdout
}

/** Runs `ip ARGS…`, ignoring failure (cleanup of what may already be gone). */
export async function ipQuiet (args: string[]): Promise<boolean> {
  return (await exec('ip', args)).code === 0
}
