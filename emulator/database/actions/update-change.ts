// What an update request asks for (operators or a replacement body) and how it applies to one document.
import type { Doc } from '../protocol/ejson'
import { dataObject, flag, type RequestBody } from '../protocol/params'
import { deepClone } from '../query/bson-values'
import { newDocId } from '../store/doc-ids'
import { checkDocId, withIdFirst, type DocId } from '../store/doc-writer'
import {
  applyOperators,
  checkReplacement,
  isOperatorUpdate,
  replaceDocument,
} from '../update/apply-update'
import { seedFromQuery } from './upsert-seed'

export interface Change {
  /** merge: update operators on the matched document; otherwise set(): the body replaces it. */
  merge: boolean
  data: Doc
  now: Date
}

export function changeOf(body: RequestBody, now: Date): Change {
  const merge = flag(body, 'merge', true)
  let data = dataObject('data', body.data, now)
  // merge without operators means "merge these fields", i.e. $set.
  if (merge && !isOperatorUpdate(data)) data = { $set: data }
  // A set() body is checked as a replacement even when it ends up inserted by the upsert.
  if (!merge) checkReplacement(data)
  return { merge, data, now }
}

export function changed(current: Doc, change: Change): Doc {
  if (!change.merge) return replaceDocument(current, change.data)
  const next = deepClone(current)
  applyOperators(next, change.data, { now: change.now, inserting: false })
  return next
}

/** The document an upsert inserts: the query's equality fields plus the update, or the set() body. */
export function upserted(query: Doc, change: Change): Doc {
  const id: DocId = query._id === undefined ? newDocId(change.now) : checkDocId(query._id)
  if (!change.merge) return withIdFirst(change.data, id)
  const doc = withIdFirst(seedFromQuery(query), id)
  applyOperators(doc, change.data, { now: change.now, inserting: true })
  return doc
}
