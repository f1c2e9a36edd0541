// Compiles a MongoDB query document (as the SDK encodes where()) into a document predicate.
import { evaluateExpression, isTruthy, type Variables } from '../aggregate/expressions'
import { badRequest } from '../protocol/errors'
import { isPlainObject } from './bson-values'
import {
  compileOperators,
  equalityTest,
  isOperatorObject,
  type DocTest,
  type LeafTest,
} from './field-operators'
import { compileJsonSchema } from './json-schema'
import { collectLeaves, splitPath } from './paths'

export type { DocTest }

function all(tests: DocTest[]): DocTest {
  if (tests.length === 0) return () => true
  if (tests.length === 1) return tests[0] as DocTest
  return (doc) => tests.every((test) => test(doc))
}

function subFilters(op: string, operand: unknown, vars: Variables): DocTest[] {
  if (!Array.isArray(operand) || operand.length === 0) {
    throw badRequest(`${op} must be a nonempty array`)
  }
  return operand.map((item) => {
    if (!isPlainObject(item)) throw badRequest(`${op} argument's entries must be objects`)
    return compileFilterWith(item, vars)
  })
}

function compileLogical(op: string, operand: unknown, vars: Variables): DocTest | undefined {
  switch (op) {
    case '$and':
      return all(subFilters(op, operand, vars))
    case '$or': {
      const tests = subFilters(op, operand, vars)
      return (doc) => tests.some((test) => test(doc))
    }
    case '$nor': {
      const tests = subFilters(op, operand, vars)
      return (doc) => !tests.some((test) => test(doc))
    }
    case '$jsonSchema':
      return compileJsonSchema(operand)
    case '$expr':
      return (doc) => isTruthy(evaluateExpression(operand, doc, vars))
    case '$comment':
      return undefined
    default:
      throw badRequest(`unknown top level operator: ${op}`)
  }
}

function compileField(path: string, condition: unknown, vars: Variables): DocTest {
  const parts = splitPath(path)
  // A db.RegExp value is a pattern match; any other literal is equality (see equalityTest).
  const test: LeafTest = isOperatorObject(condition)
    ? compileOperators(condition, (filter) => compileFilterWith(filter, vars))
    : equalityTest(condition)
  return (doc) => test(collectLeaves(doc, parts))
}

function compileFilterWith(filter: unknown, vars: Variables): DocTest {
  if (filter === undefined || filter === null) return () => true
  if (!isPlainObject(filter)) throw badRequest('query must be an object')
  const tests: DocTest[] = []
  for (const [key, condition] of Object.entries(filter)) {
    if (key.startsWith('$')) {
      const test = compileLogical(key, condition, vars)
      if (test) tests.push(test)
    } else {
      tests.push(compileField(key, condition, vars))
    }
  }
  return all(tests)
}

/** MongoDB semantics: `$ne`/`$nin` match missing fields, arrays match on any element, etc. */
export function compileFilter(filter: unknown, vars: Variables = {}): DocTest {
  return compileFilterWith(filter, vars)
}
