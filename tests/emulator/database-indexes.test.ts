// Conformance: the index config — configured collections exist, unique keys hold, and indexed queries
// answer exactly what a collection scan answers.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startDbServer, type DbServer } from './helpers/db-server'
import {
  freshCollection,
  idsOf,
  rejectionOf,
  someRequests,
  type Collection,
} from './helpers/factories'

const INDEX_CONFIG = {
  collections: {
    requests: {
      indexes: [
        {
          name: 'grid_status_created',
          keys: { communityId: 1, gridId: 1, createdAt: -1 },
          unique: false,
        },
        { name: 'status_urgency', keys: { status: 1, urgency: -1 } },
        { name: 'tags', keys: { tags: 1 } },
      ],
    },
    members: { indexes: [{ name: 'openid_unique', keys: { openid: 1 }, unique: true }] },
  },
}

let configDir: string
let server: DbServer
let indexed: Collection
let scanned: Collection

beforeAll(async () => {
  configDir = mkdtempSync(path.join(os.tmpdir(), 'linli-index-config-'))
  const indexConfigPath = path.join(configDir, 'indexes.json')
  writeFileSync(indexConfigPath, JSON.stringify(INDEX_CONFIG))
  server = await startDbServer({ indexConfigPath })
  indexed = server.app.database().collection('requests')
  scanned = await freshCollection(server.app, 'unindexed')
  // Same documents in both: grids, statuses and urgencies cycle; some have tag arrays, some no urgency.
  const docs = someRequests(120, (i) => ({
    _id: `r${String(i).padStart(3, '0')}`,
    communityId: i % 3 === 0 ? 'dongguan' : 'chengxi',
    gridId: `grid-${i % 4}`,
    status: (['open', 'claimed', 'resolved'] as const)[i % 3],
    urgency: i % 7 === 0 ? undefined : i % 5, // undefined: the SDK drops the field
    ...(i % 2 === 0 ? { tags: ['light', `t${i % 3}`] } : {}),
  }))
  await indexed.add(docs)
  await scanned.add(docs)
})
afterAll(async () => {
  await server.close()
  rmSync(configDir, { recursive: true, force: true })
})

const _ = () => server.app.database().command

type Build = (coll: Collection) => { get(): Promise<{ data: Array<{ _id?: unknown }> }> }

/** The ids a query returns from the indexed collection and from the unindexed copy. */
async function bothWays(build: Build): Promise<[unknown[], unknown[]]> {
  return [idsOf(await build(indexed).get()), idsOf(await build(scanned).get())]
}

describe('index config', () => {
  it('creates the configured collections at open', async () => {
    // GIVEN a server opened with the config  WHEN counting a configured collection never created by hand
    const res = await server.app.database().collection('members').count()
    // THEN it exists
    expect(res.total).toBe(0)
  })

  it('a unique index refuses a second document with the same key, on add and on update', async () => {
    // GIVEN a member with openid o1
    const members = server.app.database().collection('members')
    await members.add([
      { _id: 'm1', openid: 'o1' },
      { _id: 'm2', openid: 'o2' },
    ])
    // WHEN adding another o1, and updating m2 to o1
    const onAdd = await rejectionOf(members.add({ _id: 'm3', openid: 'o1' }))
    const onUpdate = await rejectionOf(members.doc('m2').update({ openid: 'o1' }))
    // THEN both are refused with CloudBase's duplicate code and m2 is unchanged
    expect([onAdd.code, onUpdate.code]).toEqual([
      'DATABASE_DUPLICATE_WRITE',
      'DATABASE_DUPLICATE_WRITE',
    ])
    expect(onAdd.message).toMatch(/openid_unique/)
    expect((await members.doc('m2').get()).data).toEqual([{ _id: 'm2', openid: 'o2' }])
  })
})

