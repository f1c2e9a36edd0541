// Conformance: queries and several documents inside a transaction (CloudBase runs MongoDB transactions).
import { startDbServer, type DbServer } from './helpers/db-server'
import { freshCollection, rejectionOf, type Collection } from './helpers/factories'

let server: DbServer
beforeAll(async () => {
  server = await startDbServer()
})
afterAll(() => server.close())

const db = () => server.app.database()
type Transaction = Awaited<ReturnType<ReturnType<typeof db>['startTransaction']>>

async function slots(): Promise<Collection> {
  const coll = await freshCollection(server.app, 'slots')
  await coll.add([
    { _id: 's1', day: 'mon', free: 2 },
    { _id: 's2', day: 'mon', free: 0 },
    { _id: 's3', day: 'tue', free: 1 },
  ])
  return coll
}

// CloudBase documents get (query documents), add, update, set and delete inside transactions, over
// several documents and collections: https://docs.cloudbase.net/en/database/transaction
// Underneath are MongoDB transactions, whose reads see one snapshot plus their own writes:
// https://www.mongodb.com/docs/manual/core/transactions/
describe('queries in transactions', () => {
  it('where().get() reads the snapshot plus the transaction own writes, sorted and limited', async () => {
    // GIVEN three slots and a transaction that booked s1 and added s4
    const coll = await slots()
    const tx: Transaction = await db().startTransaction()
    await tx.collection(coll.name).doc('s1').update({ free: 1 })
    await tx.collection(coll.name).add({ _id: 's4', day: 'mon', free: 5 })
    // WHEN an outside writer empties s3, and the transaction queries free Monday slots
    await coll.doc('s3').update({ free: 0 })
    const inside = await tx
      .collection(coll.name)
      .where({ free: db().command.gt(0) })
      .orderBy('free', 'desc')
      .limit(5)
      .get()
    await tx.rollback()
    // THEN it sees its own writes and s3 as it was at start; nothing leaked outside
    expect(inside.data).toEqual([
      { _id: 's4', day: 'mon', free: 5 },
      { _id: 's1', day: 'mon', free: 1 },
      { _id: 's3', day: 'tue', free: 1 },
    ])
    expect((await coll.where({ free: db().command.gt(0) }).count()).total).toBe(1)
  })

  it('updateAndReturn() in a transaction writes the first match at commit', async () => {
    // GIVEN three slots
    const coll = await slots()
    // WHEN a transaction books the first free Monday slot and commits
    const booked = await db().runTransaction(async (tx: Transaction) =>
      tx
        .collection(coll.name)
        .where({ day: 'mon', free: db().command.gt(0) })
        .updateAndReturn({ free: db().command.inc(-1) }),
    )
    // THEN the returned document is the updated one and the write is stored
    expect(booked).toMatchObject({ updated: 1, doc: { _id: 's1', free: 1 } })
    expect((await coll.doc('s1').get()).data).toEqual([{ _id: 's1', day: 'mon', free: 1 }])
  })

  it('a query write conflicts with a document changed outside since the transaction started', async () => {
    // GIVEN a transaction, and s1 changed outside after it started
    const coll = await slots()
    const tx: Transaction = await db().startTransaction()
    await coll.doc('s1').update({ free: 9 })
    // WHEN the transaction writes s1 through a query
    const error = await rejectionOf(
      tx.collection(coll.name).where({ _id: 's1' }).updateAndReturn({ free: 0 }),
    )
    // THEN it conflicts, as MongoDB's write conflict
    expect(error.code).toBe('DATABASE_TRANSACTION_CONFLICT')
    expect((await coll.doc('s1').get()).data).toEqual([{ _id: 's1', day: 'mon', free: 9 }])
  })

  it('several documents in two collections commit together', async () => {
    // GIVEN slots and an empty bookings collection
    const coll = await slots()
    const bookings = await freshCollection(server.app, 'bookings')
    // WHEN one transaction takes a seat in s1 and s3 and records both bookings
    await db().runTransaction(async (tx: Transaction) => {
      for (const id of ['s1', 's3']) {
        await tx
          .collection(coll.name)
          .doc(id)
          .update({ free: db().command.inc(-1) })
        await tx.collection(bookings.name).add({ slot: id, who: 'm1' })
      }
    })
    // THEN all four writes are stored
    expect((await coll.where({ free: 0 }).count()).total).toBe(2)
    expect((await bookings.count()).total).toBe(2)
  })

  it('SDK 3.18.3 sends where().update() and count() without the transaction id: they act outside it', async () => {
    // GIVEN a transaction (the SDK's Query.update/remove/count never put transactionId in the request)
    const coll = await slots()
    const tx: Transaction = await db().startTransaction()
    // WHEN updating by query through the transaction's collection, then rolling back
    const res = await tx.collection(coll.name).where({ day: 'tue' }).update({ free: 7 })
    await tx.rollback()
    // THEN the update was applied at once, outside the transaction, and survives the rollback
    expect(res.updated).toBe(1)
    expect((await coll.doc('s3').get()).data).toEqual([{ _id: 's3', day: 'tue', free: 7 }])
  })
})
