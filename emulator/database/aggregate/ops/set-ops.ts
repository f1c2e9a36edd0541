// Set expression operators ($setUnion, $setIntersection, $setDifference, $setEquals, $setIsSubset, $allElementsTrue, $anyElementTrue).
import { badRequest } from '../../protocol/errors'
import { valuesEqual } from '../../query/bson-values'
import { evalArgs, isNullish, type Operator, type OperatorTable } from './operator'

const truthy = (value: unknown): boolean =>
  !(value === undefined || value === null || value === false || value === 0)

function unique(items: unknown[]): unknown[] {
  const out: unknown[] = []
  for (const item of items) if (!out.some((seen) => valuesEqual(seen, item))) out.push(item)
  return out
}

const has = (set: unknown[], item: unknown): boolean => set.some((x) => valuesEqual(x, item))

/** MongoDB: every operand must be an array; a null or missing operand makes the result null. */
function arrays(op: string, values: unknown[], nullable: boolean): unknown[][] | null {
  if (nullable && values.some(isNullish)) return null
  if (values.some((value) => !Array.isArray(value)))
    throw badRequest(`All operands of ${op} must be arrays`)
  return values as unknown[][]
}

function nullableSet(op: string, combine: (sets: unknown[][]) => unknown[]): Operator {
  return (args, ctx) => {
    const sets = arrays(op, evalArgs(args, ctx), true)
    return sets === null ? null : combine(sets)
  }
}

/** $allElementsTrue: [ <array expression> ] — the one operand is the array to test. */
function elementsTest(op: string, accept: (items: unknown[]) => boolean): Operator {
  return (args, ctx) => {
    const [items] = evalArgs(args, ctx)
    if (!Array.isArray(items)) throw badRequest(`${op}'s argument must be an array`)
    return accept(items)
  }
}

export const SET_OPERATORS: OperatorTable = {
  $setUnion: nullableSet('$setUnion', (sets) => unique(sets.flat())),
  $setIntersection: nullableSet('$setIntersection', (sets) => {
    const [first = [], ...rest] = sets
    return unique(first).filter((item) => rest.every((set) => has(set, item)))
  }),
  $setDifference: nullableSet('$setDifference', ([a = [], b = []]) =>
    unique(a).filter((item) => !has(b, item)),
  ),
  $setEquals: (args, ctx) => {
    const sets = arrays('$setEquals', evalArgs(args, ctx), false) as unknown[][]
    if (sets.length < 2) throw badRequest('$setEquals needs at least two arguments')
    const [first = [], ...rest] = sets
    return rest.every(
      (set) => set.every((item) => has(first, item)) && first.every((item) => has(set, item)),
    )
  },
  $setIsSubset: (args, ctx) => {
    const [a = [], b = []] = arrays('$setIsSubset', evalArgs(args, ctx), false) as unknown[][]
    return a.every((item) => has(b, item))
  },
  $allElementsTrue: elementsTest('$allElementsTrue', (items) => items.every(truthy)),
  $anyElementTrue: elementsTest('$anyElementTrue', (items) => items.some(truthy)),
}
