// Cursor paging over (createdAt desc, _id desc): one page plus one row to know if more follow.
import type { Page } from '@linli/types'
import { decodeCursor, encodeCursor } from '../domain/cursor'
import { invalidInput } from '../shared/app-error'
import type { Database } from '../shared/cloudbase'

type Filter = Record<string, unknown>

/** Adds "strictly after the cursor" to a filter; a malformed cursor is the caller's input error. */
export const afterCursor = (db: Database, filter: Filter, cursor: string | undefined): Filter => {
  if (cursor === undefined) return filter
  const position = decodeCursor(cursor)
  if (!position)
    throw invalidInput('cursor is not valid', [{ path: ['cursor'], message: '分页参数无效' }])
  const _ = db.command
  return _.and([
    filter,
    _.or([
      { createdAt: _.lt(position.createdAt) },
      { createdAt: _.eq(position.createdAt), _id: _.lt(position.id) },
    ]),
  ]) as unknown as Filter
}

export const pageOf = async <T extends { _id: string; createdAt: Date }>(
  db: Database,
  collection: string,
  filter: Filter,
  page: { limit: number; cursor?: string | undefined },
  /** Parses the rows it can; a list may leave out (and log) a malformed one. */
  parseRows: (raws: readonly unknown[]) => T[],
  /** The fields a list needs (a `field()` projection); all of them when left out. */
  fields?: Record<string, true>,
): Promise<Page<T>> => {
  const query = db.collection(collection).where(afterCursor(db, filter, page.cursor))
  const res = await (fields ? query.field(fields) : query)
    .orderBy('createdAt', 'desc')
    .orderBy('_id', 'desc')
    .limit(page.limit + 1)
    .get()
  const raws = res.data as unknown[]
  const items = parseRows(raws.slice(0, page.limit))
  const last = items[items.length - 1]
  const nextCursor =
    raws.length > page.limit && last
      ? encodeCursor({ createdAt: last.createdAt, id: last._id })
      : null
  return { items, nextCursor }
}
