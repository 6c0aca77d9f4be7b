// The validator process: answers validate_range for repositories under DATA/conversations and
// DATA/quarantine (the store and the transport ask it before merging a fetch). A rejection is
// an answer (ok=false, commit and rule), not a bus error.
import { ValidatorMethods, skarm } from '@skarm/proto'
import { runService } from '@skarm/service-runtime'
import { createValidator } from '@skarm/validator'

await runService('validator', async ({ config, logger, bus }) => {
  const validator = createValidator({ dataDir: config.dataDir })
  bus.serve(ValidatorMethods.validateRange, async (req) => {
    const answer = await validator.validateRange(req)
    if (!answer.ok) logger.warn({ commit: answer.invalidCommit, rule: answer.rule, checked: answer.checked }, 'commit rejected')
    return skarm.validator.v1.ValidateRangeResponse.create(answer)
  })
  logger.info('validator ready')
  return { stop: async () => {} }
})
