// Query operators on the values a field path reaches ($eq, $gt, $in, $size, $elemMatch, $not, …).
import { BSONRegExp } from 'bson'
import { geoIntersectsTest, geoWithinTest, nearTest } from '../geo/geo-operators'
import { badRequest } from '../protocol/errors'
import { compareValues, isPlainObject, toNumber, typeRank, valuesEqual } from './bson-values'
import { expandLeaves } from './paths'
import { isBsonRegExp, regexTester } from './regex'

/** Tests the leaves of one field path (see collectLeaves); `undefined` leaves mean "missing". */
export type LeafTest = (leaves: unknown[]) => boolean
export type DocTest = (doc: Record<string, unknown>) => boolean
export type FilterCompiler = (filter: unknown) => DocTest

/** `{a: null}` matches a missing field too; everything else needs a value of the same BSON type. */
function equalsOperand(value: unknown, operand: unknown): boolean {
  if (operand === null) return value === null || value === undefined
  return value !== undefined && valuesEqual(value, operand)
}

export function equalityTest(operand: unknown): LeafTest {
  if (isBsonRegExp(operand)) {
    const test = regexTester(operand)
    return (leaves) => expandLeaves(leaves).some(test)
  }
  return (leaves) => expandLeaves(leaves).some((value) => equalsOperand(value, operand))
}

function comparisonTest(
  accept: (order: number) => boolean,
  operand: unknown,
  op: string,
): LeafTest {
  if (operand === null) {
    // $gte/$lte null behave as equality to null; $gt/$lt null match nothing (type bracketing).
    return op === '$gte' || op === '$lte' ? equalityTest(null) : () => false
  }
  const rank = typeRank(operand)
  return (leaves) =>
    expandLeaves(leaves).some(
      (value) =>
        value !== undefined && typeRank(value) === rank && accept(compareValues(value, operand)),
    )
}

function inTest(operand: unknown, op: string): LeafTest {
  if (!Array.isArray(operand)) throw badRequest(`${op} needs an array`)
  const tests = operand.map((item) => equalityTest(item))
  return (leaves) => tests.some((test) => test(leaves))
}

function modTest(operand: unknown): LeafTest {
  if (!Array.isArray(operand) || operand.length !== 2) {
    throw badRequest('malformed mod, needs to be an array of [divisor, remainder]')
  }
  const divisor = Math.trunc(toNumber(operand[0]))
  const remainder = Math.trunc(toNumber(operand[1]))
  if (!divisor) throw badRequest('divisor cannot be 0')
  return (leaves) =>
    expandLeaves(leaves).some(
      (value) => typeRank(value) === 2 && Math.trunc(toNumber(value)) % divisor === remainder,
    )
}

function regexOperatorTest(ops: Record<string, unknown>): LeafTest {
  const pattern = ops.$regex
  const options = typeof ops.$options === 'string' ? ops.$options : ''
  if (isBsonRegExp(pattern))
    return equalityTest(new BSONRegExp(pattern.pattern, options || pattern.options))
  if (typeof pattern !== 'string') throw badRequest('$regex has to be a string')
  return equalityTest(new BSONRegExp(pattern, options))
}

/** True when every key is an operator; a mix of operators and fields is refused, as by MongoDB. */
export function isOperatorObject(value: unknown): value is Record<string, unknown> {
  if (!isPlainObject(value)) return false
  const keys = Object.keys(value)
  if (keys.length === 0) return false
  const operators = keys.filter((key) => key.startsWith('$')).length
  if (operators > 0 && operators < keys.length) {
    throw badRequest(`unknown operator: ${keys.find((key) => !key.startsWith('$'))}`)
  }
  return operators > 0
}

