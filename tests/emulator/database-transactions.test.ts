// Conformance: startTransaction/runTransaction with doc(id) reads and writes, isolation and conflicts.
import { startDbServer, type DbServer } from './helpers/db-server'
import { freshCollection, rejectionOf, type Collection } from './helpers/factories'

let server: DbServer
beforeAll(async () => {
  server = await startDbServer()
})
afterAll(() => server.close())

const db = () => server.app.database()
type Transaction = Awaited<ReturnType<ReturnType<typeof db>['startTransaction']>>
const inTx = (tx: Transaction, coll: Collection) => tx.collection(coll.name)

async function aCounter(): Promise<Collection> {
  const counters = await freshCollection(server.app, 'counters')
  await counters.add({ _id: 'c1', n: 0 })
  return counters
}

describe('transactions', () => {
  it('reads with doc().get() return an object (not an array), null when absent', async () => {
    // GIVEN a counter
    const counters = await aCounter()
    // WHEN reading it and a missing document inside a transaction
    const tx = await db().startTransaction()
    const found = await inTx(tx, counters).doc('c1').get()
    const missing = await inTx(tx, counters).doc('nope').get()
    await tx.commit()
    // THEN the transaction form of the answer is used
    expect(found.data).toEqual({ _id: 'c1', n: 0 })
    expect(missing.data).toBeNull()
  })

  it('add, set, update and remove become visible together at commit', async () => {
    // GIVEN a counter
    const counters = await aCounter()
    const tx = await db().startTransaction()
    // WHEN writing several documents in a transaction
    const added = await inTx(tx, counters).add({ _id: 'c2', n: 2 })
    await inTx(tx, counters)
      .doc('c1')
      .update({ n: db().command.inc(1) })
    await inTx(tx, counters).doc('c3').set({ n: 3 })
    await inTx(tx, counters).doc('c2').remove()
    const outsideBefore = await counters.orderBy('_id', 'asc').get()
    const insideBefore = await inTx(tx, counters).doc('c1').get()
    await tx.commit()
    // THEN nothing shows outside before commit, everything after
    expect(added).toMatchObject({ inserted: 1, ok: 1, id: 'c2' })
    expect(outsideBefore.data).toEqual([{ _id: 'c1', n: 0 }])
    expect(insideBefore.data).toEqual({ _id: 'c1', n: 1 })
    expect((await counters.orderBy('_id', 'asc').get()).data).toEqual([
      { _id: 'c1', n: 1 },
      { _id: 'c3', n: 3 },
    ])
  })

  it('abort discards the writes', async () => {
    // GIVEN a counter and a transaction that updated it
    const counters = await aCounter()
    const tx = await db().startTransaction()
    await inTx(tx, counters).doc('c1').update({ n: 5 })
    // WHEN aborting
    await tx.rollback()
    // THEN the stored document is unchanged
    expect((await counters.doc('c1').get()).data).toEqual([{ _id: 'c1', n: 0 }])
  })

  it('reads a snapshot: a later outside write is not seen, and writing over it conflicts', async () => {
    // GIVEN a transaction that has read the counter
    const counters = await aCounter()
    const tx = await db().startTransaction()
    await inTx(tx, counters).doc('c1').get()
    // WHEN another writer changes it outside the transaction
    await counters.doc('c1').update({ n: 10 })
    const seen = await inTx(tx, counters).doc('c1').get()
    const error = await rejectionOf(inTx(tx, counters).doc('c1').update({ n: 1 }))
    // THEN the transaction still sees its snapshot and its write conflicts
    expect(seen.data).toEqual({ _id: 'c1', n: 0 })
    expect(error.code).toBe('DATABASE_TRANSACTION_CONFLICT')
    expect((await counters.doc('c1').get()).data).toEqual([{ _id: 'c1', n: 10 }])
  })

  it('two transactions writing one document: the second gets DATABASE_TRANSACTION_CONFLICT', async () => {
    // GIVEN two open transactions
    const counters = await aCounter()
    const first = await db().startTransaction()
    const second = await db().startTransaction()
    // WHEN both update the counter
    await inTx(first, counters).doc('c1').update({ n: 1 })
    const error = await rejectionOf(inTx(second, counters).doc('c1').update({ n: 2 }))
    await first.commit()
    // THEN exactly one conflict, and the first writer's value stands
    expect(error.code).toBe('DATABASE_TRANSACTION_CONFLICT')
    expect((await counters.doc('c1').get()).data).toEqual([{ _id: 'c1', n: 1 }])
  })

  it('runTransaction retries after a conflict and then succeeds', async () => {
    // GIVEN another transaction holding a pending write on the counter
    const counters = await aCounter()
    const holder = await db().startTransaction()
    await inTx(holder, counters)
      .doc('c1')
      .update({ n: db().command.inc(1) })
    let attempts = 0
    // WHEN runTransaction writes the same counter; its first attempt ends with the holder committing
    const result = await db().runTransaction(async (tx: Transaction) => {
      attempts += 1
      try {
        await inTx(tx, counters)
          .doc('c1')
          .update({ n: db().command.inc(10) })
      } finally {
        if (attempts === 1) await holder.commit()
      }
      return 'done'
    })
    // THEN it conflicted once, retried, and both increments are stored
    expect({ result, attempts }).toEqual({ result: 'done', attempts: 2 })
    expect((await counters.doc('c1').get()).data).toEqual([{ _id: 'c1', n: 11 }])
  })

  it('a committed transaction cannot be used again', async () => {
    // GIVEN a committed transaction
    const counters = await aCounter()
    const tx = await db().startTransaction()
    await tx.commit()
    // WHEN writing through it
    const error = await rejectionOf(inTx(tx, counters).doc('c1').set({ n: 9 }))
    // THEN it no longer exists on the server
    expect(error.code).toBe('DATABASE_TRANSACTION_FAIL')
    expect(error.message).toMatch(/TransactionNotExist/)
  })

  it('transactions expire after 30 seconds', async () => {
    // GIVEN a database whose clock we move, and a transaction started on it
    let now = new Date('2025-06-01T00:00:00Z')
    const timed = await startDbServer({ now: () => now })
    const counters = await freshCollection(timed.app)
    await counters.add({ _id: 'c1', n: 0 })
    const tx = await timed.app.database().startTransaction()
    // WHEN 31 seconds pass before it writes
    now = new Date(now.getTime() + 31_000)
    const error = await rejectionOf(tx.collection(counters.name).doc('c1').update({ n: 1 }))
    await timed.close()
    // THEN the transaction is gone
    expect(error.code).toBe('DATABASE_TRANSACTION_FAIL')
  })
})
