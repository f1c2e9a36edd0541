// $jsonSchema: documents tested against a JSON Schema draft 4 subset with MongoDB's bsonType keyword.
import { badRequest } from '../protocol/errors'
import { isPlainObject, typeRank, valuesEqual } from './bson-values'
import { regexTester } from './regex'
import { BSONRegExp } from 'bson'

type Schema = Record<string, unknown>
type Check = (value: unknown) => boolean

/** bsonType aliases (https://www.mongodb.com/docs/manual/reference/operator/query/type/#available-types). */
const BSON_TYPES: Record<string, Check> = {
  double: (v) => typeof v === 'number',
  int: (v) => typeof v === 'number' && Number.isInteger(v),
  long: (v) => typeof v === 'number' && Number.isInteger(v),
  decimal: (v) => typeRank(v) === 2,
  number: (v) => typeRank(v) === 2,
  string: (v) => typeof v === 'string',
  object: (v) => isPlainObject(v),
  array: (v) => Array.isArray(v),
  bool: (v) => typeof v === 'boolean',
  date: (v) => v instanceof Date,
  null: (v) => v === null,
  objectId: (v) => typeRank(v) === 7,
  regex: (v) => typeRank(v) === 11,
}
/** JSON Schema `type` names; MongoDB does not accept `integer` there. */
const JSON_TYPES: Record<string, Check> = {
  object: BSON_TYPES.object as Check,
  array: BSON_TYPES.array as Check,
  string: BSON_TYPES.string as Check,
  number: BSON_TYPES.number as Check,
  boolean: BSON_TYPES.bool as Check,
  null: BSON_TYPES.null as Check,
}

function typeCheck(names: unknown, table: Record<string, Check>, keyword: string): Check {
  const list = Array.isArray(names) ? names : [names]
  const checks = list.map((name) => {
    const check = typeof name === 'string' ? table[name] : undefined
    if (!check) throw badRequest(`$jsonSchema: unknown ${keyword} '${String(name)}'`)
    return check
  })
  return (value) => checks.some((check) => check(value))
}

const num = (v: unknown): number => v as number

/** Each keyword applies only to values of its own kind, as JSON Schema says. */
function compile(schema: unknown): Check {
  if (!isPlainObject(schema)) throw badRequest('$jsonSchema must be an object')
  const s: Schema = schema
  const checks: Check[] = []
  const add = (check: Check): void => void checks.push(check)
  const str =
    (test: (v: string) => boolean): Check =>
    (v) =>
      typeof v !== 'string' || test(v)
  const nbr =
    (test: (v: number) => boolean): Check =>
    (v) =>
      typeof v !== 'number' || test(v)
  const arr =
    (test: (v: unknown[]) => boolean): Check =>
    (v) =>
      !Array.isArray(v) || test(v)
  const obj =
    (test: (v: Schema) => boolean): Check =>
    (v) =>
      !isPlainObject(v) || test(v)
  if ('bsonType' in s) add(typeCheck(s.bsonType, BSON_TYPES, 'bsonType'))
  if ('type' in s) add(typeCheck(s.type, JSON_TYPES, 'type'))
  if (Array.isArray(s.enum)) add((v) => (s.enum as unknown[]).some((e) => valuesEqual(e, v)))
  if ('minimum' in s)
    add(nbr((v) => (s.exclusiveMinimum === true ? v > num(s.minimum) : v >= num(s.minimum))))
  if ('maximum' in s)
    add(nbr((v) => (s.exclusiveMaximum === true ? v < num(s.maximum) : v <= num(s.maximum))))
  if ('minLength' in s) add(str((v) => [...v].length >= num(s.minLength)))
  if ('maxLength' in s) add(str((v) => [...v].length <= num(s.maxLength)))
  if (typeof s.pattern === 'string') {
    const test = regexTester(new BSONRegExp(s.pattern, ''))
    add(str((v) => test(v)))
  }
  if ('minItems' in s) add(arr((v) => v.length >= num(s.minItems)))
  if ('maxItems' in s) add(arr((v) => v.length <= num(s.maxItems)))
  if (s.uniqueItems === true)
    add(arr((v) => v.every((item, i) => v.findIndex((o) => valuesEqual(o, item)) === i)))
  if (isPlainObject(s.items)) {
    const item = compile(s.items)
    add(arr((v) => v.every(item)))
  }
  if (Array.isArray(s.required)) {
    const names = s.required as string[]
    add(obj((v) => names.every((name) => v[name] !== undefined)))
  }
  const properties = isPlainObject(s.properties) ? s.properties : {}
  const props = Object.entries(properties).map(([name, sub]) => [name, compile(sub)] as const)
  if (props.length)
    add(obj((v) => props.every(([name, check]) => v[name] === undefined || check(v[name]))))
  if (s.additionalProperties === false)
    add(obj((v) => Object.keys(v).every((key) => key in properties)))
  if ('minProperties' in s) add(obj((v) => Object.keys(v).length >= num(s.minProperties)))
  if ('maxProperties' in s) add(obj((v) => Object.keys(v).length <= num(s.maxProperties)))
  const subs = (key: string): Check[] =>
    Array.isArray(s[key]) ? (s[key] as unknown[]).map(compile) : []
  const [allOf, anyOf, oneOf] = [subs('allOf'), subs('anyOf'), subs('oneOf')]
  if (allOf.length) add((v) => allOf.every((c) => c(v)))
  if (anyOf.length) add((v) => anyOf.some((c) => c(v)))
  if (oneOf.length) add((v) => oneOf.filter((c) => c(v)).length === 1)
  if (isPlainObject(s.not)) {
    const not = compile(s.not)
    add((v) => !not(v))
  }
  return (value) => checks.every((check) => check(value))
}

/** Compiles {$jsonSchema: schema} into a document test. */
export function compileJsonSchema(schema: unknown): (doc: Record<string, unknown>) => boolean {
  return compile(schema)
}