function elemMatchTest(spec: unknown, compileFilter: FilterCompiler): LeafTest {
  if (!isPlainObject(spec)) throw badRequest('$elemMatch needs an Object')
  const logical = Object.keys(spec).some((key) => ['$and', '$or', '$nor'].includes(key))
  let matches: (item: unknown) => boolean
  if (isOperatorObject(spec) && !logical) {
    const test = compileOperators(spec, compileFilter)
    matches = (item) => test([item])
  } else {
    const test = compileFilter(spec)
    matches = (item) => isPlainObject(item) && test(item)
  }
  return (leaves) => leaves.some((value) => Array.isArray(value) && value.some(matches))
}

function allTest(operand: unknown, compileFilter: FilterCompiler): LeafTest {
  if (!Array.isArray(operand)) throw badRequest('$all needs an array')
  if (operand.length === 0) return () => false
  const tests = operand.map((item) =>
    isPlainObject(item) && '$elemMatch' in item
      ? elemMatchTest(item.$elemMatch, compileFilter)
      : equalityTest(item),
  )
  return (leaves) => tests.every((test) => test(leaves))
}

function notTest(operand: unknown, compileFilter: FilterCompiler): LeafTest {
  if (isBsonRegExp(operand)) {
    const test = equalityTest(operand)
    return (leaves) => !test(leaves)
  }
  if (!isOperatorObject(operand)) throw badRequest('$not needs a regex or a document')
  const test = compileOperators(operand, compileFilter)
  return (leaves) => !test(leaves)
}

const UNSUPPORTED = ['$text', '$where']

type OperatorCompiler = (operand: unknown, compileFilter: FilterCompiler) => LeafTest
const negate =
  (test: LeafTest): LeafTest =>
  (leaves) =>
    !test(leaves)

const OPERATORS: Record<string, OperatorCompiler> = {
  $eq: (operand) => equalityTest(operand),
  $ne: (operand) => negate(equalityTest(operand)),
  $gt: (operand) => comparisonTest((order) => order > 0, operand, '$gt'),
  $gte: (operand) => comparisonTest((order) => order >= 0, operand, '$gte'),
  $lt: (operand) => comparisonTest((order) => order < 0, operand, '$lt'),
  $lte: (operand) => comparisonTest((order) => order <= 0, operand, '$lte'),
  $in: (operand) => inTest(operand, '$in'),
  $nin: (operand) => negate(inTest(operand, '$nin')),
  $exists: (operand) => (leaves) =>
    leaves.some((value) => value !== undefined) === Boolean(operand),
  $size: (operand) => {
    if (typeof operand !== 'number') throw badRequest('$size needs a number')
    return (leaves) => leaves.some((value) => Array.isArray(value) && value.length === operand)
  },
  $mod: (operand) => modTest(operand),
  $all: allTest,
  $elemMatch: elemMatchTest,
  $not: notTest,
  // The geo index these need is checked where the collection is known (store/finder).
  $nearSphere: (operand) => nearTest(operand, '$nearSphere'),
  $near: (operand) => nearTest(operand, '$near'),
  $geoWithin: (operand) => geoWithinTest(operand),
  $geoIntersects: (operand) => geoIntersectsTest(operand),
}

function compileOperator(op: string, operand: unknown, compileFilter: FilterCompiler): LeafTest {
  const compile = OPERATORS[op]
  if (compile) return compile(operand, compileFilter)
  if (UNSUPPORTED.includes(op)) throw badRequest(`${op} is not supported by the local emulator`)
  throw badRequest(`unknown operator: ${op}`)
}

/** Compiles `{$gt: 1, $lt: 5}`: every operator must hold (on possibly different array elements). */
export function compileOperators(
  ops: Record<string, unknown>,
  compileFilter: FilterCompiler,
): LeafTest {
  const tests: LeafTest[] = []
  if ('$regex' in ops) tests.push(regexOperatorTest(ops))
  else if ('$options' in ops) throw badRequest('$options needs a $regex')
  for (const [op, operand] of Object.entries(ops)) {
    // $options belongs to $regex, compiled above.
    if (op !== '$regex' && op !== '$options')
      tests.push(compileOperator(op, operand, compileFilter))
  }
  if (tests.length === 1) return tests[0] as LeafTest
  return (leaves) => tests.every((test) => test(leaves))
}