describe('indexed queries answer like a scan', () => {
  it('equality on the prefix with a sort on the date, paged', async () => {
    // GIVEN the same documents with and without indexes  WHEN paging a grid's requests newest first
    const [viaIndex, viaScan] = await bothWays((c) =>
      c
        .where({ communityId: 'chengxi', gridId: 'grid-1' })
        .orderBy('createdAt', 'desc')
        .skip(3)
        .limit(5),
    )
    // THEN the pages are identical
    expect(viaIndex).toHaveLength(5)
    expect(viaIndex).toEqual(viaScan)
  })

  it('a sort against the index direction and a date range', async () => {
    // GIVEN both collections  WHEN reading a time window oldest first
    const from = new Date(Date.UTC(2025, 2, 1, 8, 30))
    const [viaIndex, viaScan] = await bothWays((c) =>
      c
        .where({ communityId: 'chengxi', gridId: 'grid-2', createdAt: _().gte(from) })
        .orderBy('createdAt', 'asc')
        .limit(100),
    )
    // THEN identical
    expect(viaIndex.length).toBeGreaterThan(5)
    expect(viaIndex).toEqual(viaScan)
  })

  it('in, a missing field sorted first, and an extra non-indexed condition', async () => {
    // GIVEN both collections (every 7th document lacks urgency)
    // WHEN filtering statuses with in, sorting by urgency, with a $ne on another field
    const [byIn, byInScan] = await bothWays((c) =>
      c
        .where({ status: _().in(['open', 'claimed']) })
        .orderBy('urgency', 'asc')
        .orderBy('_id', 'asc')
        .limit(100),
    )
    const [withNe, withNeScan] = await bothWays((c) =>
      c
        .where({ status: 'open', gridId: _().neq('grid-0') })
        .orderBy('urgency', 'desc')
        .orderBy('_id', 'asc')
        .limit(100),
    )
    // THEN identical, missing urgency first when ascending
    expect(byIn).toEqual(byInScan)
    expect(withNe).toEqual(withNeScan)
    expect(byIn[0]).toBe('r000')
  })

  it('an index over array values (multikey) still finds every element', async () => {
    // GIVEN tags arrays on half of the documents  WHEN querying one tag and counting
    const [viaIndex, viaScan] = await bothWays((c) =>
      c.where({ tags: 't1' }).orderBy('_id', 'asc').limit(100),
    )
    const counts = await Promise.all([
      indexed.where({ tags: 'light' }).count(),
      scanned.where({ tags: 'light' }).count(),
    ])
    // THEN identical
    expect(viaIndex.length).toBeGreaterThan(0)
    expect(viaIndex).toEqual(viaScan)
    expect(counts[0].total).toBe(60)
    expect(counts[1].total).toBe(60)
  })

  it('a range on array values lets different elements meet each bound', async () => {
    // GIVEN tags ['light', 't2']: 'light' < 't1' and 't2' > 'm', but no one tag lies between
    // WHEN querying tags greater than 'm' and less than 't1'
    const [viaIndex, viaScan] = await bothWays((c) =>
      c
        .where({ tags: _().gt('m').and(_().lt('t1')) })
        .orderBy('_id', 'asc')
        .limit(100),
    )
    // THEN the index finds what the scan finds (MongoDB: each bound on any element), t2 included
    expect(viaIndex).toEqual(viaScan)
    expect(viaScan).toContain('r002')
  })

  it('updates keep the index in step', async () => {
    // GIVEN both collections  WHEN moving every grid-3 request to grid-9 in both
    await Promise.all(
      [indexed, scanned].map((c) => c.where({ gridId: 'grid-3' }).update({ gridId: 'grid-9' })),
    )
    const [moved, movedScan] = await bothWays((c) =>
      c.where({ communityId: 'chengxi', gridId: 'grid-9' }).orderBy('createdAt', 'desc'),
    )
    const [left] = await bothWays((c) => c.where({ communityId: 'chengxi', gridId: 'grid-3' }))
    // THEN the index answers with the new values only
    expect(moved).toEqual(movedScan)
    expect(moved.length).toBeGreaterThan(0)
    expect(left).toEqual([])
  })
})
