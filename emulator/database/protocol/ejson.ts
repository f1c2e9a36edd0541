// Canonical EJSON in and out, and resolution of db.serverDate() markers to the server's clock.
import { EJSON } from 'bson'
import { isPlainObject } from '../query/bson-values'
import { isPrototypeKey } from '../query/field-names'
import { badRequest, invalidParam } from './errors'

export type Doc = Record<string, unknown>

const SERVER_DATE = '$tcb_server_date'

/** Parses a stored or received EJSON string; relaxed, so numbers come back as JS numbers. */
export function decodeEJSON(text: string): unknown {
  return EJSON.parse(text, { relaxed: true })
}

/** Canonical (not relaxed) EJSON, which is what CloudBase answers with and the SDK expects. */
export function encodeEJSON(value: unknown): string {
  return EJSON.stringify(value as Doc, { relaxed: false })
}

export function decodeDoc(text: string): Doc {
  return decodeEJSON(text) as Doc
}

/** Parses an EJSON parameter of a request; a malformed one is the caller's error, never a crash. */
export function decodeParam(name: string, text: unknown, now: Date): unknown {
  if (typeof text !== 'string') throw invalidParam(`${name} must be an EJSON string`)
  let value: unknown
  try {
    value = decodeEJSON(text)
  } catch (error) {
    throw invalidParam(`${name} is not valid EJSON: ${(error as Error).message}`)
  }
  return resolveServerDates(value, now)
}

/**
 * db.serverDate({offset}) travels as {"$tcb_server_date": {"offset": n}}; CloudBase replaces it with
 * its own clock plus offset milliseconds wherever it appears (data, update values, query values).
 */
export function resolveServerDates(value: unknown, now: Date): unknown {
  if (Array.isArray(value)) return value.map((item) => resolveServerDates(item, now))
  if (!isPlainObject(value)) return value
  const marker = value[SERVER_DATE]
  if (marker !== undefined && Object.keys(value).length === 1) {
    const offset = isPlainObject(marker) && typeof marker.offset === 'number' ? marker.offset : 0
    return new Date(now.getTime() + offset)
  }
  const out: Doc = {}
  for (const [key, item] of Object.entries(value)) {
    // Assigning a parsed own "__proto__" key would swap the copy's prototype: refuse it here, first.
    if (isPrototypeKey(key))
      throw badRequest(`field '${key}' is not allowed: '${key}' is a reserved field name`)
    out[key] = resolveServerDates(item, now)
  }
  return out
}
