// Field update operators: $set, $unset, $inc, $mul, $min, $max, $rename, $currentDate, $bit.
import { badRequest } from '../protocol/errors'
import { compareValues, deepClone, isPlainObject, toNumber, typeRank } from '../query/bson-values'
import { splitPath } from '../query/paths'
import { readAt, removeAt, writeAt } from './path-write'

type Doc = Record<string, unknown>
export interface UpdateContext {
  now: Date
  /** True while building a document for an upsert ($setOnInsert applies only then). */
  inserting: boolean
}
export type FieldOperator = (doc: Doc, path: string, operand: unknown, ctx: UpdateContext) => void

function arithmetic(
  op: string,
  combine: (current: number, operand: number) => number,
  initial: (operand: number) => number,
): FieldOperator {
  return (doc, path, operand) => {
    if (typeRank(operand) !== 2)
      throw badRequest(`Cannot ${op} with non-numeric argument: {${path}: ${String(operand)}}`)
    const parts = splitPath(path)
    const current = readAt(doc, parts)
    if (current === undefined) return writeAt(doc, parts, initial(toNumber(operand)))
    if (typeRank(current) !== 2) {
      throw badRequest(
        `Cannot apply ${op} to a value of non-numeric type. {_id: ${String(doc._id)}} has the field '${path}' of non-numeric type`,
      )
    }
    writeAt(doc, parts, combine(toNumber(current), toNumber(operand)))
  }
}

function extreme(keepNew: (order: number) => boolean): FieldOperator {
  return (doc, path, operand) => {
    const parts = splitPath(path)
    const current = readAt(doc, parts)
    if (current === undefined || keepNew(compareValues(operand, current)))
      writeAt(doc, parts, deepClone(operand))
  }
}

const rename: FieldOperator = (doc, path, operand) => {
  if (typeof operand !== 'string' || operand === '')
    throw badRequest('$rename target must be a string')
  if (operand === path) throw badRequest('The source and target field for $rename must differ')
  const from = splitPath(path)
  const value = readAt(doc, from)
  if (value === undefined) return
  removeAt(doc, from)
  writeAt(doc, splitPath(operand), value)
}

const bit: FieldOperator = (doc, path, operand) => {
  if (!isPlainObject(operand)) throw badRequest('$bit needs an object like {and: 5}')
  const parts = splitPath(path)
  let value = toNumber(readAt(doc, parts) ?? 0)
  for (const [op, arg] of Object.entries(operand)) {
    const n = toNumber(arg)
    if (op === 'and') value &= n
    else if (op === 'or') value |= n
    else if (op === 'xor') value ^= n
    else throw badRequest(`The $bit modifier only supports 'and', 'or', and 'xor', not '${op}'`)
  }
  writeAt(doc, parts, value)
}

export const FIELD_OPERATORS: Record<string, FieldOperator> = {
  $set: (doc, path, operand) => writeAt(doc, splitPath(path), deepClone(operand)),
  $setOnInsert: (doc, path, operand, ctx) => {
    if (ctx.inserting) writeAt(doc, splitPath(path), deepClone(operand))
  },
  $unset: (doc, path) => removeAt(doc, splitPath(path)),
  $inc: arithmetic(
    '$inc',
    (a, b) => a + b,
    (b) => b,
  ),
  $mul: arithmetic(
    '$mul',
    (a, b) => a * b,
    () => 0,
  ),
  $min: extreme((order) => order < 0),
  $max: extreme((order) => order > 0),
  $rename: rename,
  $currentDate: (doc, path, _operand, ctx) =>
    writeAt(doc, splitPath(path), new Date(ctx.now.getTime())),
  $bit: bit,
}
