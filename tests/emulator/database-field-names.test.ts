// Conformance: field names CloudBase refuses ($-prefixed on insert) and prototype keys refused everywhere.
import { startDbServer, type DbServer } from './helpers/db-server'
import { freshCollection, rejectionOf } from './helpers/factories'

let server: DbServer
beforeAll(async () => {
  server = await startDbServer()
})
afterAll(() => server.close())

const _ = () => server.app.database().command

/** Posts a raw /admin body, as an SDK other than 3.18.3 (or a hand-made request) could. */
async function postAdmin(body: Record<string, unknown>): Promise<{ code?: string }> {
  const res = await fetch(`${server.url}/admin`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  return (await res.json()) as { code?: string }
}

const polluted = (): unknown[] => [
  ({} as Record<string, unknown>).isAdmin,
  (Object.prototype as Record<string, unknown>).isAdmin,
  ([] as unknown as Record<string, unknown>).isAdmin,
]

describe('$-prefixed field names', () => {
  // CloudBase refuses them on add(), as MongoDB did before 5.0 ("Document can't have $ prefixed
  // field names"): https://www.mongodb.com/docs/manual/core/dot-dollar-considerations/dollar-prefix/
  it('add() of a document with a $-prefixed field, top-level or nested, is refused and stores nothing', async () => {
    // GIVEN an empty collection
    const coll = await freshCollection(server.app)
    // WHEN adding documents with $price and address.$street
    const top = await rejectionOf(coll.add({ $price: 5, name: 'a' }))
    const nested = await rejectionOf(coll.add({ address: { $street: 'Elm' } }))
    // THEN both are refused and the collection stays empty
    expect([top.code, nested.code]).toEqual(['DATABASE_REQUEST_FAILED', 'DATABASE_REQUEST_FAILED'])
    expect(top.message).toMatch(/\$ prefixed field names: \$price/)
    expect((await coll.count()).total).toBe(0)
  })

  it('set() with a nested $-prefixed field is refused too', async () => {
    // GIVEN r1
    const coll = await freshCollection(server.app)
    await coll.add({ _id: 'r1', a: 1 })
    // WHEN replacing it with a body holding b.$x
    const error = await rejectionOf(coll.doc('r1').set({ b: { $x: 1 } }))
    // THEN the write is refused and r1 is unchanged
    expect(error.code).toBe('DATABASE_REQUEST_FAILED')
    expect((await coll.doc('r1').get()).data).toEqual([{ _id: 'r1', a: 1 }])
  })
})

describe('prototype keys (__proto__, constructor, prototype)', () => {
  it('an update through __proto__ is refused and pollutes nothing', async () => {
    // GIVEN r1
    const coll = await freshCollection(server.app)
    await coll.add({ _id: 'r1', name: 'a' })
    // WHEN updating __proto__.isAdmin, constructor.prototype.isAdmin and a $rename onto __proto__
    const errors = await Promise.all([
      rejectionOf(coll.doc('r1').update({ '__proto__.isAdmin': true })),
      rejectionOf(coll.where({ _id: 'r1' }).update({ 'constructor.prototype.isAdmin': true })),
      rejectionOf(coll.doc('r1').update({ name: _().rename('__proto__') })),
      rejectionOf(coll.doc('r1').update({ 'a.prototype': _().set(1) })),
    ])
    // THEN each is refused, the document is unchanged and no object of the server gained isAdmin
    expect(errors.map((error) => error.code)).toEqual(Array(4).fill('DATABASE_REQUEST_FAILED'))
    expect(errors[0]?.message).toMatch(/'__proto__' is a reserved field name/)
    expect((await coll.doc('r1').get()).data).toEqual([{ _id: 'r1', name: 'a' }])
    expect(polluted()).toEqual([undefined, undefined, undefined])
  })

  it('a query, sort or projection on a prototype path is refused', async () => {
    // GIVEN r1
    const coll = await freshCollection(server.app)
    await coll.add({ _id: 'r1', name: 'a' })
    // WHEN querying, sorting and projecting through prototype keys
    const errors = await Promise.all([
      rejectionOf(coll.where({ '__proto__.isAdmin': _().exists(false) }).get()),
      rejectionOf(coll.where({ 'constructor.name': 'Object' }).count()),
      rejectionOf(coll.orderBy('prototype', 'asc').get()),
      rejectionOf(coll.field({ '__proto__.x': true }).get()),
      rejectionOf(coll.aggregate().project({ x: '$constructor.name' }).end()),
    ])
    // THEN every call is refused with CloudBase's code for a bad query
    expect(errors.map((error) => error.code)).toEqual(Array(5).fill('DATABASE_REQUEST_FAILED'))
  })

  it('a document or update value holding a __proto__ key is refused (raw request)', async () => {
    // GIVEN r1 (the SDK itself drops own __proto__ keys, so the requests are posted raw)
    const coll = await freshCollection(server.app)
    await coll.add({ _id: 'r1', name: 'a' })
    const base = { collectionName: coll.name }
    // WHEN inserting and updating with {"__proto__": {"isAdmin": true}} inside
    const inserted = await postAdmin({
      ...base,
      action: 'database.insertDocument',
      data: ['{"profile":{"__proto__":{"isAdmin":true}}}'],
    })
    const updated = await postAdmin({
      ...base,
      action: 'database.modifyDocument',
      queryType: 'DOC',
      query: '{"_id":"r1"}',
      data: '{"$set":{"profile":{"__proto__":{"isAdmin":true}}}}',
      merge: true,
    })
    // THEN both are refused and nothing is polluted
    expect([inserted.code, updated.code]).toEqual([
      'DATABASE_REQUEST_FAILED',
      'DATABASE_REQUEST_FAILED',
    ])
    expect((await coll.count()).total).toBe(1)
    expect(polluted()).toEqual([undefined, undefined, undefined])
  })
})
