// Runs a query plan: SQL does what the index can, a compiled JS filter and sort do the rest.
import { checkGeoQuery, distanceOf, type NearOrder } from '../geo/geo-indexes'
import { decodeDoc, type Doc } from '../protocol/ejson'
import { compileFilter, type DocTest } from '../query/matcher'
import { sortDocs, type SortSpec } from '../query/sort'
import { rowById } from './doc-writer'
import { planQuery, type IndexPlan } from './planner'
import { collectionTable, type DocRow, type SqliteStore } from './sqlite-store'

export interface FindOptions {
  filter: unknown
  sort: SortSpec
  skip: number
  /** undefined: every match (updates, removes, aggregation). */
  limit: number | undefined
}

/** A matched row; `doc` is its decoded body when the JS filter already had to decode it. */
export interface Found {
  row: DocRow
  doc: Doc | undefined
}

export function docOf(found: Found): Doc {
  found.doc ??= decodeDoc(found.row.body)
  return found.doc
}

function fromSql(plan: IndexPlan, collection: string, columns: string): string {
  // CROSS JOIN keeps the index table as the outer loop, so SQLite walks the index in order.
  return `SELECT ${columns} FROM "${plan.handle.table}" AS i CROSS JOIN "${collectionTable(collection)}" AS c ON c.rid = i.rid WHERE ${plan.where}`
}

function candidates(
  store: SqliteStore,
  collection: string,
  plan: IndexPlan | undefined,
): Iterable<DocRow> {
  if (!plan)
    return store
      .stmt(`SELECT rid, id, body FROM "${collectionTable(collection)}" ORDER BY rid`)
      .iterate() as Iterable<DocRow>
  const order = plan.orderBy ? ` ORDER BY ${plan.orderBy}` : ''
  return store
    .stmt(fromSql(plan, collection, 'c.rid AS rid, c.id AS id, c.body AS body') + order)
    .iterate(...plan.params) as Iterable<DocRow>
}

/** Filters rows in JS; stops early once skip + limit matches are in when the order is already right. */
function filterRows(
  rows: Iterable<DocRow>,
  test: DocTest,
  opts: FindOptions,
  ordered: boolean,
): Found[] {
  const found: Found[] = []
  const seen = new Set<number>()
  const wanted = opts.limit === undefined ? Infinity : opts.skip + opts.limit
  for (const row of rows) {
    if (seen.has(row.rid)) continue
    seen.add(row.rid)
    const doc = decodeDoc(row.body)
    if (!test(doc)) continue
    found.push({ row, doc })
    if (ordered && found.length >= wanted) break
  }
  const sorted = ordered ? found : sortDocs(found, opts.sort, (item) => item.doc)
  return sorted.slice(opts.skip, opts.limit === undefined ? undefined : opts.skip + opts.limit)
}

/** A near query: every match, ordered by distance unless the query sorts otherwise ($near's rule). */
function findNear(store: SqliteStore, collection: string, opts: FindOptions, near: NearOrder) {
  const all = findRows(store, collection, { ...opts, sort: [], skip: 0, limit: undefined }, false)
  const ordered = opts.sort.length
    ? sortDocs(all, opts.sort, docOf)
    : all
        .map((item) => ({ item, d: distanceOf(docOf(item), near.path, near.center) }))
        .sort((a, b) => a.d - b.d)
        .map(({ item }) => item)
  return ordered.slice(opts.skip, opts.limit === undefined ? undefined : opts.skip + opts.limit)
}

export function findRows(
  store: SqliteStore,
  collection: string,
  opts: FindOptions,
  checkGeo = true,
): Found[] {
  const near = checkGeo ? checkGeoQuery(store.geoIndexesOf(collection), opts.filter) : undefined
  if (near) return findNear(store, collection, opts, near)
  const test = compileFilter(opts.filter)
  const plan = planQuery(opts.filter, opts.sort, store.indexesOf(collection))
  store.notePlan(collection, plan)
  if (plan.kind === 'ids') {
    const rows = plan.ids
      .map((id) => rowById(store, collection, id))
      .filter((row): row is DocRow => row !== undefined)
    return filterRows(rows, test, opts, opts.sort.length === 0)
  }
  if (plan.kind === 'scan')
    return filterRows(candidates(store, collection, undefined), test, opts, opts.sort.length === 0)
  if (plan.kind === 'union') {
    // Each branch's rows come in index order; together they are sorted in JS (filterRows dedupes).
    const rows = plan.plans.flatMap((branch) => [...candidates(store, collection, branch)])
    return filterRows(rows, test, opts, false)
  }
  const sortedBySql = opts.sort.length === 0 || plan.orderBy !== undefined
  if (plan.exact && sortedBySql) {
    const order = plan.orderBy ? ` ORDER BY ${plan.orderBy}` : ''
    const sql =
      fromSql(plan, collection, 'c.rid AS rid, c.id AS id, c.body AS body') +
      order +
      ' LIMIT ? OFFSET ?'
    const rows = store.stmt(sql).all(...plan.params, opts.limit ?? -1, opts.skip) as DocRow[]
    return rows.map((row) => ({ row, doc: undefined }))
  }
  return filterRows(candidates(store, collection, plan), test, opts, sortedBySql)
}

export function countRows(store: SqliteStore, collection: string, filter: unknown): number {
  compileFilter(filter) // validates the query even when SQL alone answers it
  checkGeoQuery(store.geoIndexesOf(collection), filter)
  const plan = planQuery(filter, [], store.indexesOf(collection))
  store.notePlan(collection, plan)
  const noFilter =
    filter === undefined || filter === null || Object.keys(filter as object).length === 0
  if (noFilter) {
    return (
      store.stmt(`SELECT COUNT(*) AS n FROM "${collectionTable(collection)}"`).get() as {
        n: number
      }
    ).n
  }
  if (plan.kind === 'index' && plan.exact) {
    const sql = `SELECT COUNT(*) AS n FROM "${plan.handle.table}" AS i WHERE ${plan.where}`
    return (store.stmt(sql).get(...plan.params) as { n: number }).n
  }
  return findRows(store, collection, { filter, sort: [], skip: 0, limit: undefined }).length
}
