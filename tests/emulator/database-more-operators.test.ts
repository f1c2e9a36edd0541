// Conformance: set, byte-string and week/date-building expressions, $mergeObjects in $group, $nor, $jsonSchema, aggregate's default limit.
import { startDbServer, type DbServer } from './helpers/db-server'
import { freshCollection, rejectionOf } from './helpers/factories'

let server: DbServer
beforeAll(async () => {
  server = await startDbServer()
})
afterAll(() => server.close())

const db = () => server.app.database()
const $ = () => db().command.aggregate

/** Evaluates a $project of expressions over one stored document. */
async function project(doc: object, fields: object): Promise<Record<string, unknown>> {
  const coll = await freshCollection(server.app)
  await coll.add({ _id: 'd1', ...doc })
  const res = await coll
    .aggregate()
    .project({ _id: 0, ...fields })
    .end()
  return (res.data as Array<Record<string, unknown>>)[0] ?? {}
}

describe('set expressions', () => {
  // https://www.mongodb.com/docs/manual/reference/operator/aggregation/#set-expression-operators
  it('union, intersection, difference, equality, subset and element truth, as MongoDB answers', async () => {
    // GIVEN two tag arrays with a repeat
    const result = await project(
      { a: ['light', 'water', 'light'], b: ['water', 'gas'], flags: [true, 1, 0] },
      {
        union: $().setUnion(['$a', '$b']),
        both: $().setIntersection(['$a', '$b']),
        onlyA: $().setDifference(['$a', '$b']),
        same: $().setEquals(['$a', ['water', 'light']]),
        subset: $().setIsSubset([['gas'], '$b']),
        all: $().allElementsTrue(['$flags']),
        any: $().anyElementTrue(['$flags']),
        missing: $().setUnion(['$a', '$nope']),
      },
    )
    // THEN sets have no repeats, and a missing operand makes a union null
    expect(result).toEqual({
      union: ['light', 'water', 'gas'],
      both: ['water'],
      onlyA: ['light'],
      same: true,
      subset: true,
      all: false,
      any: true,
      missing: null,
    })
  })

  it('a non-array operand is refused', async () => {
    // GIVEN a string where an array belongs  WHEN $setIsSubset  THEN MongoDB's refusal
    const error = await rejectionOf(project({ a: 'x' }, { s: $().setIsSubset(['$a', []]) }))
    expect(error.code).toBe('DATABASE_REQUEST_FAILED')
  })
})

describe('strings and dates', () => {
  it('$indexOfBytes counts UTF-8 bytes', async () => {
    // https://www.mongodb.com/docs/manual/reference/operator/aggregation/indexOfBytes/
    // GIVEN a Chinese address (3 bytes a character)  WHEN searching for 号
    const result = await project(
      { addr: '益民巷3号' },
      { at: $().indexOfBytes(['$addr', '号']), none: $().indexOfBytes(['$addr', '号', 0, 5]) },
    )
    // THEN the byte offset, and -1 outside the bounds
    expect(result).toEqual({ at: 10, none: -1 })
  })

  it('$week, $isoWeek and $isoWeekYear follow MongoDB (Sunday weeks; ISO 8601 weeks)', async () => {
    // https://www.mongodb.com/docs/manual/reference/operator/aggregation/week/ and /isoWeek/
    // GIVEN 2021-01-01, a Friday: week 0, ISO week 53 of 2020; and 2025-03-03 at 20:00 UTC
    const result = await project(
      { a: new Date('2021-01-01T00:00:00Z'), b: new Date('2025-03-03T20:00:00Z') },
      {
        week: $().week('$a'),
        isoWeek: $().isoWeek('$a'),
        isoYear: $().isoWeekYear('$a'),
        weekB: $().week('$b'),
        isoWeekB8: $().isoWeek({ date: '$b', timezone: '+08:00' }),
      },
    )
    // THEN (2025-03-03 20:00 UTC is Tuesday 04:00 in UTC+8, still ISO week 10)
    expect(result).toEqual({ week: 0, isoWeek: 53, isoYear: 2020, weekB: 9, isoWeekB8: 10 })
  })

  it('$dateFromParts and $dateFromString build dates, in a time zone when asked', async () => {
    // https://www.mongodb.com/docs/manual/reference/operator/aggregation/dateFromParts/
    // https://www.mongodb.com/docs/manual/reference/operator/aggregation/dateFromString/
    const result = await project(
      { y: 2025, s: '2025-03-01 08:30', bad: 'soon' },
      {
        parts: $().dateFromParts({ year: '$y', month: 14, day: 1, timezone: '+08:00' }),
        iso: $().dateFromParts({ isoWeekYear: 2025, isoWeek: 1, isoDayOfWeek: 1 }),
        str: $().dateFromString({ dateString: '$s', timezone: 'Asia/Shanghai' }),
        fmt: $().dateFromString({ dateString: '01/03/2025', format: '%d/%m/%Y' }),
        zoned: $().dateFromString({ dateString: '2025-03-01T08:30:00+08:00' }),
        fallback: $().dateFromString({ dateString: '$bad', onError: 'unknown' }),
      },
    )
    // THEN month 14 rolls into the next year, and local times are converted to UTC
    expect(result).toEqual({
      parts: new Date('2026-01-31T16:00:00Z'),
      iso: new Date('2024-12-30T00:00:00Z'),
      str: new Date('2025-03-01T00:30:00Z'),
      fmt: new Date('2025-03-01T00:00:00Z'),
      zoned: new Date('2025-03-01T00:30:00Z'),
      fallback: 'unknown',
    })
  })
})

