// orderBy / $sort: MongoDB's ordering, where arrays sort by their smallest (asc) or largest (desc) element.
import { badRequest } from '../protocol/errors'
import { compareValues, isPlainObject, toNumber } from './bson-values'
import { collectLeaves, splitPath } from './paths'

export type Direction = 1 | -1
export type SortSpec = Array<{ path: string; parts: string[]; direction: Direction }>

/** The SDK merges orderBy() calls into one object, so key order is sort priority. */
export function parseSortSpec(order: unknown): SortSpec {
  if (order === undefined || order === null) return []
  if (!isPlainObject(order)) throw badRequest('sort specification must be an object')
  return Object.entries(order).map(([path, raw]) => {
    const value = typeof raw === 'string' ? (raw === 'desc' ? -1 : 1) : toNumber(raw)
    if (value !== 1 && value !== -1) throw badRequest(`bad sort direction for ${path}`)
    return { path, parts: splitPath(path), direction: value }
  })
}

// An empty array sorts before null and missing fields.
const EMPTY_ARRAY_KEY = Symbol('emptyArray')

function sortKey(doc: unknown, parts: string[], direction: Direction): unknown {
  let best: unknown
  let seen = false
  for (const leaf of collectLeaves(doc, parts)) {
    const values = Array.isArray(leaf) ? (leaf.length ? leaf : [EMPTY_ARRAY_KEY]) : [leaf]
    for (const value of values) {
      if (!seen || compareKeys(value, best) * direction < 0) best = value
      seen = true
    }
  }
  return best
}

function compareKeys(a: unknown, b: unknown): number {
  if (a === EMPTY_ARRAY_KEY) return b === EMPTY_ARRAY_KEY ? 0 : -1
  if (b === EMPTY_ARRAY_KEY) return 1
  return compareValues(a, b)
}

/** Sorts stably (ties keep their input order), computing each document's keys once. */
export function sortDocs<T>(items: T[], spec: SortSpec, docOf: (item: T) => unknown): T[] {
  if (spec.length === 0) return items
  const keyed = items.map((item, index) => {
    const doc = docOf(item)
    return { item, index, keys: spec.map((s) => sortKey(doc, s.parts, s.direction)) }
  })
  keyed.sort((a, b) => {
    for (let i = 0; i < spec.length; i++) {
      const order = compareKeys(a.keys[i], b.keys[i]) * (spec[i] as SortSpec[number]).direction
      if (order !== 0) return order
    }
    return a.index - b.index
  })
  return keyed.map((entry) => entry.item)
}
