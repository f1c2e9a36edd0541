// String expression operators ($concat, $toLower, $substrCP, $split, …).
import { badRequest } from '../../protocol/errors'
import { compareStrings, toNumber } from '../../query/bson-values'
import { evalArg, evalArgs, isNullish, type Operator, type OperatorTable } from './operator'

function str(value: unknown): string {
  if (isNullish(value)) return ''
  if (value instanceof Date) return value.toISOString()
  return String(value)
}

const substr: Operator = (args, ctx) => {
  const [value, start, length] = evalArgs(args, ctx)
  const chars = [...str(value)]
  const from = toNumber(start ?? 0)
  const count = toNumber(length ?? -1)
  return chars.slice(from, count < 0 ? undefined : from + count).join('')
}

const concat: Operator = (args, ctx) => {
  const values = evalArgs(args, ctx)
  if (values.some(isNullish)) return null
  if (values.some((value) => typeof value !== 'string'))
    throw badRequest('$concat only supports strings')
  return values.join('')
}

/** $indexOfBytes: the UTF-8 byte offset of a substring, within optional [start, end) byte bounds. */
const indexOfBytes: Operator = (args, ctx) => {
  const [value, search, start, end] = evalArgs(args, ctx)
  if (isNullish(value)) return null
  if (typeof value !== 'string' || typeof search !== 'string')
    throw badRequest('$indexOfBytes requires a string as the first and second argument')
  const bytes = Buffer.from(value)
  const from = isNullish(start) ? 0 : toNumber(start)
  const to = isNullish(end) ? bytes.length : Math.min(toNumber(end), bytes.length)
  if (from < 0 || to < 0) throw badRequest('$indexOfBytes bounds must be non-negative integers')
  if (from > to) return -1
  return bytes.subarray(0, to).indexOf(Buffer.from(search), from)
}

export const STRING_OPERATORS: OperatorTable = {
  $indexOfBytes: indexOfBytes,
  $concat: concat,
  $toLower: (args, ctx) => str(evalArg(args, ctx)).toLowerCase(),
  $toUpper: (args, ctx) => str(evalArg(args, ctx)).toUpperCase(),
  $toString: (args, ctx) => {
    const value = evalArg(args, ctx)
    return isNullish(value) ? null : str(value)
  },
  $substr: substr,
  $substrCP: substr,
  $substrBytes: substr,
  $strLenCP: (args, ctx) => [...str(evalArg(args, ctx))].length,
  $strLenBytes: (args, ctx) => Buffer.byteLength(str(evalArg(args, ctx))),
  $split: (args, ctx) => {
    const [value, delimiter] = evalArgs(args, ctx)
    if (isNullish(value)) return null
    return str(value).split(str(delimiter))
  },
  $trim: (args, ctx) => {
    const input = (args as { input?: unknown }).input
    return isNullish(input) ? null : str(ctx.evaluate(input)).trim()
  },
  $strcasecmp: (args, ctx) => {
    const [a, b] = evalArgs(args, ctx).map((value) => str(value).toLowerCase())
    return Math.sign(compareStrings(a ?? '', b ?? ''))
  },
  $indexOfCP: (args, ctx) => {
    const [value, search] = evalArgs(args, ctx)
    if (isNullish(value)) return null
    return [...str(value)].join('').indexOf(str(search))
  },
}
