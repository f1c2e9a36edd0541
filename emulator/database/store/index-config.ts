// Reads and validates the index config file (the same file that is deployed to CloudBase).
import { readFileSync } from 'node:fs'

export interface IndexSpec {
  name: string
  /** Dotted field paths in key order, each ascending (1) or descending (-1). */
  keys: Array<{ path: string; direction: 1 | -1 }>
  unique: boolean
  /** A geo index ({"location": "2dsphere"}): the field it covers; `keys` is then empty. */
  geo?: string
}

export interface IndexConfig {
  collections: Map<string, IndexSpec[]>
}

export const NAME_PATTERN = /^[A-Za-z0-9_-]{1,64}$/

function fail(file: string, detail: string): never {
  throw new Error(`index config ${file}: ${detail}`)
}

function checkPath(file: string, where: string, path: string): void {
  if (path === '' || path.startsWith('$') || path.split('.').includes(''))
    fail(file, `${where}: bad field path '${path}'`)
}

function parseIndex(file: string, where: string, raw: unknown): IndexSpec {
  if (typeof raw !== 'object' || raw === null) fail(file, `${where} must be an object`)
  const { name, keys, unique } = raw as Record<string, unknown>
  if (typeof name !== 'string' || !NAME_PATTERN.test(name) || name === '_id_') {
    fail(file, `${where}.name must match ${NAME_PATTERN} (and not be _id_)`)
  }
  if (typeof keys !== 'object' || keys === null || Object.keys(keys).length === 0) {
    fail(file, `${where}.keys must be a non-empty object of field → 1 | -1`)
  }
  const entries = Object.entries(keys as Record<string, unknown>)
  const geo = entries.find(([, direction]) => direction === '2dsphere')
  if (geo) {
    // CloudBase's geo index (地理位置索引) is MongoDB's 2dsphere on one field.
    if (entries.length !== 1 || unique === true)
      fail(file, `${where}: a 2dsphere index covers exactly one field and is not unique`)
    checkPath(file, where, geo[0])
    return { name, keys: [], unique: false, geo: geo[0] }
  }
  const parsedKeys = entries.map(([path, direction]) => {
    if (direction !== 1 && direction !== -1)
      fail(file, `${where}.keys.${path} must be 1, -1 or "2dsphere"`)
    checkPath(file, where, path)
    return { path, direction: direction as 1 | -1 }
  })
  if (unique !== undefined && typeof unique !== 'boolean')
    fail(file, `${where}.unique must be a boolean`)
  return { name, keys: parsedKeys, unique: unique === true }
}

export function parseIndexConfig(file: string, raw: unknown): IndexConfig {
  const collections = new Map<string, IndexSpec[]>()
  const root = raw as { collections?: unknown }
  if (
    typeof root !== 'object' ||
    root === null ||
    typeof root.collections !== 'object' ||
    root.collections === null
  ) {
    fail(file, 'expected { "collections": { "<name>": { "indexes": [...] } } }')
  }
  for (const [collection, entry] of Object.entries(root.collections as Record<string, unknown>)) {
    if (!NAME_PATTERN.test(collection))
      fail(file, `collection name '${collection}' must match ${NAME_PATTERN}`)
    const indexes = (entry as { indexes?: unknown } | null)?.indexes ?? []
    if (!Array.isArray(indexes)) fail(file, `collections.${collection}.indexes must be an array`)
    const specs = indexes.map((index, i) =>
      parseIndex(file, `collections.${collection}.indexes[${i}]`, index),
    )
    const names = new Set(specs.map((spec) => spec.name))
    if (names.size !== specs.length)
      fail(file, `collections.${collection} has two indexes with one name`)
    collections.set(collection, specs)
  }
  return { collections }
}

export function loadIndexConfig(path: string | undefined): IndexConfig {
  if (path === undefined) return { collections: new Map() }
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new Error(`index config ${path}: ${(error as Error).message}`)
  }
  return parseIndexConfig(path, raw)
}
