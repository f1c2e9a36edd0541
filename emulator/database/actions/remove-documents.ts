// database.removeDocument: doc(id).remove() and where().remove() (multi), in or out of a transaction.
import { whereInTransaction } from '../protocol/errors'
import { success } from '../protocol/envelope'
import { docIdOf, flag, isDocQuery, queryOf, transactionIdOf } from '../protocol/params'
import { deleteDoc } from '../store/doc-writer'
import { findRows } from '../store/finder'
import type { Action } from './context'

export const removeDocument: Action = (body, ctx) => {
  const now = ctx.now()
  const collection = ctx.store.requireCollection(body.collectionName)
  const query = queryOf(body, now)
  const txId = transactionIdOf(body)
  if (txId) {
    if (!isDocQuery(body)) throw whereInTransaction()
    const id = docIdOf(query)
    const existed = ctx.transactions.read(txId, collection, id) !== null
    if (existed) ctx.transactions.write(txId, collection, id, null)
    return success({ data: { deleted: existed ? 1 : 0 } })
  }
  const multi = flag(body, 'multi', false)
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
