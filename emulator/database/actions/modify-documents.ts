// database.modifyDocument and database.modifyAndReturnDoc: set(), update(), where().update(), updateAndReturn().
import { answerDoc } from '../protocol/answer'
import { type Doc } from '../protocol/ejson'
import { success } from '../protocol/envelope'
import { docIdOf, flag, isDocQuery, queryOf, transactionIdOf } from '../protocol/params'
import { insertDoc, replaceDoc } from '../store/doc-writer'
import { docOf, findRows } from '../store/finder'
import type { Action } from './context'
import { modifyAndReturnInTransaction, modifyInTransaction } from './transaction-ops'
import { changed, changeOf, upserted } from './update-change'

/**
 * `updated` counts the documents the query matched, changed or not: CloudBase answers 1 for an
 * update that writes the values already stored (MongoDB's matchedCount, not its modifiedCount). A
 * conditional update whose filter no longer matches (a lost claim) still answers 0.
 */
export const modifyDocument: Action = (body, ctx) => {
  const now = ctx.now()
  const collection = ctx.store.requireCollection(body.collectionName)
  const change = changeOf(body, now)
  const query: Doc = queryOf(body, now)
  if (isDocQuery(body)) docIdOf(query)
  const multi = flag(body, 'multi', false)
  const upsert = flag(body, 'upsert', false)
  const txId = transactionIdOf(body)
  if (txId) return modifyInTransaction({ ctx, txId, collection }, query, change, { multi, upsert })
  return ctx.store.transaction(() => {
    const found = findRows(ctx.store, collection, {
      filter: query,
      sort: [],
      skip: 0,
      limit: multi ? undefined : 1,
    })
    if (found.length === 0 && upsert) {
      const doc = upserted(query, change)
      insertDoc(ctx.store, collection, doc)
      return success({ data: { updated: 0, upsert_id: doc._id } })
    }
    // replaceDoc skips the write (and the index work) when nothing changed.
    for (const item of found)
      replaceDoc(ctx.store, collection, item.row, changed(docOf(item), change))
    return success({ data: { updated: found.length } })
  })
}

/** updateAndReturn(): the first match, updated, returned as it is after the update. */
export const modifyAndReturnDoc: Action = (body, ctx) => {
  const now = ctx.now()
  const collection = ctx.store.requireCollection(body.collectionName)
  const change = changeOf(body, now)
  const query = queryOf(body, now)
  const txId = transactionIdOf(body)
  if (txId) {
    const next = modifyAndReturnInTransaction({ ctx, txId, collection }, query, change)
    return success({ data: { updated: next ? 1 : 0, doc: next ? answerDoc(next) : null } })
  }
  return ctx.store.transaction(() => {
    const [item] = findRows(ctx.store, collection, { filter: query, sort: [], skip: 0, limit: 1 })
    if (!item) return success({ data: { updated: 0, doc: null } })
    const next = changed(docOf(item), change)
    replaceDoc(ctx.store, collection, item.row, next)
    return success({ data: { updated: 1, doc: answerDoc(next) } })
  })
}
