// The process entry of `skarm` (bin/skarm.js imports it): runs one command and exits with its code.
import { main } from './commands.ts'

const code = await main(process.argv.slice(2), {
  stdout: (t) => { process.stdout.write(t) },
  stderr: (t) => { process.stderr.write(t) },
  env: process.env
})
// `up` leaves nothing running once it returns; exit explicitly so a stray handle cannot keep us alive
process.exitCode = code
process.stdout.write('', () => process.exit(code))
