// Array update operators: $push (with $each/$position/$slice/$sort), $pull, $pullAll, $pop, $addToSet.
import { badRequest } from '../protocol/errors'
import {
  compareValues,
  deepClone,
  isPlainObject,
  toNumber,
  valuesEqual,
} from '../query/bson-values'
import { equalityTest, isOperatorObject, compileOperators } from '../query/field-operators'
import { compileFilter } from '../query/matcher'
import { splitPath } from '../query/paths'
import { sliceArray } from '../query/slice'
import { parseSortSpec, sortDocs } from '../query/sort'
import type { FieldOperator } from './field-ops'
import { readAt, writeAt } from './path-write'

type Doc = Record<string, unknown>

/** The array at path (created empty if missing); anything else there is MongoDB's error. */
function arrayAt(doc: Doc, path: string, op: string): unknown[] {
  const parts = splitPath(path)
  const current = readAt(doc, parts)
  if (current === undefined) {
    const created: unknown[] = []
    writeAt(doc, parts, created)
    return created
  }
  if (!Array.isArray(current)) {
    throw badRequest(
      `The field '${path}' must be an array but is of type ${typeof current} in document {_id: ${String(doc._id)}} (${op})`,
    )
  }
  return current
}

function sortItems(items: unknown[], spec: unknown): unknown[] {
  if (typeof spec === 'number') {
    return [...items].sort((a, b) => compareValues(a, b) * (spec < 0 ? -1 : 1))
  }
  return sortDocs(items, parseSortSpec(spec), (item) => item)
}

const push: FieldOperator = (doc, path, operand) => {
  const hasModifiers = isPlainObject(operand) && '$each' in operand
  const each = hasModifiers ? (operand as Doc).$each : [operand]
  if (!Array.isArray(each)) throw badRequest('The argument to $each in $push must be an array')
  const array = arrayAt(doc, path, '$push')
  const modifiers = hasModifiers ? (operand as Doc) : {}
  const items = each.map((item) => deepClone(item))
  let position =
    modifiers.$position === undefined ? array.length : Math.trunc(toNumber(modifiers.$position))
  if (position < 0) position = Math.max(array.length + position, 0)
  array.splice(Math.min(position, array.length), 0, ...items)
  let result = array
  if (modifiers.$sort !== undefined) result = sortItems(result, modifiers.$sort)
  if (modifiers.$slice !== undefined) result = sliceArray(result, modifiers.$slice)
  if (result !== array) writeAt(doc, splitPath(path), result)
}

const addToSet: FieldOperator = (doc, path, operand) => {
  const each = isPlainObject(operand) && '$each' in operand ? operand.$each : [operand]
  if (!Array.isArray(each)) throw badRequest('The argument to $each in $addToSet must be an array')
  const array = arrayAt(doc, path, '$addToSet')
  for (const item of each) {
    if (!array.some((existing) => valuesEqual(existing, item))) array.push(deepClone(item))
  }
}

/** $pull's condition: a query on each element (operators or sub-document fields), or a value. */
function pullMatcher(condition: unknown): (item: unknown) => boolean {
  if (isOperatorObject(condition)) {
    const test = compileOperators(condition, (filter) => compileFilter(filter))
    return (item) => test([item])
  }
  if (isPlainObject(condition)) {
    const test = compileFilter(condition)
    return (item) => isPlainObject(item) && test(item)
  }
  const test = equalityTest(condition)
  return (item) => test([item])
}

function removeWhere(doc: Doc, path: string, matches: (item: unknown) => boolean): void {
  const parts = splitPath(path)
  const current = readAt(doc, parts)
  if (current === undefined) return
  if (!Array.isArray(current)) throw badRequest(`Cannot apply $pull to a non-array value (${path})`)
  writeAt(
    doc,
    parts,
    current.filter((item) => !matches(item)),
  )
}

export const ARRAY_OPERATORS: Record<string, FieldOperator> = {
  $push: push,
  $addToSet: addToSet,
  $pull: (doc, path, operand) => removeWhere(doc, path, pullMatcher(operand)),
  $pullAll: (doc, path, operand) => {
    if (!Array.isArray(operand)) throw badRequest('$pullAll requires an array argument')
    removeWhere(doc, path, (item) => operand.some((value) => valuesEqual(item, value)))
  },
  $pop: (doc, path, operand) => {
    const parts = splitPath(path)
    const current = readAt(doc, parts)
    if (current === undefined) return
    if (!Array.isArray(current))
      throw badRequest(`Path '${path}' contains an element of non-array type`)
    if (toNumber(operand) < 0) current.shift()
    else current.pop()
  },
}
