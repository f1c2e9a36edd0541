// database.getDocument and database.calculateDocument: get(), doc(id).get(), count().
import { whereInTransaction } from '../protocol/errors'
import { encodeEJSON, type Doc } from '../protocol/ejson'
import { success } from '../protocol/envelope'
import {
  docIdOf,
  isDocQuery,
  limitOf,
  nonNegativeInt,
  optionalEJSON,
  queryOf,
  transactionIdOf,
} from '../protocol/params'
import { compileProjection } from '../query/projection'
import { parseSortSpec } from '../query/sort'
import { countRows, docOf, findRows } from '../store/finder'
import type { Action } from './context'

/** Inside a transaction only doc(id).get() is allowed; it reads the transaction's snapshot. */
const getInTransaction: Action = (body, ctx) => {
  const now = ctx.now()
  const collection = ctx.store.requireCollection(body.collectionName)
  if (!isDocQuery(body)) throw whereInTransaction()
  const id = docIdOf(queryOf(body, now))
  const project = compileProjection(optionalEJSON(body, 'projection', now))
  const doc = ctx.transactions.read(transactionIdOf(body) as string, collection, id)
  const list = doc ? [encodeEJSON(project ? project(doc) : doc)] : []
  return success({ data: { list }, total: list.length, limit: 1, offset: 0 })
}

export const getDocument: Action = (body, ctx) => {
  if (transactionIdOf(body)) return getInTransaction(body, ctx)
  const now = ctx.now()
  const collection = ctx.store.requireCollection(body.collectionName)
  const filter = queryOf(body, now)
  const sort = parseSortSpec(optionalEJSON(body, 'order', now))
  const project = compileProjection(optionalEJSON(body, 'projection', now))
  const offset = nonNegativeInt(body, 'offset', 0)
  const limit = limitOf(body)
  const found = findRows(ctx.store, collection, { filter, sort, skip: offset, limit })
  // Stored bodies already are canonical EJSON: without a projection they go out untouched.
  const list = found.map((item) =>
    project ? encodeEJSON(project(docOf(item) as Doc)) : item.row.body,
  )
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
