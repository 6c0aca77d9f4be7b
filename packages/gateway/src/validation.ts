// Route validation with TypeBox's own compiler rather than fastify's default Ajv, whose
// options (coerceTypes: 'array', removeAdditional: true) would turn `{"body": 5}` into
// "5" and silently drop unknown properties. Here bodies are checked exactly as sent;
// only params and query strings, which are text by nature, are converted, and strictly
// (TypeBox's Value.Convert would read `limit=2.5` as 2 and `limit=0x10` as 16).
import { TypeCompiler } from '@sinclair/typebox/compiler'
import { ValueErrorType } from '@sinclair/typebox/errors'
import type { ValueError } from '@sinclair/typebox/errors'
import type { TSchema } from '@sinclair/typebox'
import type { FastifySchemaCompiler, FastifySchemaValidationError } from 'fastify'

const INTEGER = /^-?(?:0|[1-9][0-9]*)$/
const NUMBER = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?$/

function scalar (schema: TSchema, text: string): unknown {
  switch (schema.type) {
    case 'integer': return INTEGER.test(text) ? Number(text) : text
    case 'number': return NUMBER.test(text) ? Number(text) : text
    case 'boolean': return text === 'true' ? true : text === 'false' ? false : text
    default: return text
  }
}

// Params and query strings are flat objects of strings: convert the values whose schema
// wants a number or a boolean, when the text is exactly one; leave the rest to the check.
function convertText (schema: TSchema, value: unknown): unknown {
  const properties = schema.properties as Record<string, TSchema> | undefined
  if (value === null || typeof value !== 'object' || properties === undefined) return value
  // no prototype: a `__proto__` key stays a plain (and refused) property
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>
  for (const [key, v] of Object.entries(value)) {
    const prop = Object.hasOwn(properties, key) ? properties[key] : undefined
    out[key] = typeof v === 'string' && prop !== undefined ? scalar(prop, v) : v
  }
  return out
}

// A schema may carry `errorMessage`: the words a user reads when its value is wrong.
function describe (error: ValueError): string {
  switch (error.type) {
    case ValueErrorType.ObjectRequiredProperty: return 'is required'
    case ValueErrorType.ObjectAdditionalProperties: return 'is not an allowed property'
    case ValueErrorType.ObjectMinProperties: return `must have at least ${String(error.schema.minProperties)} propert${error.schema.minProperties === 1 ? 'y' : 'ies'}`
    case ValueErrorType.Object: return 'must be an object'
    default: {
      const custom: unknown = error.schema.errorMessage
      return typeof custom === 'string' ? custom : error.message
    }
  }
}

/** A fastify validator compiler over TypeBox schemas; reports the first error (as Ajv's default). */
export const typeboxValidatorCompiler: FastifySchemaCompiler<TSchema> = ({ schema, httpPart }) => {
  const check = TypeCompiler.Compile(schema)
  return (value: unknown) => {
    const converted = httpPart === 'body' ? value : convertText(schema, value)
    if (check.Check(converted)) return { value: converted }
    const first = check.Errors(converted).First()
    const error: FastifySchemaValidationError = {
      keyword: first === undefined ? 'type' : ValueErrorType[first.type],
      instancePath: first?.path ?? '',
      schemaPath: '',
      params: {},
      message: first === undefined ? 'is invalid' : describe(first)
    }
    return { error: [error] }
  }
}
