// Conformance: every db.command update operator, as the SDK encodes it, via the real SDK.
import { startDbServer, type DbServer } from './helpers/db-server'
import { freshCollection, rejectionOf } from './helpers/factories'

let server: DbServer
beforeAll(async () => {
  server = await startDbServer()
})
afterAll(() => server.close())

const _ = () => server.app.database().command

/** Stores `doc` as r1, applies `update` through doc('r1').update(), returns r1 without its _id. */
async function afterUpdate(doc: object, update: object): Promise<Record<string, unknown>> {
  const coll = await freshCollection(server.app)
  await coll.add({ _id: 'r1', ...doc })
  await coll.doc('r1').update(update)
  const [stored] = (await coll.doc('r1').get()).data as Array<Record<string, unknown>>
  const { _id, ...fields } = stored ?? {}
  return fields
}

describe('field operators', () => {
  it('set replaces a whole sub-document (plain objects only merge)', async () => {
    // GIVEN a contact with a name  WHEN set() a new contact object
    const result = await afterUpdate(
      { contact: { name: 'Ann', phone: '1' } },
      { contact: _().set({ phone: '2' }) },
    )
    // THEN the name is gone
    expect(result).toEqual({ contact: { phone: '2' } })
  })

  it('remove unsets a field', async () => {
    // GIVEN a phone  WHEN remove()
    const result = await afterUpdate({ phone: '1', name: 'Ann' }, { phone: _().remove() })
    // THEN only the name remains
    expect(result).toEqual({ name: 'Ann' })
  })

  it('inc and mul change numbers atomically, creating missing fields', async () => {
    // GIVEN points 10  WHEN inc(5), mul(3) on another field, inc on a missing one
    const result = await afterUpdate(
      { points: 10, level: 2 },
      { points: _().inc(5), level: _().mul(3), stars: _().inc(1) },
    )
    // THEN 15, 6, 1
    expect(result).toEqual({ points: 15, level: 6, stars: 1 })
  })

  it('inc on a string is refused', async () => {
    // GIVEN a string field
    const coll = await freshCollection(server.app)
    await coll.add({ _id: 'r1', points: 'ten' })
    // WHEN inc()
    const error = await rejectionOf(coll.doc('r1').update({ points: _().inc(1) }))
    // THEN MongoDB's refusal comes back as a CloudBase error
    expect(error.code).toBe('DATABASE_REQUEST_FAILED')
  })

  it('max and min keep the larger / smaller value', async () => {
    // GIVEN best 80 and worst 40  WHEN max(70)/min(50), then max(90)/min(30)
    const kept = await afterUpdate(
      { best: 80, worst: 40 },
      { best: _().max(70), worst: _().min(50) },
    )
    const moved = await afterUpdate(
      { best: 80, worst: 40 },
      { best: _().max(90), worst: _().min(30) },
    )
    // THEN only improvements are written
    expect(kept).toEqual({ best: 80, worst: 40 })
    expect(moved).toEqual({ best: 90, worst: 30 })
  })

  it('rename moves a field', async () => {
    // GIVEN a field tel  WHEN rename('phone')
    const result = await afterUpdate({ tel: '138' }, { tel: _().rename('phone') })
    // THEN phone holds the value
    expect(result).toEqual({ phone: '138' })
  })

  it('writes into nested paths and array positions', async () => {
    // GIVEN nested data  WHEN updating a dotted path and an array index
    const result = await afterUpdate({ a: { b: 1 }, list: [1, 2, 3] }, { 'a.c': 2, 'list.1': 20 })
    // THEN siblings survive
    expect(result).toEqual({ a: { b: 1, c: 2 }, list: [1, 20, 3] })
  })
})

