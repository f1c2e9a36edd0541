// Unit: $in past a prefix, keyset cursors ($or) and OR-unions walk indexes and answer what a scan would.
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { compileFilter } from '../query/matcher'
import { parseSortSpec, sortDocs } from '../query/sort'
import { decodeDoc, type Doc } from '../protocol/ejson'
import { insertDoc } from './doc-writer'
import { docOf, findRows } from './finder'
import { parseIndexConfig } from './index-config'
import { syncIndexes } from './index-sync'
import { planQuery, type Plan } from './planner'
import { collectionTable, SqliteStore } from './sqlite-store'

const config = parseIndexConfig('test', {
  collections: {
    requests: {
      indexes: [
        { name: 'grid_board', keys: { communityId: 1, gridId: 1, createdAt: -1, _id: -1 } },
        {
          name: 'grid_status',
          keys: { communityId: 1, gridId: 1, status: 1, sensitive: 1, createdAt: -1 },
        },
        { name: 'handler', keys: { communityId: 1, handlerKey: 1, status: 1 } },
        { name: 'roles_grid', keys: { 'roles.gridId': 1 } },
      ],
    },
  },
})

const STATUSES = ['open', 'claimed', 'closed', 'closed', 'resolved']
let dir: string
let store: SqliteStore
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'linli-shapes-'))
  store = new SqliteStore(dir)
  syncIndexes(store, config)
  store.transaction(() => {
    for (let i = 0; i < 400; i++)
      insertDoc(store, 'requests', {
        _id: `r${String(i).padStart(3, '0')}`,
        communityId: i % 7 === 0 ? 'other' : 'chengxi',
        gridId: `grid-${i % 3}`,
        status: STATUSES[i % 5],
        sensitive: i % 4 === 0,
        handlerKey: i % 6 === 0 ? 'member:p1' : `team:t${i % 2}`,
        // Pairs of requests share a moment, so the cursor's tie on _id matters.
        createdAt: new Date(Date.UTC(2025, 0, 1, 0, Math.floor(i / 2))),
        roles: [{ role: 'member', gridId: `grid-${i % 3}` }],
      })
  })
})
afterAll(() => {
  store.close()
  rmSync(dir, { recursive: true, force: true })
})

const plan = (filter: object, order: object = {}): Plan =>
  planQuery(filter, parseSortSpec(order), store.indexesOf('requests'))

/** What a full scan with the JS filter and sort answers: the reference for every plan. */
function byScan(filter: object, order: object, limit: number): string[] {
  const test = compileFilter(filter)
  const all = (
    store.db.prepare(`SELECT body FROM "${collectionTable('requests')}"`).all() as Array<{
      body: string
    }>
  )
    .map((row) => decodeDoc(row.body))
    .filter(test)
  return sortDocs(all, parseSortSpec(order), (d: Doc) => d)
    .slice(0, limit)
    .map((d) => String(d._id))
}

const found = (filter: object, order: object, limit: number): string[] =>
  findRows(store, 'requests', { filter, sort: parseSortSpec(order), skip: 0, limit }).map((item) =>
    String(docOf(item)._id),
  )

const cursorAfter = (createdAt: Date, id: string) => ({
  $or: [{ createdAt: { $lt: createdAt } }, { createdAt: { $eq: createdAt }, _id: { $lt: id } }],
})

const SHAPES: Array<[string, object, object, string]> = [
  [
    'a board: equality, then $in on status, then a boolean',
    {
      communityId: 'chengxi',
      gridId: { $in: ['grid-1'] },
      status: { $in: ['open', 'claimed'] },
      sensitive: false,
    },
    {},
    'grid_status',
  ],
  [
    'the same, newest first (sorted by SQL after the $in)',
    { communityId: 'chengxi', gridId: 'grid-1', status: { $in: ['open', 'resolved'] } },
    { createdAt: -1 },
    'grid_status',
  ],
  [
    'page two of a board: a keyset cursor',
    {
      $and: [
        { communityId: 'chengxi', gridId: 'grid-2' },
        cursorAfter(new Date(Date.UTC(2025, 0, 1, 0, 90)), 'r181'),
      ],
    },
    { createdAt: -1, _id: -1 },
    'grid_board',
  ],
  [
    'handler keys and statuses, both $in',
    {
      communityId: 'chengxi',
      handlerKey: { $in: ['member:p1', 'team:t1'] },
      status: { $in: ['claimed', 'resolved'] },
    },
    {},
    'handler',
  ],
]

it.each(SHAPES)(
  '%s: exact on its index, and answers what a scan answers',
  (_, filter, order, index) => {
    // GIVEN 400 requests  WHEN the query is planned and run
    const p = plan(filter, order)
    // THEN SQL alone answers it through the expected index, with the scan's rows in the scan's order
    expect(p).toMatchObject({ kind: 'index', exact: true })
    expect(p.kind === 'index' && p.handle.name).toBe(index)
    // Without a sort MongoDB promises no order: then the whole answer is compared as a set.
    const sorted = Object.keys(order).length > 0
    const limit = sorted ? 21 : 1000
    const answer = found(filter, order, limit)
    const reference = byScan(filter, order, limit)
    expect(sorted ? answer : [...answer].sort()).toEqual(sorted ? reference : reference.sort())
    expect(answer.length).toBeGreaterThan(0)
  },
)

it('the cursor seeks: SQLite starts at the cursor instead of filtering up to it', () => {
  // GIVEN a keyset cursor  WHEN planned
  const p = plan(
    { $and: [{ communityId: 'chengxi', gridId: 'grid-2' }, cursorAfter(new Date(5), 'r1')] },
    { createdAt: -1, _id: -1 },
  )
  // THEN the implied bound createdAt <= cursor is in the SQL
  expect(p.kind === 'index' && p.where).toMatch(/i\.t2 = \? AND i\.v2 <= \?$/)
})

it('an $or over fields of different indexes becomes a union of index plans', () => {
  // GIVEN a board read by grid OR by handler  WHEN planned and run
  const filter = {
    $and: [
      { communityId: 'chengxi', status: { $in: ['open', 'claimed'] } },
      { $or: [{ gridId: { $in: ['grid-0'] } }, { handlerKey: { $in: ['member:p1'] } }] },
    ],
  }
  const p = plan(filter)
  // THEN each branch has its index, and the rows are those a scan finds
  expect(p.kind).toBe('union')
  expect(p.kind === 'union' && p.plans.map((b) => b.handle.name)).toEqual([
    'grid_status',
    'handler',
  ])
  expect(found(filter, { createdAt: 1 }, 1000)).toEqual(byScan(filter, { createdAt: 1 }, 1000))
})

it('$elemMatch narrows through the index on its dotted path', () => {
  // GIVEN an index on roles.gridId  WHEN a query matches one role element
  const filter = { roles: { $elemMatch: { role: 'member', gridId: 'grid-2' } } }
  const p = plan(filter)
  // THEN the index narrows (not exact: the element match stays in JS), with the scan's answer
  expect(p).toMatchObject({ kind: 'index', exact: false })
  expect(p.kind === 'index' && p.handle.name).toBe('roles_grid')
  expect(found(filter, { _id: 1 }, 1000)).toEqual(byScan(filter, { _id: 1 }, 1000))
})
