import { verifyRepository } from '@skarm/validator'
const t = performance.now()
const r = await verifyRepository(process.argv[2]!)
console.log(r, ((performance.now() - t)).toFixed(0), 'ms')
