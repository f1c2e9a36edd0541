// database.removeDocument: doc(id).remove() and where().remove() (multi), in or out of a transaction.
import { success } from '../protocol/envelope'
import { docIdOf, flag, isDocQuery, queryOf, transactionIdOf } from '../protocol/params'
import { deleteDoc } from '../store/doc-writer'
import { findRows } from '../store/finder'
import type { Action } from './context'
import { removeInTransaction } from './transaction-ops'

export const removeDocument: Action = (body, ctx) => {
  const now = ctx.now()
  const collection = ctx.store.requireCollection(body.collectionName)
  const query = queryOf(body, now)
  if (isDocQuery(body)) docIdOf(query)
  const multi = flag(body, 'multi', false)
  const txId = transactionIdOf(body)
  if (txId) {
    const deleted = removeInTransaction({ ctx, txId, collection }, query, multi)
    return success({ data: { deleted } })
  }
  const deleted = ctx.store.transaction(() => {
    const found = findRows(ctx.store, collection, {
      filter: query,
      sort: [],
      skip: 0,
      limit: multi ? undefined : 1,
    })
    for (const item of found) deleteDoc(ctx.store, collection, item.row)
    return found.length
  })
  return success({ data: { deleted } })
}
