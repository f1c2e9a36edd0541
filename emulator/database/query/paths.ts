// Reads dotted field paths the way MongoDB queries do: through arrays of sub-documents, by index.
import { isPlainObject } from './bson-values'
import { checkPathParts } from './field-names'

const splitCache = new Map<string, string[]>()

export function splitPath(path: string): string[] {
  let parts = splitCache.get(path)
  if (parts === undefined) {
    parts = path.split('.')
    checkPathParts(path, parts)
    if (splitCache.size > 10_000) splitCache.clear()
    splitCache.set(path, parts)
  }
  return parts
}

export function isIndexPart(part: string): boolean {
  return /^(0|[1-9][0-9]*)$/.test(part)
}

function collect(value: unknown, parts: string[], i: number, out: unknown[]): void {
  if (i === parts.length) {
    out.push(value)
    return
  }
  const part = parts[i] as string
  if (Array.isArray(value)) {
    if (isIndexPart(part)) collect(value[Number(part)], parts, i + 1, out)
    // 'a.b' on an array of sub-documents reads b from each of them (implicit array traversal).
    for (const item of value) {
      if (isPlainObject(item)) collect(item[part], parts, i + 1, out)
    }
    return
  }
  if (isPlainObject(value)) {
    collect(value[part], parts, i + 1, out)
    return
  }
  out.push(undefined)
}

/**
 * The values a path reaches in a document; `undefined` marks a branch where the field is missing.
 * Arrays at the end of the path are returned whole: operators decide whether to look inside them.
 */
export function collectLeaves(doc: unknown, parts: string[]): unknown[] {
  const out: unknown[] = []
  collect(doc, parts, 0, out)
  if (out.length === 0) out.push(undefined)
  return out
}

/** The leaves plus the elements of leaf arrays: what equality and comparisons match against. */
export function expandLeaves(leaves: unknown[]): unknown[] {
  let expanded: unknown[] | undefined
  for (const leaf of leaves) {
    if (!Array.isArray(leaf)) continue
    expanded ??= leaves.slice()
    for (const item of leaf) expanded.push(item)
  }
  return expanded ?? leaves
}

/** A plain path read without array traversal (numeric parts index arrays), as updates use. */
export function getPath(doc: unknown, parts: string[]): unknown {
  let value: unknown = doc
  for (const part of parts) {
    if (Array.isArray(value) && isIndexPart(part)) value = value[Number(part)]
    else if (isPlainObject(value)) value = value[part]
    else return undefined
  }
  return value
}
