// The reshaping stages: $project, $addFields, $unset, $unwind, $count, $replaceRoot.
import { badRequest } from '../protocol/errors'
import type { Doc } from '../protocol/ejson'
import { deepClone, isPlainObject, typeRank } from '../query/bson-values'
import { compileProjection, isIncluded } from '../query/projection'
import { getPath, splitPath } from '../query/paths'
import { removeAt, writeAt } from '../update/path-write'
import { evaluateExpression, type Variables } from './expressions'

function entriesOf(spec: unknown, stage: string): Array<[string, unknown]> {
  if (!isPlainObject(spec)) throw badRequest(`${stage} specification must be an object`)
  const out: Array<[string, unknown]> = []
  const flatten = (obj: Record<string, unknown>, prefix: string): void => {
    for (const [key, value] of Object.entries(obj)) {
      const path = prefix ? `${prefix}.${key}` : key
      const nested =
        isPlainObject(value) &&
        Object.keys(value).length > 0 &&
        !Object.keys(value).some((k) => k.startsWith('$'))
      if (nested) flatten(value, path)
      else out.push([path, value])
    }
  }
  flatten(spec, '')
  return out
}

/** 0/false excludes, 1/true (any non-zero number) includes, anything else is a computed field. */
function isFlag(value: unknown): boolean {
  return typeof value === 'boolean' || typeRank(value) === 2
}

export function projectStage(docs: Doc[], spec: unknown, vars: Variables): Doc[] {
  const entries = entriesOf(spec, '$project')
  const computed = entries.filter(([, value]) => !isFlag(value))
  const flags = entries.filter(([, value]) => isFlag(value))
  const includes = flags.filter(([path, value]) => path !== '_id' && isIncluded(value))
  const excludes = flags.filter(([path, value]) => path !== '_id' && !isIncluded(value))
  const keepId = !flags.some(([path, value]) => path === '_id' && !isIncluded(value))
  if (excludes.length > 0 && includes.length + computed.length > 0) {
    throw badRequest('Invalid $project: cannot mix inclusion and exclusion')
  }
  const idOnly = flags.some(([path, value]) => path === '_id' && isIncluded(value))
  if (includes.length + computed.length === 0 && !idOnly) {
    const project = compileProjection(Object.fromEntries(flags))
    return docs.map((doc) => (project ? project(doc) : deepClone(doc)))
  }
  const project = includes.length
    ? compileProjection(
        Object.fromEntries([...includes.map(([p]) => [p, 1]), ['_id', keepId ? 1 : 0]]),
      )
    : undefined
  return docs.map((doc) => {
    const out: Doc = project
      ? project(doc)
      : keepId && doc._id !== undefined
        ? { _id: doc._id }
        : {}
    for (const [path, expr] of computed)
      writeComputed(out, path, evaluateExpression(expr, doc, vars))
    return out
  })
}

function writeComputed(doc: Doc, path: string, value: unknown): void {
  if (value === undefined) removeAt(doc, splitPath(path))
  else writeAt(doc, splitPath(path), value)
}

export function addFieldsStage(docs: Doc[], spec: unknown, vars: Variables): Doc[] {
  const entries = entriesOf(spec, '$addFields')
  return docs.map((doc) => {
    const out = deepClone(doc)
    for (const [path, expr] of entries)
      writeComputed(out, path, evaluateExpression(expr, doc, vars))
    return out
  })
}

export function unsetStage(docs: Doc[], spec: unknown): Doc[] {
  const paths = typeof spec === 'string' ? [spec] : spec
  if (!Array.isArray(paths) || paths.some((p) => typeof p !== 'string'))
    throw badRequest('$unset needs a field name or an array of them')
  const project = compileProjection(Object.fromEntries(paths.map((p) => [p as string, 0])))
  return docs.map((doc) => (project ? project(doc) : doc))
}

export function unwindStage(docs: Doc[], spec: unknown): Doc[] {
  const options = typeof spec === 'string' ? { path: spec } : spec
  if (
    !isPlainObject(options) ||
    typeof options.path !== 'string' ||
    !options.path.startsWith('$')
  ) {
    throw badRequest('$unwind path must be a field path starting with $')
  }
  const parts = splitPath(options.path.slice(1))
  const indexField =
    typeof options.includeArrayIndex === 'string' ? splitPath(options.includeArrayIndex) : undefined
  const preserve = options.preserveNullAndEmptyArrays === true
  return docs.flatMap((doc) => {
    const value = getPath(doc, parts)
    const emit = (item: unknown, index: number | null): Doc => {
      const out = deepClone(doc)
      if (item === undefined) removeAt(out, parts)
      else writeAt(out, parts, deepClone(item))
      if (indexField) writeAt(out, indexField, index)
      return out
    }
    if (Array.isArray(value) && value.length > 0) return value.map((item, i) => emit(item, i))
    if (value !== undefined && value !== null && !Array.isArray(value)) return [emit(value, null)]
    return preserve ? [emit(Array.isArray(value) ? undefined : value, null)] : []
  })
}

export function countStage(docs: Doc[], spec: unknown): Doc[] {
  if (typeof spec !== 'string' || spec === '' || spec.startsWith('$') || spec.includes('.')) {
    throw badRequest('the count field must be a non-empty string without $ or .')
  }
  return docs.length ? [{ [spec]: docs.length }] : []
}

export function replaceRootStage(docs: Doc[], spec: unknown, vars: Variables): Doc[] {
  const newRoot = isPlainObject(spec) && 'newRoot' in spec ? spec.newRoot : spec
  return docs.map((doc) => {
    const root = evaluateExpression(newRoot, doc, vars)
    if (!isPlainObject(root)) throw badRequest("'newRoot' expression must evaluate to an object")
    return root
  })
}
