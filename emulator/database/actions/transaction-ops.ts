// Reads and writes inside a transaction: doc(id) and where() alike, against the transaction's snapshot.
import type { Doc } from '../protocol/ejson'
import { success, type ResponseBody } from '../protocol/envelope'
import { compileFilter } from '../query/matcher'
import { sortDocs, type SortSpec } from '../query/sort'
import type { DocId } from '../store/doc-writer'
import type { ActionContext } from './context'
import { changed, upserted, type Change } from './update-change'

export interface TxTarget {
  ctx: ActionContext
  txId: string
  collection: string
}

/**
 * The matching documents as the transaction sees them (its writes over its snapshot). CloudBase runs
 * transactions on MongoDB's, where a query inside a transaction reads that snapshot too.
 */
export function findInTransaction(
  target: TxTarget,
  filter: Doc,
  page: { sort?: SortSpec; skip?: number; limit?: number } = {},
): Doc[] {
  const test = compileFilter(filter)
  const found = target.ctx.transactions.documents(target.txId, target.collection).filter(test)
  const sorted = page.sort?.length ? sortDocs(found, page.sort, (doc) => doc) : found
  const skip = page.skip ?? 0
  return sorted.slice(skip, page.limit === undefined ? undefined : skip + page.limit)
}

function write(target: TxTarget, doc: Doc | null, id: DocId): void {
  target.ctx.transactions.write(target.txId, target.collection, id, doc)
}

/** update()/set() in a transaction; `updated` counts matched documents, as outside one. */
export function modifyInTransaction(
  target: TxTarget,
  query: Doc,
  change: Change,
  opts: { multi: boolean; upsert: boolean },
): ResponseBody {
  const found = findInTransaction(target, query, opts.multi ? {} : { limit: 1 })
  if (found.length === 0) {
    if (!opts.upsert) return success({ data: { updated: 0 } })
    const doc = upserted(query, change)
    write(target, doc, doc._id as DocId)
    return success({ data: { updated: 0, upsert_id: doc._id } })
  }
  for (const current of found) write(target, changed(current, change), current._id as DocId)
  return success({ data: { updated: found.length } })
}

export function modifyAndReturnInTransaction(
  target: TxTarget,
  query: Doc,
  change: Change,
): Doc | undefined {
  const [current] = findInTransaction(target, query, { limit: 1 })
  if (!current) return undefined
  const next = changed(current, change)
  write(target, next, current._id as DocId)
  return next
}

export function removeInTransaction(target: TxTarget, query: Doc, multi: boolean): number {
  const found = findInTransaction(target, query, multi ? {} : { limit: 1 })
  for (const doc of found) write(target, null, doc._id as DocId)
  return found.length
}
