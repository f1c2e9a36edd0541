// Unit: the planner pushes equality, range and sort on an index prefix into SQL, so nothing is scanned.
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseSortSpec } from '../query/sort'
import { insertDoc } from './doc-writer'
import { parseIndexConfig } from './index-config'
import { syncIndexes } from './index-sync'
import { planQuery, type Plan } from './planner'
import { collectionTable, SqliteStore } from './sqlite-store'

const config = parseIndexConfig('test', {
  collections: {
    requests: {
      indexes: [{ name: 'grid_created', keys: { communityId: 1, gridId: 1, createdAt: -1 } }],
    },
  },
})

let dir: string
let store: SqliteStore
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'linli-planner-'))
  store = new SqliteStore(dir)
  syncIndexes(store, config)
})
afterEach(() => {
  store.close()
  rmSync(dir, { recursive: true, force: true })
})

const aRequest = (i: number, overrides: Record<string, unknown> = {}) => ({
  _id: `r${i}`,
  communityId: 'chengxi',
  gridId: `grid-${i % 3}`,
  createdAt: new Date(Date.UTC(2025, 0, 1, 0, i)),
  ...overrides,
})

function plan(filter: object, order: object = {}): Plan {
  return planQuery(filter, parseSortSpec(order), store.indexesOf('requests'))
}

/** SQLite's own plan for the SQL the finder would run for an exact index plan. */
function sqliteSteps(p: Plan): string[] {
  if (p.kind !== 'index') throw new Error(`expected an index plan, got ${p.kind}`)
  const order = p.orderBy ? ` ORDER BY ${p.orderBy}` : ''
  const sql = `SELECT c.body FROM "${p.handle.table}" AS i CROSS JOIN "${collectionTable('requests')}" AS c ON c.rid = i.rid WHERE ${p.where}${order} LIMIT 20`
  return (
    store.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...p.params) as Array<{ detail: string }>
  ).map((row) => row.detail)
}

it('equality on two fields with a sort on the date is answered by the index alone', () => {
  // GIVEN indexed requests
  store.transaction(() =>
    Array.from({ length: 30 }, (_, i) => insertDoc(store, 'requests', aRequest(i))),
  )
  // WHEN planning the list query of a grid
  const p = plan({ communityId: 'chengxi', gridId: 'grid-1' }, { createdAt: -1 })
  // THEN SQL searches the index, never scans, never sorts in a temp B-tree
  expect(p).toMatchObject({ kind: 'index', exact: true })
  const steps = sqliteSteps(p)
  expect(steps.join('\n')).toMatch(
    /SEARCH i USING PRIMARY KEY \(t0=\? AND v0=\? AND t1=\? AND v1=\?\)/,
  )
  expect(steps.join('\n')).not.toMatch(/SCAN|TEMP B-TREE/)
})

it('a range on the last key and the reversed sort also stay on the index', () => {
  // GIVEN indexed requests
  store.transaction(() =>
    Array.from({ length: 30 }, (_, i) => insertDoc(store, 'requests', aRequest(i))),
  )
  // WHEN planning a time window, oldest first
  const p = plan(
    { communityId: 'chengxi', gridId: 'grid-1', createdAt: { $gte: new Date(0) } },
    { createdAt: 1 },
  )
  // THEN no scan, no sort step
  expect(p).toMatchObject({ kind: 'index', exact: true })
  expect(sqliteSteps(p).join('\n')).not.toMatch(/SCAN|TEMP B-TREE/)
})

it('_id equality goes by primary key; unindexed fields fall back to a scan', () => {
  // GIVEN the index on communityId/gridId/createdAt  WHEN planning other queries
  const byId = plan({ _id: 'r1', status: 'open' })
  const other = plan({ status: 'open' })
  // THEN by id, and by scan
  expect(byId).toEqual({ kind: 'ids', ids: ['r1'] })
  expect(other).toEqual({ kind: 'scan' })
})

it('a null _id key (a $lookup on a missing field) finds nothing by primary key, not by scan', () => {
  // GIVEN no document can have a null _id  WHEN planning the joins $lookup asks for
  const missing = plan({ _id: { $in: [null] } })
  const empty = plan({ _id: { $in: [] } })
  const some = plan({ _id: { $in: [null, 't1', 't2'] } })
  const asObject = plan({ _id: { $in: [{ a: 1 }] } })
  // THEN by id: none, and only the real keys; a key of another kind still scans
  expect(missing).toEqual({ kind: 'ids', ids: [] })
  expect(empty).toEqual({ kind: 'ids', ids: [] })
  expect(some).toEqual({ kind: 'ids', ids: ['t1', 't2'] })
  expect(asObject).toEqual({ kind: 'scan' })
})

it('a query the index only partly covers narrows by index and is not exact', () => {
  // GIVEN the index  WHEN an extra condition on another field is added
  const p = plan({ communityId: 'chengxi', gridId: 'grid-1', status: 'open' }, { createdAt: -1 })
  // THEN the index narrows, a JS filter finishes
  expect(p).toMatchObject({ kind: 'index', exact: false })
})

it('once a document holds an array in an indexed field, the index stops answering alone', () => {
  // GIVEN a request whose gridId is an array (a multikey entry)
  store.transaction(() =>
    insertDoc(store, 'requests', aRequest(1, { gridId: ['grid-1', 'grid-2'] })),
  )
  // WHEN planning the grid query
  const p = plan({ communityId: 'chengxi', gridId: 'grid-1' }, { createdAt: -1 })
  // THEN the index only narrows (MongoDB's multikey sort rules need JS)
  expect(p).toMatchObject({ kind: 'index', exact: false, orderBy: undefined })
})
