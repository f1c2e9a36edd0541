// Field names the emulator refuses: prototype keys anywhere, and `$`-prefixed names in stored documents.
import { badRequest } from '../protocol/errors'
import { isPlainObject } from './bson-values'

/**
 * `__proto__`, `constructor` and `prototype` would let a path step from a document into a JS
 * prototype (`$set: {'__proto__.isAdmin': true}` would pollute every object of the server), so
 * they are refused in every field path and every stored key, before any object is touched.
 */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

export function isPrototypeKey(name: string): boolean {
  return PROTOTYPE_KEYS.has(name)
}

export function checkPathParts(path: string, parts: readonly string[]): void {
  const bad = parts.find(isPrototypeKey)
  if (bad !== undefined)
    throw badRequest(`field path '${path}' is not allowed: '${bad}' is a reserved field name`)
}

/**
 * Keys of a document about to be stored (add, set, upsert) or of an update value. CloudBase refuses
 * `$`-prefixed field names on insert, as MongoDB did before 5.0; `db.serverDate()` and EJSON types
 * are already decoded here, so any `$` key left is a field name.
 */
export function checkStoredKeys(value: unknown, allowDollar: boolean, at = ''): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => checkStoredKeys(item, allowDollar, `${at}.${i}`))
    return
  }
  if (!isPlainObject(value)) return
  for (const [key, item] of Object.entries(value)) {
    const path = at ? `${at}.${key}` : key
    if (isPrototypeKey(key))
      throw badRequest(`field '${path}' is not allowed: '${key}' is a reserved field name`)
    if (!allowDollar && key.startsWith('$'))
      throw badRequest(`Document can't have $ prefixed field names: ${path}`)
    checkStoredKeys(item, allowDollar, path)
  }
}
