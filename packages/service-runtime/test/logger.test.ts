import { describe, it, expect } from 'vitest'
import { SkarmError } from '@skarm/errors'
import { createJsonLogger } from '../src/index.ts'

function capture (level = 'info'): { lines: () => Array<Record<string, any>>, logger: ReturnType<typeof createJsonLogger> } {
  const out: string[] = []
  const logger = createJsonLogger({ level, base: { pid: 42 }, write: (l) => out.push(l) })
  return { logger, lines: () => out.map((l) => { expect(l.endsWith('\n')).toBe(true); return JSON.parse(l) as Record<string, any> }) }
}

describe('createJsonLogger', () => {
  it("writes pino's lines: level number, ISO time, base, child bindings, fields, msg last", () => {
    const { logger, lines } = capture()
    logger.child({ component: 'store' }).info({ conversation: 'c1', n: 2 }, 'message sent')
    const [line] = lines()
    expect(Object.keys(line!)).toEqual(['level', 'time', 'pid', 'component', 'conversation', 'n', 'msg'])
    expect(line).toMatchObject({ level: 30, pid: 42, component: 'store', conversation: 'c1', n: 2, msg: 'message sent' })
    expect(new Date(line!.time).toISOString()).toBe(line!.time)
  })

  it('filters by level, per child too; silent writes nothing', () => {
    const { logger, lines } = capture('warn')
    logger.info('no')
    logger.debug('no')
    logger.warn('yes')
    logger.child({}, { level: 'debug' }).debug('child yes')
    expect(lines().map((l) => [l.level, l.msg])).toEqual([[40, 'yes'], [20, 'child yes']])
    expect(logger.isLevelEnabled('error')).toBe(true)
    expect(logger.isLevelEnabled('info')).toBe(false)
    const silent = capture('silent')
    silent.logger.fatal('no')
    expect(silent.lines()).toEqual([])
  })

  it('serializes errors as pino does (type, message, stack, own fields, cause), under err or as the only argument', () => {
    const { logger, lines } = capture()
    const cause = new Error('disk full')
    logger.error({ err: new SkarmError('STORE_WRITE', 'cannot write', { path: 'x' }, { cause }) }, 'write failed')
    logger.error(new Error('boom'))
    const [a, b] = lines()
    expect(a!.err).toMatchObject({ type: 'SkarmError', message: 'cannot write', code: 'STORE_WRITE', data: { path: 'x' }, cause: { type: 'Error', message: 'disk full' } })
    expect(a!.err.stack).toContain('cannot write')
    expect(b).toMatchObject({ level: 50, msg: 'boom', err: { type: 'Error', message: 'boom' } })
  })

  it('formats printf-style messages, survives circular and bigint fields', () => {
    const { logger, lines } = capture()
    const loop: Record<string, unknown> = { a: 1 }
    loop.self = loop
    logger.info('listening at %s:%d', 'host', 80)
    logger.info({ loop, big: 10n }, 'odd fields')
    expect(lines()).toMatchObject([{ msg: 'listening at host:80' }, { loop: { a: 1, self: '[Circular]' }, big: '10', msg: 'odd fields' }])
  })

  it("applies a child's serializers (fastify passes req/res/err serializers this way)", () => {
    const { logger, lines } = capture()
    const child = logger.child({ reqId: 'r1' }, { serializers: { res: (r: { statusCode: number }) => ({ statusCode: r.statusCode }) } })
    child.info({ res: { statusCode: 201, socket: { huge: true } }, responseTime: 3 }, 'request completed')
    expect(lines()[0]).toMatchObject({ reqId: 'r1', res: { statusCode: 201 }, responseTime: 3, msg: 'request completed' })
    expect(lines()[0]!.res.socket).toBeUndefined()
  })
})
