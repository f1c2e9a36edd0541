// database.insertDocument: add() of one or many documents, in or out of a transaction.
import { invalidParam } from '../protocol/errors'
import { checkStoredKeys } from '../query/field-names'
import { type Doc } from '../protocol/ejson'
import { success } from '../protocol/envelope'
import { dataObject, transactionIdOf } from '../protocol/params'
import { newDocId } from '../store/doc-ids'
import { checkDocId, insertDoc, withIdFirst, type DocId } from '../store/doc-writer'
import type { Action } from './context'

export const insertDocument: Action = (body, ctx) => {
  const now = ctx.now()
  const collection = ctx.store.requireCollection(body.collectionName)
  if (!Array.isArray(body.data) || body.data.length === 0)
    throw invalidParam('data must be a non-empty array')
  const docs = body.data.map((raw, i) => {
    const doc = dataObject(`data[${i}]`, raw, now)
    checkStoredKeys(doc, false)
    // CloudBase generates the _id when the document has none.
    const id: DocId = doc._id === undefined ? newDocId(now) : checkDocId(doc._id)
    return withIdFirst(doc, id)
  })
  const txId = transactionIdOf(body)
  if (txId) {
    for (const doc of docs) ctx.transactions.insert(txId, collection, doc._id as DocId, doc)
  } else {
    // All or nothing: a duplicate _id (or unique key) in the batch rolls the whole batch back.
    ctx.store.transaction(() => docs.forEach((doc: Doc) => insertDoc(ctx.store, collection, doc)))
  }
  return success({ data: { insertedIds: docs.map((doc) => doc._id) } })
}