describe('array operators', () => {
  it('push appends one or many values', async () => {
    // GIVEN tags [a]  WHEN push('b') then push(['c', 'd'])
    const one = await afterUpdate({ tags: ['a'] }, { tags: _().push('b') })
    const many = await afterUpdate({ tags: ['a'] }, { tags: _().push(['c', 'd']) })
    // THEN values are appended in order
    expect(one).toEqual({ tags: ['a', 'b'] })
    expect(many).toEqual({ tags: ['a', 'c', 'd'] })
  })

  it('push with each, position, sort and slice applies them in MongoDB order', async () => {
    // GIVEN scores [5, 1]  WHEN pushing [4, 9] at 0, sorted desc, sliced to 3
    const positioned = await afterUpdate(
      { scores: [5, 1] },
      { scores: _().push({ each: [4, 9], position: 0 }) },
    )
    const trimmed = await afterUpdate(
      { scores: [5, 1] },
      { scores: _().push({ each: [4, 9], sort: -1, slice: 3 }) },
    )
    // THEN position inserts, sort then slice trims
    expect(positioned).toEqual({ scores: [4, 9, 5, 1] })
    expect(trimmed).toEqual({ scores: [9, 5, 4] })
  })

  it('pull removes matching values, including by condition', async () => {
    // GIVEN numbers and sub-documents  WHEN pull(2), pull(gt(3)) and pull({k: 'x'})
    const byValue = await afterUpdate({ n: [1, 2, 2, 3] }, { n: _().pull(2) })
    const byCondition = await afterUpdate({ n: [1, 4, 5, 3] }, { n: _().pull(_().gt(3)) })
    const byDocument = await afterUpdate(
      { d: [{ k: 'x', v: 1 }, { k: 'y' }] },
      { d: _().pull({ k: 'x' }) },
    )
    // THEN every match is gone
    expect(byValue).toEqual({ n: [1, 3] })
    expect(byCondition).toEqual({ n: [1, 3] })
    expect(byDocument).toEqual({ d: [{ k: 'y' }] })
  })

  it('pullAll removes every listed value', async () => {
    // GIVEN [1, 2, 3, 2]  WHEN pullAll([2, 3])
    const result = await afterUpdate({ n: [1, 2, 3, 2] }, { n: _().pullAll([2, 3]) })
    // THEN [1]
    expect(result).toEqual({ n: [1] })
  })

  it('pop and shift remove the last and first element', async () => {
    // GIVEN [1, 2, 3]  WHEN pop() and shift()
    const popped = await afterUpdate({ n: [1, 2, 3] }, { n: _().pop() })
    const shifted = await afterUpdate({ n: [1, 2, 3] }, { n: _().shift() })
    // THEN one end is gone
    expect(popped).toEqual({ n: [1, 2] })
    expect(shifted).toEqual({ n: [2, 3] })
  })

  it('unshift prepends values', async () => {
    // GIVEN [3]  WHEN unshift(1, 2)
    const result = await afterUpdate({ n: [3] }, { n: _().unshift([1, 2]) })
    // THEN [1, 2, 3]
    expect(result).toEqual({ n: [1, 2, 3] })
  })

  it('addToSet adds only values not present', async () => {
    // GIVEN followers [a]  WHEN addToSet('a'), then addToSet({$each: [a, b]})
    const same = await afterUpdate({ followers: ['a'] }, { followers: _().addToSet('a') })
    const each = await afterUpdate(
      { followers: ['a'] },
      { followers: _().addToSet({ $each: ['a', 'b'] }) },
    )
    // THEN no duplicates
    expect(same).toEqual({ followers: ['a'] })
    expect(each).toEqual({ followers: ['a', 'b'] })
  })
})

describe('updates through a null field', () => {
  // MongoDB refuses to create a field inside a null ("Cannot create field 'y' in element {x: null}"):
  // https://www.mongodb.com/docs/manual/reference/operator/update/set/#set-fields-in-embedded-documents
  it('set of x.y on {x: null} is refused and leaves the document as it was', async () => {
    // GIVEN r1 whose x is null, and r2 whose list holds a null
    const coll = await freshCollection(server.app)
    await coll.add([
      { _id: 'r1', x: null },
      { _id: 'r2', list: [null] },
    ])
    // WHEN updating through the nulls, and setting a missing parent
    const direct = await rejectionOf(coll.doc('r1').update({ 'x.y': 1 }))
    const inArray = await rejectionOf(coll.doc('r2').update({ 'list.0.y': _().inc(1) }))
    const missing = await coll.doc('r1').update({ 'z.y': 1 })
    // THEN the nulls are kept and a missing parent is still created
    expect([direct.code, inArray.code]).toEqual([
      'DATABASE_REQUEST_FAILED',
      'DATABASE_REQUEST_FAILED',
    ])
    expect(direct.message).toMatch(/Cannot create field 'y' in element \{x: null\}/)
    expect(missing.updated).toBe(1)
    expect((await coll.orderBy('_id', 'asc').get()).data).toEqual([
      { _id: 'r1', x: null, z: { y: 1 } },
      { _id: 'r2', list: [null] },
    ])
  })
})
