// Conformance: add, doc().set/update/remove, where().update/remove, serverDate, collections and write errors.
import { startDbServer, type DbServer } from './helpers/db-server'
import {
  aCollectionName,
  aRequest,
  freshCollection,
  idsOf,
  rejectionOf,
  someRequests,
} from './helpers/factories'

const NOW = new Date('2025-06-01T02:00:00.000Z')
let server: DbServer
beforeAll(async () => {
  server = await startDbServer({ now: () => NOW })
})
afterAll(() => server.close())

const db = () => server.app.database()

describe('add', () => {
  it('adds one document and generates a CloudBase-shaped _id', async () => {
    // GIVEN an empty collection
    const requests = await freshCollection(server.app)
    // WHEN adding a request without _id
    const res = await requests.add(aRequest())
    // THEN the id is 32 hex characters, with the server time in characters 9–16
    expect(res.id).toMatch(/^[0-9a-f]{32}$/)
    expect(parseInt(String(res.id).slice(8, 16), 16)).toBe(NOW.getTime() / 1000)
    expect((await requests.doc(String(res.id)).get()).data).toEqual([
      { _id: res.id, ...aRequest() },
    ])
  })

  it('adds many documents at once, keeping given ids', async () => {
    // GIVEN an empty collection
    const requests = await freshCollection(server.app)
    // WHEN adding an array, one with its own _id
    const res = await requests.add([aRequest({ _id: 'mine' }), aRequest()])
    // THEN ids come back in order
    expect(res.ids).toHaveLength(2)
    expect(res.ids?.[0]).toBe('mine')
    expect((await requests.count()).total).toBe(2)
  })

  it('refuses a duplicate _id with DATABASE_DUPLICATE_WRITE and writes nothing of the batch', async () => {
    // GIVEN a stored request r1
    const requests = await freshCollection(server.app)
    await requests.add(aRequest({ _id: 'r1' }))
    // WHEN adding a batch that repeats r1
    const error = await rejectionOf(
      requests.add([aRequest({ _id: 'r2' }), aRequest({ _id: 'r1' })]),
    )
    // THEN the SDK throws the code and r2 was not stored either
    expect(error.code).toBe('DATABASE_DUPLICATE_WRITE')
    expect((await requests.count()).total).toBe(1)
  })

  it('stores db.serverDate() as the server clock plus offset', async () => {
    // GIVEN an empty collection and the server clock at NOW
    const requests = await freshCollection(server.app)
    // WHEN adding with serverDate() and serverDate({offset: 1h})
    const { id } = await requests.add({
      at: db().serverDate(),
      due: db().serverDate({ offset: 3_600_000 }),
    })
    // THEN both are dates from the server clock
    const [doc] = (await requests.doc(String(id)).get()).data
    expect(doc).toMatchObject({ at: NOW, due: new Date(NOW.getTime() + 3_600_000) })
  })
})

