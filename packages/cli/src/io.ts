/** Where a command writes and what it may read of its process: passed in so tests run commands in-process. */
export interface Io {
  stdout: (text: string) => void
  stderr: (text: string) => void
  env: NodeJS.ProcessEnv
}
