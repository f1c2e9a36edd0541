// Conformance: aggregate() stages and the expression operators they need, via the real SDK.
import { startDbServer, type DbServer } from './helpers/db-server'
import { freshCollection, type Collection } from './helpers/factories'

let server: DbServer
let requests: Collection
let grids: Collection

beforeAll(async () => {
  server = await startDbServer()
  requests = await freshCollection(server.app, 'requests')
  grids = await freshCollection(server.app, 'grids')
  await grids.add([
    { _id: 'g1', name: '益民巷网格' },
    { _id: 'g2', name: '西街网格' },
  ])
  await requests.add([
    {
      _id: 'r1',
      gridId: 'g1',
      status: 'open',
      points: 5,
      tags: ['light', 'stairs'],
      at: new Date('2025-03-01T01:00:00Z'),
    },
    {
      _id: 'r2',
      gridId: 'g1',
      status: 'resolved',
      points: 3,
      tags: ['water'],
      at: new Date('2025-03-02T01:00:00Z'),
    },
    {
      _id: 'r3',
      gridId: 'g2',
      status: 'open',
      points: 8,
      tags: [],
      at: new Date('2025-04-01T01:00:00Z'),
    },
    {
      _id: 'r4',
      gridId: 'g2',
      status: 'open',
      points: 2,
      tags: ['light'],
      at: new Date('2025-04-03T01:00:00Z'),
    },
  ])
})
afterAll(() => server.close())

const $ = () => server.app.database().command.aggregate
const _ = () => server.app.database().command

describe('aggregate', () => {
  it('match, sort, skip and limit narrow and order documents', async () => {
    // GIVEN the fixtures  WHEN matching open requests sorted by points desc, skipping 1, limit 1
    const res = await requests
      .aggregate()
      .match({ status: 'open' })
      .sort({ points: -1 })
      .skip(1)
      .limit(1)
      .end()
    // THEN the second highest open request
    expect(res.data).toEqual([expect.objectContaining({ _id: 'r1' })])
  })

  it('group computes sum, avg, min, max, first, last, push and addToSet', async () => {
    // GIVEN the fixtures  WHEN grouping by grid, in _id order
    const res = await requests
      .aggregate()
      .sort({ _id: 1 })
      .group({
        _id: '$gridId',
        count: $().sum(1),
        points: $().sum('$points'),
        avg: $().avg('$points'),
        min: $().min('$points'),
        max: $().max('$points'),
        first: $().first('$_id'),
        last: $().last('$_id'),
        ids: $().push('$_id'),
        statuses: $().addToSet('$status'),
      })
      .sort({ _id: 1 })
      .end()
    // THEN each accumulator has its MongoDB meaning
    expect(res.data).toEqual([
      {
        _id: 'g1',
        count: 2,
        points: 8,
        avg: 4,
        min: 3,
        max: 5,
        first: 'r1',
        last: 'r2',
        ids: ['r1', 'r2'],
        statuses: ['open', 'resolved'],
      },
      {
        _id: 'g2',
        count: 2,
        points: 10,
        avg: 5,
        min: 2,
        max: 8,
        first: 'r3',
        last: 'r4',
        ids: ['r3', 'r4'],
        statuses: ['open'],
      },
    ])
  })

  it('project and addFields compute fields with expressions', async () => {
    // GIVEN the fixtures  WHEN projecting a doubled score, the month and a flag
    const res = await requests
      .aggregate()
      .match({ _id: 'r1' })
      .project({ _id: 0, gridId: 1, double: $().multiply(['$points', 2]), month: $().month('$at') })
      .addFields({ urgent: $().gt(['$double', 8]), label: $().concat(['grid ', '$gridId']) })
      .end()
    // THEN the expressions are evaluated per document
    expect(res.data).toEqual([
      { gridId: 'g1', double: 10, month: 3, urgent: true, label: 'grid g1' },
    ])
  })

  it('count counts the documents reaching it', async () => {
    // GIVEN the fixtures  WHEN counting open requests
    const res = await requests.aggregate().match({ status: 'open' }).count('open').end()
    // THEN one document with the count
    expect(res.data).toEqual([{ open: 3 }])
  })

  it('unwind emits one document per array element', async () => {
    // GIVEN tag arrays (one empty)  WHEN unwinding tags and counting by tag
    const res = await requests
      .aggregate()
      .unwind('$tags')
      .group({ _id: '$tags', n: $().sum(1) })
      .sort({ _id: 1 })
      .end()
    // THEN empty arrays produce nothing
    expect(res.data).toEqual([
      { _id: 'light', n: 2 },
      { _id: 'stairs', n: 1 },
      { _id: 'water', n: 1 },
    ])
  })

  it('lookup joins another collection by field equality', async () => {
    // GIVEN requests pointing at grids  WHEN looking up each grid
    const res = await requests
      .aggregate()
      .match({ _id: _().in(['r1', 'r3']) })
      .lookup({ from: grids.name, localField: 'gridId', foreignField: '_id', as: 'grid' })
      .project({ grid: 1 })
      .sort({ _id: 1 })
      .end()
    // THEN the matching grid documents are attached as arrays
    expect(res.data).toEqual([
      { _id: 'r1', grid: [{ _id: 'g1', name: '益民巷网格' }] },
      { _id: 'r3', grid: [{ _id: 'g2', name: '西街网格' }] },
    ])
  })

  it('lookup with let and a pipeline filters the joined documents', async () => {
    // GIVEN grids and requests  WHEN joining each grid's open requests through $expr
    const res = await grids
      .aggregate()
      .lookup({
        from: requests.name,
        let: { grid: '$_id' },
        pipeline: $()
          .pipeline()
          .match(_().expr($().and([$().eq(['$gridId', '$$grid']), $().eq(['$status', 'open'])])))
          .project({ _id: 1 })
          .done(),
        as: 'open',
      })
      .sort({ _id: 1 })
      .end()
    // THEN each grid lists only its open requests
    expect(res.data).toEqual([
      { _id: 'g1', name: '益民巷网格', open: [{ _id: 'r1' }] },
      { _id: 'g2', name: '西街网格', open: [{ _id: 'r3' }, { _id: 'r4' }] },
    ])
  })

  it('an unknown stage is refused with a CloudBase error code', async () => {
    // GIVEN a raw pipeline with a stage MongoDB does not know
    const raw = server.app.database().collection(requests.name).options({ raw: true })
    // WHEN it runs
    const res = raw.aggregate([{ $bogus: {} }]).end()
    // THEN the SDK throws the server's code
    await expect(res).rejects.toMatchObject({ code: 'DATABASE_REQUEST_FAILED' })
  })
})
