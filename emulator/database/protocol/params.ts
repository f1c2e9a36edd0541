// Reads the fields of an /admin database request body, refusing malformed ones with INVALID_PARAM.
import { isPlainObject } from '../query/bson-values'
import { checkDocId, type DocId } from '../store/doc-writer'
import { decodeParam, type Doc } from './ejson'
import { invalidParam } from './errors'

export type RequestBody = Record<string, unknown>

/** A query/order/projection EJSON string; absent or "" (collection-wide remove) means none. */
export function optionalEJSON(body: RequestBody, name: string, now: Date): unknown {
  const raw = body[name]
  if (raw === undefined || raw === null || raw === '') return undefined
  return decodeParam(name, raw, now)
}

export function queryOf(body: RequestBody, now: Date): Doc {
  const query = optionalEJSON(body, 'query', now) ?? {}
  if (!isPlainObject(query)) throw invalidParam('query must be an object')
  return query
}

export function dataObject(name: string, raw: unknown, now: Date): Doc {
  const data = decodeParam(name, raw, now)
  if (!isPlainObject(data)) throw invalidParam(`${name} must be an object`)
  return data
}

export function transactionIdOf(body: RequestBody): string | undefined {
  const id = body.transactionId
  if (id === undefined || id === null || id === '') return undefined
  if (typeof id !== 'string') throw invalidParam('transactionId must be a string')
  return id
}

/** doc(id) operations send queryType DOC with the query {_id: id}. */
export function isDocQuery(body: RequestBody): boolean {
  return body.queryType === 'DOC'
}

export function docIdOf(query: Doc): DocId {
  const keys = Object.keys(query)
  if (keys.length !== 1 || keys[0] !== '_id') throw invalidParam('a DOC query must be {_id: <id>}')
  return checkDocId(query._id)
}

export function nonNegativeInt(body: RequestBody, name: string, fallback: number): number {
  const raw = body[name]
  if (raw === undefined || raw === null) return fallback
  if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < 0) {
    throw invalidParam(`${name} must be a non-negative integer`)
  }
  return raw
}

/** CloudBase answers 100 documents by default and never more than 1000. */
export const DEFAULT_LIMIT = 100
export const MAX_LIMIT = 1000

export function limitOf(body: RequestBody): number {
  const limit = nonNegativeInt(body, 'limit', DEFAULT_LIMIT)
  return limit === 0 ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT)
}

export function flag(body: RequestBody, name: string, fallback: boolean): boolean {
  const raw = body[name]
  return typeof raw === 'boolean' ? raw : fallback
}
