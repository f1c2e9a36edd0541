// Conformance: ObjectId values (db.ObjectId) in fields and as _id, as CloudBase answers them to SDK 3.18.3.
import { startDbServer, type DbServer } from './helpers/db-server'
import { freshCollection, rejectionOf } from './helpers/factories'

let server: DbServer
beforeAll(async () => {
  server = await startDbServer()
})
afterAll(() => server.close())

const db = () => server.app.database()
const HEX = '64e5f8886218c620cf0e8f8a'
const OTHER = '64e5f94e6218c620cf0e8f8c'
const oid = (id: string) => db().ObjectId({ id })

// SDK 3.18.3 parses answers with bson's EJSON and copies own keys (Util.formatField), so a canonical
// {"$oid"} would arrive as {}; CloudBase's answer hands the SDK the id. MongoDB keeps the type apart
// from strings: https://www.mongodb.com/docs/manual/reference/bson-types/#objectid
describe('ObjectId', () => {
  it('an ObjectId in an ordinary field comes back as its id, and matches only as an ObjectId', async () => {
    // GIVEN a request pointing at a member by ObjectId
    const coll = await freshCollection(server.app)
    await coll.add({ _id: 'r1', memberRef: oid(HEX), refs: [oid(OTHER)] })
    // WHEN reading it, querying by ObjectId and by the same hex as a string
    const [doc] = (await coll.doc('r1').get()).data
    const byOid = await coll.where({ memberRef: oid(HEX) }).count()
    const byString = await coll.where({ memberRef: HEX }).count()
    const inArray = await coll.where({ refs: oid(OTHER) }).count()
    // THEN the SDK sees the id, and BSON types stay apart in queries
    expect(doc).toEqual({ _id: 'r1', memberRef: HEX, refs: [OTHER] })
    expect([byOid.total, byString.total, inArray.total]).toEqual([1, 0, 1])
  })

  it('an _id given as an ObjectId is accepted, is a different id from its hex string, and is found by where({_id})', async () => {
    // GIVEN documents with an ObjectId _id and with the same hex as a string _id
    const coll = await freshCollection(server.app)
    const added = await coll.add({ _id: oid(HEX), kind: 'oid' })
    await coll.add({ _id: HEX, kind: 'string' })
    // WHEN reading by each id, updating the ObjectId one and adding it twice
    // (the SDK's doc() takes only strings and numbers)
    const byOid = await coll.where({ _id: oid(HEX) }).get()
    const byString = await coll.doc(HEX).get()
    const updated = await coll.where({ _id: oid(HEX) }).update({ seen: true })
    const duplicate = await rejectionOf(coll.add({ _id: oid(HEX) }))
    // THEN both live side by side; the answer carries the id as text
    expect(added.id).toBe(HEX)
    expect(byOid.data).toEqual([{ _id: HEX, kind: 'oid' }])
    expect(byString.data).toEqual([{ _id: HEX, kind: 'string' }])
    expect(updated.updated).toBe(1)
    expect(duplicate.code).toBe('DATABASE_DUPLICATE_WRITE')
    expect((await coll.where({ seen: true }).get()).data).toEqual([
      { _id: HEX, kind: 'oid', seen: true },
    ])
  })

  it('aggregate() answers ObjectIds as their id as well', async () => {
    // GIVEN two documents referring to one ObjectId
    const coll = await freshCollection(server.app)
    await coll.add([{ ref: oid(HEX) }, { ref: oid(HEX) }])
    // WHEN grouping by it
    const res = await coll
      .aggregate()
      .group({ _id: '$ref', n: db().command.aggregate.sum(1) })
      .end()
    // THEN the group key is the id text
    expect(res.data).toEqual([{ _id: HEX, n: 2 }])
  })
})
