// Arithmetic expression operators ($add, $subtract, $multiply, $divide, $round, …) and $sum/$avg/$min/$max.
import { badRequest } from '../../protocol/errors'
import { compareValues, typeRank, toNumber } from '../../query/bson-values'
import {
  asNumber,
  evalArgs,
  isNullish,
  numeric,
  type Operator,
  type OperatorTable,
} from './operator'

const add: Operator = (args, ctx) => {
  const values = evalArgs(args, ctx)
  if (values.some(isNullish)) return null
  let date: Date | undefined
  let sum = 0
  for (const value of values) {
    if (value instanceof Date) {
      if (date) throw badRequest('only one date allowed in an $add expression')
      date = value
    } else sum += asNumber(value, '$add')
  }
  return date ? new Date(date.getTime() + sum) : sum
}

const subtract: Operator = (args, ctx) => {
  const [a, b] = evalArgs(args, ctx)
  if (isNullish(a) || isNullish(b)) return null
  if (a instanceof Date && b instanceof Date) return a.getTime() - b.getTime()
  if (a instanceof Date) return new Date(a.getTime() - asNumber(b, '$subtract'))
  return asNumber(a, '$subtract') - asNumber(b, '$subtract')
}

const multiply: Operator = (args, ctx) => {
  const values = evalArgs(args, ctx)
  if (values.some(isNullish)) return null
  return values.reduce<number>((product, value) => product * asNumber(value, '$multiply'), 1)
}

const binary =
  (op: string, fn: (a: number, b: number) => number): Operator =>
  (args, ctx) => {
    const [a, b] = evalArgs(args, ctx)
    if (isNullish(a) || isNullish(b)) return null
    return fn(asNumber(a, op), asNumber(b, op))
  }

const round: Operator = (args, ctx) => {
  const [value, placeValue] = evalArgs(args, ctx)
  if (isNullish(value)) return null
  const factor = 10 ** (isNullish(placeValue) ? 0 : toNumber(placeValue))
  // MongoDB rounds half to even.
  const scaled = asNumber(value, '$round') * factor
  const floor = Math.floor(scaled)
  const diff = scaled - floor
  const even = diff === 0.5 ? (floor % 2 === 0 ? floor : floor + 1) : Math.round(scaled)
  return even / factor
}

function numbersOf(values: unknown[]): number[] {
  const flat = values.length === 1 && Array.isArray(values[0]) ? (values[0] as unknown[]) : values
  return flat.filter((value) => typeRank(value) === 2).map(toNumber)
}

function extreme(direction: 1 | -1): Operator {
  return (args, ctx) => {
    const values = evalArgs(args, ctx)
    const flat = values.length === 1 && Array.isArray(values[0]) ? (values[0] as unknown[]) : values
    const present = flat.filter((value) => !isNullish(value))
    if (present.length === 0) return null
    return present.reduce((best, value) =>
      compareValues(value, best) * direction > 0 ? value : best,
    )
  }
}

export const MATH_OPERATORS: OperatorTable = {
  $add: add,
  $subtract: subtract,
  $multiply: multiply,
  $divide: binary('$divide', (a, b) => {
    if (b === 0) throw badRequest("can't $divide by zero")
    return a / b
  }),
  $mod: binary('$mod', (a, b) => a % b),
  $pow: binary('$pow', (a, b) => a ** b),
  $abs: numeric('$abs', Math.abs),
  $ceil: numeric('$ceil', Math.ceil),
  $floor: numeric('$floor', Math.floor),
  $trunc: numeric('$trunc', Math.trunc),
  $sqrt: numeric('$sqrt', Math.sqrt),
  $exp: numeric('$exp', Math.exp),
  $ln: numeric('$ln', Math.log),
  $log10: numeric('$log10', Math.log10),
  $log: binary('$log', (a, b) => Math.log(a) / Math.log(b)),
  $round: round,
  $sum: (args, ctx) => numbersOf(evalArgs(args, ctx)).reduce((sum, n) => sum + n, 0),
  $avg: (args, ctx) => {
    const numbers = numbersOf(evalArgs(args, ctx))
    return numbers.length ? numbers.reduce((sum, n) => sum + n, 0) / numbers.length : null
  },
  $max: extreme(1),
  $min: extreme(-1),
}
