// Array and object expression operators ($size, $filter, $map, $in, $mergeObjects, …).
import { badRequest } from '../../protocol/errors'
import { isPlainObject, toNumber, valuesEqual } from '../../query/bson-values'
import { checkPathParts } from '../../query/field-names'
import { sliceArray } from '../../query/slice'
import { evalArg, evalArgs, isNullish, type Operator, type OperatorTable } from './operator'

function asArray(value: unknown, op: string): unknown[] {
  if (!Array.isArray(value)) throw badRequest(`The argument to ${op} must be an array`)
  return value
}

const truthy = (value: unknown): boolean =>
  !(value === undefined || value === null || value === false || value === 0)

function spec(args: unknown, op: string): Record<string, unknown> {
  if (!isPlainObject(args)) throw badRequest(`${op} requires an object`)
  return args
}

const filter: Operator = (args, ctx) => {
  const s = spec(args, '$filter')
  const input = ctx.evaluate(s.input)
  if (isNullish(input)) return null
  const name = typeof s.as === 'string' ? s.as : 'this'
  const kept = asArray(input, '$filter').filter((item) =>
    truthy(ctx.scoped({ [name]: item })(s.cond)),
  )
  return s.limit === undefined ? kept : kept.slice(0, toNumber(ctx.evaluate(s.limit)))
}

const map: Operator = (args, ctx) => {
  const s = spec(args, '$map')
  const input = ctx.evaluate(s.input)
  if (isNullish(input)) return null
  const name = typeof s.as === 'string' ? s.as : 'this'
  return asArray(input, '$map').map((item) => ctx.scoped({ [name]: item })(s.in))
}

const reduce: Operator = (args, ctx) => {
  const s = spec(args, '$reduce')
  const input = ctx.evaluate(s.input)
  if (isNullish(input)) return null
  return asArray(input, '$reduce').reduce(
    (value, item) => ctx.scoped({ value, this: item })(s.in),
    ctx.evaluate(s.initialValue),
  )
}

const arrayElemAt: Operator = (args, ctx) => {
  const [array, index] = evalArgs(args, ctx)
  if (isNullish(array) || isNullish(index)) return null
  const items = asArray(array, '$arrayElemAt')
  const i = toNumber(index)
  return items[i < 0 ? items.length + i : i]
}

const mergeObjects: Operator = (args, ctx) => {
  const values = evalArgs(args, ctx)
  const list = values.length === 1 && Array.isArray(values[0]) ? (values[0] as unknown[]) : values
  const out: Record<string, unknown> = {}
  for (const value of list) if (isPlainObject(value)) Object.assign(out, value)
  return out
}

const range: Operator = (args, ctx) => {
  const [start, end, step] = evalArgs(args, ctx).map((value) => toNumber(value ?? 1))
  const out: number[] = []
  const by = step ?? 1
  for (let n = start ?? 0; by > 0 ? n < (end ?? 0) : n > (end ?? 0); n += by) out.push(n)
  return out
}

export const ARRAY_OPERATORS: OperatorTable = {
  $size: (args, ctx) => asArray(evalArg(args, ctx), '$size').length,
  $isArray: (args, ctx) => Array.isArray(evalArg(args, ctx)),
  $in: (args, ctx) => {
    const [value, array] = evalArgs(args, ctx)
    return asArray(array, '$in').some((item) => valuesEqual(item, value ?? null))
  },
  $indexOfArray: (args, ctx) => {
    const [array, value] = evalArgs(args, ctx)
    if (isNullish(array)) return null
    return asArray(array, '$indexOfArray').findIndex((item) => valuesEqual(item, value ?? null))
  },
  $arrayElemAt: arrayElemAt,
  $concatArrays: (args, ctx) => {
    const values = evalArgs(args, ctx)
    if (values.some(isNullish)) return null
    return values.flatMap((value) => asArray(value, '$concatArrays'))
  },
  $reverseArray: (args, ctx) => {
    const value = evalArg(args, ctx)
    return isNullish(value) ? null : [...asArray(value, '$reverseArray')].reverse()
  },
  $slice: (args, ctx) => {
    const [array, a, b] = evalArgs(args, ctx)
    if (isNullish(array)) return null
    return sliceArray(asArray(array, '$slice'), b === undefined ? a : [a, b])
  },
  $range: range,
  $filter: filter,
  $map: map,
  $reduce: reduce,
  $mergeObjects: mergeObjects,
  $objectToArray: (args, ctx) => {
    const value = evalArg(args, ctx)
    if (!isPlainObject(value)) return null
    return Object.entries(value).map(([k, v]) => ({ k, v }))
  },
  $arrayToObject: (args, ctx) => {
    const out: Record<string, unknown> = {}
    for (const pair of asArray(evalArg(args, ctx), '$arrayToObject')) {
      const [key, value] = Array.isArray(pair) ? pair : isPlainObject(pair) ? [pair.k, pair.v] : []
      if (key === undefined) continue
      checkPathParts(String(key), [String(key)])
      out[String(key)] = value
    }
    return out
  },
}
