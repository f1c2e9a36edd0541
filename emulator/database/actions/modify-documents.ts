// database.modifyDocument and database.modifyAndReturnDoc: set(), update(), where().update(), updateAndReturn().
import { whereInTransaction } from '../protocol/errors'
import { encodeEJSON, type Doc } from '../protocol/ejson'
import { success } from '../protocol/envelope'
import {
  dataObject,
  docIdOf,
  flag,
  isDocQuery,
  queryOf,
  transactionIdOf,
  type RequestBody,
} from '../protocol/params'
import { deepClone } from '../query/bson-values'
import { newDocId } from '../store/doc-ids'
import { checkDocId, insertDoc, replaceDoc, withIdFirst, type DocId } from '../store/doc-writer'
import { docOf, findRows } from '../store/finder'
import { applyOperators, isOperatorUpdate, replaceDocument } from '../update/apply-update'
import type { Action, ActionContext } from './context'
import { seedFromQuery } from './upsert-seed'

interface Change {
  /** merge: update operators on the matched document; otherwise set(): the body replaces it. */
  merge: boolean
  data: Doc
  now: Date
}

function changeOf(body: RequestBody, now: Date): Change {
  const merge = flag(body, 'merge', true)
  let data = dataObject('data', body.data, now)
  // merge without operators means "merge these fields", i.e. $set.
  if (merge && !isOperatorUpdate(data)) data = { $set: data }
  return { merge, data, now }
}

function changed(current: Doc, change: Change): Doc {
  if (!change.merge) return replaceDocument(current, change.data)
  const next = deepClone(current)
  applyOperators(next, change.data, { now: change.now, inserting: false })
  return next
}

function upserted(query: Doc, change: Change): Doc {
  const id: DocId = query._id === undefined ? newDocId(change.now) : checkDocId(query._id)
  if (!change.merge) return withIdFirst(change.data, id)
  const doc = withIdFirst(seedFromQuery(query), id)
  applyOperators(doc, change.data, { now: change.now, inserting: true })
  return doc
}

function modifyInTransaction(
  body: RequestBody,
  ctx: ActionContext,
  collection: string,
  change: Change,
) {
  if (!isDocQuery(body)) throw whereInTransaction()
  const txId = transactionIdOf(body) as string
  const query = queryOf(body, change.now)
  const id = docIdOf(query)
  const current = ctx.transactions.read(txId, collection, id)
  if (!current) {
    if (!flag(body, 'upsert', false)) return success({ data: { updated: 0 } })
    ctx.transactions.write(txId, collection, id, upserted(query, change))
    return success({ data: { updated: 0, upsert_id: id } })
  }
  const next = changed(current, change)
  ctx.transactions.write(txId, collection, id, next)
  return success({ data: { updated: encodeEJSON(next) === encodeEJSON(current) ? 0 : 1 } })
}

export const modifyDocument: Action = (body, ctx) => {
  const now = ctx.now()
  const collection = ctx.store.requireCollection(body.collectionName)
  const change = changeOf(body, now)
  if (transactionIdOf(body)) return modifyInTransaction(body, ctx, collection, change)
  const query = queryOf(body, now)
  const multi = flag(body, 'multi', false)
  return ctx.store.transaction(() => {
    const found = findRows(ctx.store, collection, {
      filter: query,
      sort: [],
      skip: 0,
      limit: multi ? undefined : 1,
    })
    if (found.length === 0 && flag(body, 'upsert', false)) {
      const row = insertDoc(ctx.store, collection, upserted(query, change))
      return success({ data: { updated: 0, upsert_id: row.id } })
    }
    let updated = 0
    for (const item of found)
      if (replaceDoc(ctx.store, collection, item.row, changed(docOf(item), change))) updated++
    return success({ data: { updated } })
  })
}

/** updateAndReturn(): the first match, updated, returned as it is after the update. */
export const modifyAndReturnDoc: Action = (body, ctx) => {
  const now = ctx.now()
  const collection = ctx.store.requireCollection(body.collectionName)
  if (transactionIdOf(body)) throw whereInTransaction()
  const change = changeOf(body, now)
  const query = queryOf(body, now)
  return ctx.store.transaction(() => {
    const [item] = findRows(ctx.store, collection, { filter: query, sort: [], skip: 0, limit: 1 })
    if (!item) return success({ data: { updated: 0, doc: null } })
    const next = changed(docOf(item), change)
    const updated = replaceDoc(ctx.store, collection, item.row, next) ? 1 : 0
    return success({ data: { updated, doc: encodeEJSON(withIdFirst(next, item.row.id)) } })
  })
}
