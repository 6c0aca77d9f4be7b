import { join } from 'node:path'
import { createIdentity } from '@skarm/identity'
import { generateConversation } from '/work/main/tools/bench/generate.ts'
const id = await createIdentity('bench')
const gen = await generateConversation(join('/tmp/vt/bench', 'conversations'), id, 10000)
console.log(join('/tmp/vt/bench', 'conversations', gen.id))
