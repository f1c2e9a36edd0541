// Splits a query into per-field conditions an index can answer (equality, $in, ranges) and the rest.
import { ObjectId } from 'bson'
import { isPlainObject } from '../query/bson-values'
import type { DocId } from './doc-ids'
import { encodeScalar, type KeyPart } from './index-keys'

export interface Bound {
  op: '>' | '>=' | '<' | '<='
  key: KeyPart
}

export interface FieldCondition {
  eq?: KeyPart
  inList?: KeyPart[]
  bounds: Bound[]
}

export interface Conditions {
  fields: Map<string, FieldCondition>
  /**
   * `$or` groups whose branches are plain field conditions (a keyset cursor, a board's scopes): an
   * index holding every field of a group answers it in SQL; otherwise each branch may get its own plan.
   */
  ors: Conditions[][]
  /** Some part of the query is not expressed by `fields` or `ors`: a JS filter must still run. */
  residual: boolean
}

const RANGE_OPS: Record<string, Bound['op']> = { $gt: '>', $gte: '>=', $lt: '<', $lte: '<=' }

function fieldOf(conditions: Conditions, path: string): FieldCondition {
  let field = conditions.fields.get(path)
  if (!field) {
    field = { bounds: [] }
    conditions.fields.set(path, field)
  }
  return field
}

function addEquality(conditions: Conditions, path: string, value: unknown): void {
  const key = encodeScalar(value)
  const field = fieldOf(conditions, path)
  if (!key || field.eq) conditions.residual = true
  else field.eq = key
}

// Longer $in lists stay in JS (SQLite caps bound parameters); _id lists are fetched one by one.
const MAX_SQL_IN = 500

function addIn(conditions: Conditions, path: string, operand: unknown): void {
  // {$in: [x]} is {$eq: x} for scalars (MongoDB plans it as a point too), so the index walks on.
  if (Array.isArray(operand) && operand.length === 1 && encodeScalar(operand[0]))
    return addEquality(conditions, path, operand[0])
  const fits = Array.isArray(operand) && (path === '_id' || operand.length <= MAX_SQL_IN)
  const keys = fits ? operand.map(encodeScalar) : []
  const field = fieldOf(conditions, path)
  // `_id: {$in: []}` (a $lookup from an empty array) finds nothing, by primary key.
  if (path === '_id' && fits && keys.length === 0 && !field.inList) {
    field.inList = []
    return
  }
  // Mixed types are fine ([0, 1, null] also matches a missing field): SQL compares (type, value) pairs.
  if (keys.length === 0 || keys.some((key) => key === undefined) || field.inList)
    conditions.residual = true
  else field.inList = keys as KeyPart[]
}

function addOperators(conditions: Conditions, path: string, ops: Record<string, unknown>): void {
  for (const [op, operand] of Object.entries(ops)) {
    const range = RANGE_OPS[op]
    const key = operand === null ? undefined : encodeScalar(operand)
    if (op === '$eq') addEquality(conditions, path, operand)
    else if (op === '$in') addIn(conditions, path, operand)
    else if (op === '$elemMatch') addElemMatch(conditions, path, operand)
    else if (range && key) fieldOf(conditions, path).bounds.push({ op: range, key })
    else conditions.residual = true
  }
}

/**
 * {roles: {$elemMatch: {gridId: 'g'}}} only matches documents with an entry 'g' under roles.gridId:
 * that narrows through an index on the dotted path; the $elemMatch itself stays for the JS filter.
 */
function addElemMatch(conditions: Conditions, path: string, operand: unknown): void {
  conditions.residual = true
  if (!isPlainObject(operand)) return
  for (const [key, value] of Object.entries(operand)) {
    if (key.startsWith('$') || isPlainObject(value) || Array.isArray(value)) continue
    const field = fieldOf(conditions, `${path}.${key}`)
    const k = encodeScalar(value)
    if (k && !field.eq && k.t !== 1) field.eq = k
  }
}

/** An $or of plain field conditions becomes a group; anything else is left to the JS filter. */
function addOr(conditions: Conditions, branches: unknown): void {
  if (!Array.isArray(branches) || branches.length === 0) return void (conditions.residual = true)
  const parsed = branches.map((branch) => extractConditions(branch))
  if (parsed.some((branch) => branch.residual || branch.ors.length > 0 || branch.fields.size === 0))
    conditions.residual = true
  else conditions.ors.push(parsed)
}

function walk(conditions: Conditions, filter: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(filter)) {
    if (key === '$or') {
      addOr(conditions, value)
    } else if (key === '$and' && Array.isArray(value)) {
      for (const item of value) {
        if (isPlainObject(item)) walk(conditions, item)
        else conditions.residual = true
      }
    } else if (key.startsWith('$')) {
      conditions.residual = true
    } else if (isPlainObject(value) && Object.keys(value).some((k) => k.startsWith('$'))) {
      addOperators(conditions, key, value)
    } else {
      addEquality(conditions, key, value)
    }
  }
}

export function extractConditions(filter: unknown): Conditions {
  const conditions: Conditions = { fields: new Map(), ors: [], residual: false }
  if (isPlainObject(filter)) walk(conditions, filter)
  else if (filter !== undefined && filter !== null) conditions.residual = true
  return conditions
}

/** _id equality or $in on string, number or ObjectId ids: fetched by primary key, then filtered. */
export function idLookup(conditions: Conditions): DocId[] | undefined {
  const field = conditions.fields.get('_id')
  if (!field) return undefined
  const given = field.eq ? [field.eq] : field.inList
  if (!given) return undefined
  // No document's _id is null (ids are strings, numbers or ObjectIds): a null key finds nothing,
  // as $lookup's join on a missing local field asks (`_id: {$in: [null]}`).
  const keys = given.filter((key) => key.t !== 1)
  if (!keys.every((key) => key.t === 2 || key.t === 3 || key.t === 7)) return undefined
  // An ObjectId key holds the id's hex string (see encodeScalar).
  return keys.map((key) => (key.t === 7 ? ObjectId.createFromHexString(String(key.v)) : key.v))
}
