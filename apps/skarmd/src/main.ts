// skarmd: the supervisor of one device stack (what `skarm up` runs), for containers and
// service managers. Flags and SKARM_* variables as `skarm up`.
import { runUp } from '@skarm/cli'

const code = await runUp(process.argv.slice(2), {
  stdout: (t) => { process.stdout.write(t) },
  stderr: (t) => { process.stderr.write(t) },
  env: process.env
})
process.stdout.write('', () => process.exit(code))
