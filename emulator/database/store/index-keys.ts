// Index keys as SQLite-sortable (typeRank, value) pairs, and the entries one document puts in an index.
import { EJSON } from 'bson'
import { isPlainObject, toNumber, typeRank } from '../query/bson-values'
import { collectLeaves } from '../query/paths'

/**
 * One indexed field of one entry. `t` is MongoDB's type rank, so ORDER BY t, v sorts across types the
 * way MongoDB does (null/missing first); within a rank SQLite's order on v matches MongoDB's
 * (numbers numerically, strings by UTF-8 bytes, dates by epoch milliseconds, booleans as 0/1).
 */
export interface KeyPart {
  t: number
  v: number | string
}

/** Bump when the encoding changes: stored side tables are then rebuilt on open. */
export const KEY_ENCODING_VERSION = 1

const NULL_KEY: KeyPart = { t: 1, v: 0 }

/** A key for a scalar query value or document value; undefined when no exact encoding exists. */
export function encodeScalar(value: unknown): KeyPart | undefined {
  if (value === undefined || value === null) return NULL_KEY
  const rank = typeRank(value)
  switch (rank) {
    case 2: {
      const n = toNumber(value)
      return Number.isNaN(n) || (Number.isInteger(n) && !Number.isSafeInteger(n))
        ? undefined
        : { t: 2, v: n }
    }
    case 3:
      return { t: 3, v: String(value) }
    case 7:
      return { t: 7, v: String(value) }
    case 8:
      return { t: 8, v: value ? 1 : 0 }
    case 9: {
      const ms = (value as Date).getTime()
      return Number.isNaN(ms) ? undefined : { t: 9, v: ms }
    }
    default:
      return undefined
  }
}

export interface DocEntries {
  entries: KeyPart[][]
  /** True when this document needs a multikey or inexact entry: the index then only narrows. */
  irregular: boolean
}

function fieldKeys(doc: unknown, parts: string[]): { keys: KeyPart[]; irregular: boolean } {
  const leaves = collectLeaves(doc, parts)
  let irregular = leaves.length > 1
  const keys: KeyPart[] = []
  const add = (value: unknown): void => {
    const key = encodeScalar(value)
    if (key) return void keys.push(key)
    irregular = true
    // Objects, arrays, regexes…: an entry that sorts in the right type bracket, compared only for equality.
    keys.push({ t: typeRank(value), v: EJSON.stringify({ v: value as never }, { relaxed: false }) })
  }
  for (const leaf of leaves) {
    if (Array.isArray(leaf)) {
      irregular = true
      if (leaf.length === 0) keys.push({ t: 5, v: '[]' })
      for (const item of leaf) add(item)
    } else {
      if (isPlainObject(leaf)) irregular = true
      add(leaf)
    }
  }
  return { keys, irregular }
}

function dedupe(keys: KeyPart[]): KeyPart[] {
  const seen = new Set<string>()
  return keys.filter((key) => {
    const id = `${key.t}:${typeof key.v}:${key.v}`
    if (seen.has(id)) return false
    seen.add(id)
    return true
  })
}

/** The cartesian product of each key field's values (MongoDB's multikey entries). */
export function indexEntries(doc: unknown, keyParts: string[][]): DocEntries {
  let entries: KeyPart[][] = [[]]
  let irregular = false
  for (const parts of keyParts) {
    const field = fieldKeys(doc, parts)
    irregular ||= field.irregular
    const keys = dedupe(field.keys)
    entries = entries.flatMap((prefix) => keys.map((key) => [...prefix, key]))
  }
  return { entries, irregular }
}

export function sameEntries(a: KeyPart[][], b: KeyPart[][]): boolean {
  if (a.length !== b.length) return false
  return a.every((entry, i) =>
    entry.every((key, j) => key.t === b[i]?.[j]?.t && key.v === b[i]?.[j]?.v),
  )
}
