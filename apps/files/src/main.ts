// The files process: owns DATA/conversation_data and answers put/get on the bus.
import { createFileStore, sha3 } from '@skarm/files'
import { FilesMethods, skarm } from '@skarm/proto'
import { runService } from '@skarm/service-runtime'

await runService('files', async ({ config, logger, bus }) => {
  const files = createFileStore({ dataDir: config.dataDir })
  bus.serve(FilesMethods.putFile, async (r) => {
    const { path, sha3sum } = await files.put(r.conversationId ?? '', r.commitId ?? '', r.tid ?? '', r.extension ?? '', r.data ?? new Uint8Array(0))
    return skarm.files.v1.PutFileResponse.create({ path, sha3sum })
  })
  bus.serve(FilesMethods.getFile, async (r) => {
    const data = await files.get(r.conversationId ?? '', r.fileId ?? '')
    if (data === null) return skarm.files.v1.GetFileResponse.create({ present: false })
    return skarm.files.v1.GetFileResponse.create({ present: true, data, sha3sum: sha3(data) })
  })
  logger.info('files ready')
  return { stop: async () => {} }
})
