// Applies an update document ({$set: …, $inc: …}) or a replacement to a stored document.
import { badRequest } from '../protocol/errors'
import { isPlainObject, valuesEqual } from '../query/bson-values'
import { checkStoredKeys } from '../query/field-names'
import { ARRAY_OPERATORS } from './array-ops'
import { FIELD_OPERATORS, type FieldOperator, type UpdateContext } from './field-ops'

type Doc = Record<string, unknown>
export type { UpdateContext }

const OPERATORS: Record<string, FieldOperator> = { ...FIELD_OPERATORS, ...ARRAY_OPERATORS }

export function isOperatorUpdate(update: Doc): boolean {
  return Object.keys(update).some((key) => key.startsWith('$'))
}

/** MongoDB refuses two operators on overlapping paths ('a' and 'a.b') in one update. */
function checkConflicts(update: Doc): void {
  const seen: string[] = []
  for (const [op, fields] of Object.entries(update)) {
    for (const path of Object.keys(fields as Doc)) {
      const targets = op === '$rename' ? [path, String((fields as Doc)[path])] : [path]
      for (const target of targets) {
        const clash = seen.find(
          (other) =>
            other === target || other.startsWith(`${target}.`) || target.startsWith(`${other}.`),
        )
        if (clash !== undefined)
          throw badRequest(`Updating the path '${target}' would create a conflict at '${clash}'`)
        seen.push(target)
      }
    }
  }
}

function checkOperators(update: Doc): void {
  for (const [op, fields] of Object.entries(update)) {
    if (!op.startsWith('$'))
      throw badRequest(
        `Unknown modifier: ${op}. Expected a valid update modifier or pipeline-style update`,
      )
    if (!OPERATORS[op]) throw badRequest(`Unknown modifier: ${op}`)
    if (!isPlainObject(fields))
      throw badRequest(
        `Modifiers operate on fields but we found type ${typeof fields} instead (${op})`,
      )
    // Values may hold modifiers ($each, $position…) but never a prototype key.
    for (const operand of Object.values(fields)) checkStoredKeys(operand, true)
  }
  checkConflicts(update)
}

/** Mutates `doc` with the operators of `update`; `_id` is immutable. */
export function applyOperators(doc: Doc, update: Doc, ctx: UpdateContext): void {
  checkOperators(update)
  const id = doc._id
  for (const [op, fields] of Object.entries(update)) {
    const apply = OPERATORS[op] as FieldOperator
    for (const [path, operand] of Object.entries(fields as Doc)) apply(doc, path, operand, ctx)
  }
  if (!valuesEqual(doc._id, id)) {
    throw badRequest(
      "Performing an update on the path '_id' would modify the immutable field '_id'",
    )
  }
}

/** doc().set(): the new body replaces every field but `_id`. */
/** A set() body: no update operators, no `$`-prefixed or prototype field names. */
export function checkReplacement(replacement: Doc): void {
  if (isOperatorUpdate(replacement))
    throw badRequest('replacement document must not contain update operators')
  checkStoredKeys(replacement, false)
}

export function replaceDocument(current: Doc, replacement: Doc): Doc {
  checkReplacement(replacement)
  const { _id: ignored, ...fields } = replacement
  void ignored
  return { _id: current._id, ...fields }
}
