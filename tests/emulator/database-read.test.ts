// Conformance: get() paging and ordering, field projection, count and doc(id).get(), via the real SDK.
import { startDbServer, type DbServer } from './helpers/db-server'
import { freshCollection, idsOf, someRequests } from './helpers/factories'

let server: DbServer
beforeAll(async () => {
  server = await startDbServer()
})
afterAll(() => server.close())

const db = () => server.app.database()

describe('limits', () => {
  it('get() without limit returns 100 documents', async () => {
    // GIVEN 150 documents
    const requests = await freshCollection(server.app)
    await requests.add(someRequests(150))
    // WHEN get() is called without limit
    const res = await requests.get()
    // THEN CloudBase's default page of 100 comes back
    expect(res.data).toHaveLength(100)
  })

  it('limit(5000) returns at most 1000 documents', async () => {
    // GIVEN 1200 documents
    const requests = await freshCollection(server.app)
    await requests.add(someRequests(1200))
    // WHEN asking for 5000
    const res = await requests.limit(5000).get()
    // THEN the page is capped at 1000
    expect(res.data).toHaveLength(1000)
  })

  it('skip and limit page through a sorted result and report the total', async () => {
    // GIVEN 10 requests with urgency 0..9
    const requests = await freshCollection(server.app)
    await requests.add(someRequests(10, (i) => ({ _id: `r${i}`, urgency: i })))
    // WHEN reading the third page of three
    const res = await requests.orderBy('urgency', 'asc').skip(6).limit(3).get()
    // THEN documents 6..8 come back, with the paging figures
    expect(idsOf(res)).toEqual(['r6', 'r7', 'r8'])
    expect(res).toMatchObject({ total: 10, limit: 3, offset: 6 })
  })
})

describe('orderBy', () => {
  it('sorts by several fields in call order', async () => {
    // GIVEN requests in two grids with different urgencies
    const requests = await freshCollection(server.app)
    await requests.add([
      { _id: 'a', gridId: 'g2', urgency: 1 },
      { _id: 'b', gridId: 'g1', urgency: 1 },
      { _id: 'c', gridId: 'g1', urgency: 3 },
      { _id: 'd', gridId: 'g2', urgency: 2 },
    ])
    // WHEN sorting by grid ascending, then urgency descending
    const res = await requests.orderBy('gridId', 'asc').orderBy('urgency', 'desc').get()
    // THEN grid decides first, urgency breaks ties
    expect(idsOf(res)).toEqual(['c', 'b', 'd', 'a'])
  })

  it('puts documents missing the field first when ascending, last when descending', async () => {
    // GIVEN one document without a due date
    const requests = await freshCollection(server.app)
    await requests.add([
      { _id: 'later', due: new Date('2025-05-02') },
      { _id: 'none' },
      { _id: 'sooner', due: new Date('2025-05-01') },
    ])
    // WHEN sorting by due both ways
    const asc = await requests.orderBy('due', 'asc').get()
    const desc = await requests.orderBy('due', 'desc').get()
    // THEN missing sorts before any value
    expect(idsOf(asc)).toEqual(['none', 'sooner', 'later'])
    expect(idsOf(desc)).toEqual(['later', 'sooner', 'none'])
  })

  it('sorts numbers before strings, and by nested paths', async () => {
    // GIVEN mixed-type codes and nested ranks
    const items = await freshCollection(server.app)
    await items.add([
      { _id: 's', code: 'b', meta: { rank: 2 } },
      { _id: 'n', code: 10, meta: { rank: 3 } },
      { _id: 't', code: 'a', meta: { rank: 1 } },
    ])
    // WHEN sorting by code and by meta.rank
    const byCode = await items.orderBy('code', 'asc').get()
    const byRank = await items.orderBy('meta.rank', 'desc').get()
    // THEN MongoDB's cross-type order and dotted paths apply
    expect(idsOf(byCode)).toEqual(['n', 't', 's'])
    expect(idsOf(byRank)).toEqual(['n', 's', 't'])
  })
})

describe('field projection', () => {
  it('returns only the chosen fields plus _id', async () => {
    // GIVEN a full request
    const requests = await freshCollection(server.app)
    await requests.add({ _id: 'r1', category: 'repair', status: 'open', contact: { phone: '138' } })
    // WHEN projecting category and contact.phone
    const res = await requests.field({ category: true, 'contact.phone': true }).get()
    // THEN nothing else leaks
    expect(res.data).toEqual([{ _id: 'r1', category: 'repair', contact: { phone: '138' } }])
  })

  it('drops excluded fields and keeps the rest', async () => {
    // GIVEN a request with a private phone
    const requests = await freshCollection(server.app)
    await requests.add({ _id: 'r1', category: 'repair', phone: '138' })
    // WHEN excluding the phone (doc().field() too)
    const viaWhere = await requests.field({ phone: false }).get()
    const viaDoc = await requests.doc('r1').field({ phone: false }).get()
    // THEN the phone is gone
    expect(viaWhere.data).toEqual([{ _id: 'r1', category: 'repair' }])
    expect(viaDoc.data).toEqual([{ _id: 'r1', category: 'repair' }])
  })

  it('slices arrays with db.command.project.slice', async () => {
    // GIVEN a timeline of five events
    const requests = await freshCollection(server.app)
    await requests.add({ _id: 'r1', timeline: [1, 2, 3, 4, 5] })
    // WHEN projecting the last two
    const res = await requests.field({ timeline: db().command.project.slice(-2) }).get()
    // THEN only they come back
    expect(res.data).toEqual([{ _id: 'r1', timeline: [4, 5] }])
  })
})

describe('count and doc(id).get()', () => {
  it('count() counts the matching documents', async () => {
    // GIVEN 7 open and 3 resolved requests
    const requests = await freshCollection(server.app)
    await requests.add(someRequests(10, (i) => ({ status: i < 7 ? 'open' : 'resolved' })))
    // WHEN counting open ones
    const res = await requests.where({ status: 'open' }).count()
    // THEN 7
    expect(res.total).toBe(7)
  })

  it('doc(id).get() returns data as an array (a CloudBase quirk), empty when absent', async () => {
    // GIVEN one stored request
    const requests = await freshCollection(server.app)
    await requests.add({ _id: 'r1', category: 'repair' })
    // WHEN reading it and a missing one by id
    const found = await requests.doc('r1').get()
    const missing = await requests.doc('nope').get()
    // THEN both answers carry arrays
    expect(found.data).toEqual([{ _id: 'r1', category: 'repair' }])
    expect(missing.data).toEqual([])
  })

  it('round-trips dates, numbers, booleans, nulls and nested arrays', async () => {
    // GIVEN a document with every common type
    const requests = await freshCollection(server.app)
    const doc = {
      _id: 'r1',
      at: new Date('2025-03-01T08:00:00.123Z'),
      n: 2.5,
      big: 2 ** 40,
      ok: false,
      none: null,
      deep: [[1], { a: [true] }],
    }
    // WHEN it is stored and read back
    await requests.add(doc)
    const res = await requests.doc('r1').get()
    // THEN it is unchanged
    expect(res.data).toEqual([doc])
  })
})