describe('doc(id) writes', () => {
  it('set() replaces the whole document, or creates it when absent', async () => {
    // GIVEN r1 with a phone field
    const requests = await freshCollection(server.app)
    await requests.add({ _id: 'r1', status: 'open', phone: '138' })
    // WHEN set() on r1 and on a missing r2
    const replaced = await requests.doc('r1').set({ status: 'claimed' })
    const created = await requests.doc('r2').set({ status: 'open' })
    // THEN r1 lost its phone, r2 exists
    expect(replaced.updated).toBe(1)
    expect(created).toMatchObject({ updated: 0, upsertedId: 'r2' })
    expect((await requests.orderBy('_id', 'asc').get()).data).toEqual([
      { _id: 'r1', status: 'claimed' },
      { _id: 'r2', status: 'open' },
    ])
  })

  // CloudBase counts matched documents in `updated` (MongoDB's matchedCount, not modifiedCount):
  // https://www.mongodb.com/docs/manual/reference/method/db.collection.updateOne/ (matchedCount);
  // WeChat's databaseUpdate answers both, `matched` and `modified`:
  // https://developers.weixin.qq.com/miniprogram/en/dev/wxcloud/reference-http-api/database/databaseUpdate.html
  it('update() merges nested fields and reports updated 1, also when nothing changed', async () => {
    // GIVEN r1 with a contact sub-document
    const requests = await freshCollection(server.app)
    await requests.add({ _id: 'r1', contact: { name: 'Ann', phone: '138' } })
    // WHEN updating contact.phone, then repeating the same update
    const first = await requests.doc('r1').update({ contact: { phone: '139' } })
    const again = await requests.doc('r1').update({ contact: { phone: '139' } })
    // THEN the name is kept and the repeated update still counts the matched document
    expect([first.updated, again.updated]).toEqual([1, 1])
    expect((await requests.doc('r1').get()).data).toEqual([
      { _id: 'r1', contact: { name: 'Ann', phone: '139' } },
    ])
  })

  it('set() with the stored body and updateAndReturn() with stored values report updated 1', async () => {
    // GIVEN r1 open
    const requests = await freshCollection(server.app)
    await requests.add({ _id: 'r1', status: 'open' })
    // WHEN writing what is already there, three ways
    const set = await requests.doc('r1').set({ status: 'open' })
    const where = await requests.where({ _id: 'r1' }).update({ status: 'open' })
    const returned = await requests.where({ _id: 'r1' }).updateAndReturn({ status: 'open' })
    // THEN each matched one document and says so
    expect([set.updated, where.updated, returned.updated]).toEqual([1, 1, 1])
    expect(returned.doc).toEqual({ _id: 'r1', status: 'open' })
  })

  it('a conditional update whose filter no longer matches reports 0', async () => {
    // GIVEN r1 already claimed
    const requests = await freshCollection(server.app)
    await requests.add({ _id: 'r1', status: 'claimed' })
    // WHEN a second claimant updates where status is still open
    const lost = await requests.where({ _id: 'r1', status: 'open' }).update({ status: 'claimed' })
    // THEN it matched nothing
    expect(lost.updated).toBe(0)
  })

  it('update() of a missing document reports updated 0', async () => {
    // GIVEN an empty collection
    const requests = await freshCollection(server.app)
    // WHEN updating a missing id
    const res = await requests.doc('nope').update({ status: 'claimed' })
    // THEN nothing is created
    expect(res.updated).toBe(0)
    expect((await requests.count()).total).toBe(0)
  })

  it('remove() deletes one document', async () => {
    // GIVEN two requests
    const requests = await freshCollection(server.app)
    await requests.add([aRequest({ _id: 'r1' }), aRequest({ _id: 'r2' })])
    // WHEN removing r1 (twice)
    const first = await requests.doc('r1').remove()
    const second = await requests.doc('r1').remove()
    // THEN only r2 remains
    expect([first.deleted, second.deleted]).toEqual([1, 0])
    expect(idsOf(await requests.get())).toEqual(['r2'])
  })
})

describe('where() writes', () => {
  it('where().update() updates every match', async () => {
    // GIVEN 3 open and 2 resolved requests
    const requests = await freshCollection(server.app)
    await requests.add(someRequests(5, (i) => ({ status: i < 3 ? 'open' : 'resolved' })))
    // WHEN marking every open one urgent
    const res = await requests.where({ status: 'open' }).update({ urgency: 3 })
    // THEN exactly those three changed
    expect(res.updated).toBe(3)
    expect((await requests.where({ urgency: 3 }).count()).total).toBe(3)
  })

  it('where().remove() removes every match; a collection-wide remove empties it', async () => {
    // GIVEN 3 open and 2 resolved requests
    const requests = await freshCollection(server.app)
    await requests.add(someRequests(5, (i) => ({ status: i < 3 ? 'open' : 'resolved' })))
    // WHEN removing resolved ones, then everything
    const some = await requests.where({ status: 'resolved' }).remove()
    const rest = await db().collection(requests.name).remove() // sends query: ""
    // THEN 2 then 3 were deleted
    expect([some.deleted, rest.deleted]).toEqual([2, 3])
  })

  it('updateAndReturn() updates the first match and returns it', async () => {
    // GIVEN one open request
    const requests = await freshCollection(server.app)
    await requests.add(aRequest({ _id: 'r1' }))
    // WHEN claiming it and returning the new document
    const res = await requests.where({ status: 'open' }).updateAndReturn({ status: 'claimed' })
    // THEN the returned document is the updated one
    expect(res.updated).toBe(1)
    expect(res.doc).toEqual({ ...aRequest({ _id: 'r1' }), status: 'claimed' })
  })
})

describe('collections', () => {
  it('createCollection() creates once and refuses an existing name', async () => {
    // GIVEN a new collection name
    const name = aCollectionName()
    // WHEN creating it twice
    await db().createCollection(name)
    const error = await rejectionOf(db().createCollection(name))
    // THEN the second call fails as on CloudBase
    expect(error.code).toBe('DATABASE_COLLECTION_ALREADY_EXIST')
  })

  it('reads and writes on an unknown collection fail with DATABASE_COLLECTION_NOT_EXIST', async () => {
    // GIVEN a collection that was never created
    const ghost = db().collection(aCollectionName('ghost'))
    // WHEN reading, counting and writing
    const errors = await Promise.all([
      rejectionOf(ghost.get()),
      rejectionOf(ghost.count()),
      rejectionOf(ghost.add(aRequest())),
      rejectionOf(ghost.doc('x').update({ a: 1 })),
    ])
    // THEN every call fails with the CloudBase code
    expect(errors.map((error) => error.code)).toEqual(
      Array(4).fill('DATABASE_COLLECTION_NOT_EXIST'),
    )
  })
})