describe('$group and aggregate()', () => {
  it('$mergeObjects as a $group accumulator merges in order, later fields winning', async () => {
    // https://www.mongodb.com/docs/manual/reference/operator/aggregation/mergeObjects/
    // GIVEN two partial profiles of one member, and one with a null
    const coll = await freshCollection(server.app)
    await coll.add([
      { m: 'm1', p: { name: 'Ann', phone: '1' } },
      { m: 'm1', p: { phone: '2' } },
      { m: 'm1', p: null },
    ])
    // WHEN grouping by member
    const res = await coll
      .aggregate()
      .group({ _id: '$m', p: $().mergeObjects('$p') })
      .end()
    // THEN one merged profile
    expect(res.data).toEqual([{ _id: 'm1', p: { name: 'Ann', phone: '2' } }])
  })

  it('aggregate() without a $limit answers 20 documents; with $limit, what it asks', async () => {
    // CloudBase answers 20 by default to cloud functions (WeChat developer community, confirmed by
    // tests there): https://developers.weixin.qq.com/community/develop/article/doc/000624c67c8b48611dba2b12058c13
    // GIVEN 25 documents
    const coll = await freshCollection(server.app)
    await coll.add(Array.from({ length: 25 }, (_, i) => ({ n: i })))
    // WHEN aggregating without and with a limit
    const plain = await coll.aggregate().sort({ n: 1 }).end()
    const limited = await coll.aggregate().sort({ n: 1 }).limit(25).end()
    // THEN 20 (the first 20 in order), then all 25
    expect(plain.data).toHaveLength(20)
    expect((plain.data as Array<{ n: number }>)[19]?.n).toBe(19)
    expect(limited.data).toHaveLength(25)
  })
})

describe('query operators', () => {
  it('$nor matches documents failing every condition, missing fields included', async () => {
    // https://www.mongodb.com/docs/manual/reference/operator/query/nor/
    // GIVEN four urgencies, one missing
    const coll = await freshCollection(server.app)
    await coll.add([{ _id: 'a', u: 1 }, { _id: 'b', u: 3 }, { _id: 'c', u: 5 }, { _id: 'd' }])
    const _ = db().command
    // WHEN neither urgent nor trivial
    const res = await coll
      .where(_.nor([{ u: _.gte(5) }, { u: _.lte(1) }]))
      .orderBy('_id', 'asc')
      .get()
    // THEN the middle one and the one without urgency
    expect(res.data.map((doc: { _id?: unknown }) => doc._id)).toEqual(['b', 'd'])
  })

  it('$jsonSchema matches documents valid against the schema (bsonType, required, ranges)', async () => {
    // https://www.mongodb.com/docs/manual/reference/operator/query/jsonSchema/
    // GIVEN three reports of varying shape
    const coll = await freshCollection(server.app)
    await coll.add([
      { _id: 'ok', title: '路灯坏了', urgency: 2, tags: ['light'] },
      { _id: 'noTitle', urgency: 2 },
      { _id: 'tooUrgent', title: '漏水', urgency: 9, tags: [1] },
    ])
    // WHEN selecting the well-formed ones
    const schema = {
      bsonType: 'object',
      required: ['title', 'urgency'],
      properties: {
        title: { bsonType: 'string', minLength: 1 },
        urgency: { bsonType: 'int', minimum: 1, maximum: 3 },
        tags: { bsonType: 'array', items: { bsonType: 'string' } },
      },
    }
    const res = await coll.where(db().command.jsonSchema(schema)).get()
    // THEN only the valid one
    expect(res.data.map((doc: { _id?: unknown }) => doc._id)).toEqual(['ok'])
  })
})
