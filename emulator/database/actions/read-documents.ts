// database.getDocument and database.calculateDocument: get(), doc(id).get(), count().
import { answerBody, answerDoc } from '../protocol/answer'
import { type Doc } from '../protocol/ejson'
import { success } from '../protocol/envelope'
import {
  docIdOf,
  isDocQuery,
  limitOf,
  nonNegativeInt,
  optionalEJSON,
  queryOf,
  transactionIdOf,
  type RequestBody,
} from '../protocol/params'
import { compileBodyProjection, compileProjection } from '../query/projection'
import { parseSortSpec } from '../query/sort'
import { countRows, docOf, findRows } from '../store/finder'
import type { Action, ActionContext } from './context'
import { findInTransaction } from './transaction-ops'

/**
 * Inside a transaction doc(id).get() answers one document (the SDK then returns an object, not an
 * array) and where().get() answers a page; both read the transaction's snapshot plus its writes.
 */
function getInTransaction(body: RequestBody, ctx: ActionContext, txId: string) {
  const now = ctx.now()
  const collection = ctx.store.requireCollection(body.collectionName)
  const query = queryOf(body, now)
  const project = compileProjection(optionalEJSON(body, 'projection', now))
  const target = { ctx, txId, collection }
  const docs = isDocQuery(body)
    ? [ctx.transactions.read(txId, collection, docIdOf(query))].filter((doc) => doc !== null)
    : findInTransaction(target, query, {
        sort: parseSortSpec(optionalEJSON(body, 'order', now)),
        skip: nonNegativeInt(body, 'offset', 0),
        limit: limitOf(body),
      })
  const list = docs.map((doc) => answerDoc(project ? project(doc) : doc))
  return success({ data: { list }, total: list.length, limit: list.length, offset: 0 })
}

export const getDocument: Action = (body, ctx) => {
  const txId = transactionIdOf(body)
  if (txId) return getInTransaction(body, ctx, txId)
  const now = ctx.now()
  const collection = ctx.store.requireCollection(body.collectionName)
  const filter = queryOf(body, now)
  const sort = parseSortSpec(optionalEJSON(body, 'order', now))
  const spec = optionalEJSON(body, 'projection', now)
  const project = compileProjection(spec)
  const pick = project && compileBodyProjection(spec)
  const offset = nonNegativeInt(body, 'offset', 0)
  const limit = limitOf(body)
  const found = findRows(ctx.store, collection, { filter, sort, skip: offset, limit })
  // Stored bodies already are canonical EJSON: without a projection they go out untouched, with a
  // list's (fields by name) they are cut as JSON; an ObjectId inside needs the whole answer path.
  const list = found.map((item) => {
    if (!project) return answerBody(item.row.body)
    if (pick && !item.row.body.includes('"$oid"')) return pick(item.row.body)
    return answerDoc(project(docOf(item) as Doc))
  })
  // total is the number of matching documents, like pager.Total in WeChat's databaseQuery API.
  const total =
    found.length < limit && offset === 0 ? found.length : countRows(ctx.store, collection, filter)
  return success({ data: { list }, total, limit, offset })
}

export const calculateDocument: Action = (body, ctx) => {
  const collection = ctx.store.requireCollection(body.collectionName)
  const total = countRows(ctx.store, collection, queryOf(body, ctx.now()))
  return success({ data: { total } })
}
