// Conformance: every db.command query operator and db.RegExp, on nested paths and arrays, via the real SDK.
import { startDbServer, type DbServer } from './helpers/db-server'
import { freshCollection, idsOf, rejectionOf, type Collection } from './helpers/factories'

let server: DbServer
let people: Collection
let _: ReturnType<DbServer['app']['database']>['command']

const fixtures = [
  {
    _id: 'ann',
    age: 30,
    name: 'Ann Li',
    tags: ['party', 'volunteer'],
    address: { building: 1, floor: 3 },
    scores: [
      { k: 'service', v: 90 },
      { k: 'study', v: 70 },
    ],
  },
  {
    _id: 'bo',
    age: 45,
    name: 'bo wang',
    tags: ['volunteer'],
    address: { building: 2, floor: 1 },
    scores: [{ k: 'service', v: 60 }],
  },
  { _id: 'chen', age: 61, name: 'CHEN Jie', tags: [], address: { building: 1, floor: null } },
  { _id: 'dan', name: 'Dan', tags: ['party', 'elder', 'volunteer'] },
]

beforeAll(async () => {
  server = await startDbServer()
  _ = server.app.database().command
  people = await freshCollection(server.app, 'people')
  await people.add(fixtures)
})
afterAll(() => server.close())

const ids = async (query: object): Promise<unknown[]> =>
  idsOf(await people.where(query).orderBy('_id', 'asc').get())

describe('comparison operators', () => {
  it('eq matches equal values and whole sub-documents', async () => {
    // GIVEN the fixtures  WHEN querying with eq on a field and on a whole object
    const byField = await ids({ age: _.eq(45) })
    const byObject = await ids({ address: _.eq({ building: 2, floor: 1 }) })
    // THEN only the equal documents match
    expect(byField).toEqual(['bo'])
    expect(byObject).toEqual(['bo'])
  })

  it('neq also matches documents that lack the field', async () => {
    // GIVEN dan has no age  WHEN querying age != 30
    const result = await ids({ age: _.neq(30) })
    // THEN dan matches too (MongoDB $ne semantics)
    expect(result).toEqual(['bo', 'chen', 'dan'])
  })

  it('lt, lte, gt and gte compare within the value type', async () => {
    // GIVEN ages 30, 45, 61 and one missing  WHEN using each bound
    const lt = await ids({ age: _.lt(45) })
    const lte = await ids({ age: _.lte(45) })
    const gt = await ids({ age: _.gt(45) })
    const gte = await ids({ age: _.gte(45) })
    // THEN the missing age never matches a numeric bound
    expect([lt, lte, gt, gte]).toEqual([['ann'], ['ann', 'bo'], ['chen'], ['bo', 'chen']])
  })

  it('in matches any listed value, including an element of an array field', async () => {
    // GIVEN tags arrays  WHEN querying age in [30, 61] and tags in ['elder']
    const byAge = await ids({ age: _.in([30, 61]) })
    const byTag = await ids({ tags: _.in(['elder']) })
    // THEN scalars and array elements both match
    expect(byAge).toEqual(['ann', 'chen'])
    expect(byTag).toEqual(['dan'])
  })

  it('nin also matches documents that lack the field', async () => {
    // GIVEN dan has no age  WHEN querying age not in [30, 45]
    const result = await ids({ age: _.nin([30, 45]) })
    // THEN chen and dan match
    expect(result).toEqual(['chen', 'dan'])
  })
})

describe('logical operators', () => {
  it('and combines conditions on one field (chained) and across fields', async () => {
    // GIVEN the fixtures  WHEN using a chained and() and a top-level and()
    const chained = await ids({ age: _.gt(30).and(_.lt(61)) })
    const topLevel = await ids(_.and([{ tags: 'party' }, { age: _.exists(true) }]))
    // THEN both intersect
    expect(chained).toEqual(['bo'])
    expect(topLevel).toEqual(['ann'])
  })

  it('or matches either condition, on one field or across fields', async () => {
    // GIVEN the fixtures  WHEN using a field or() and a cross-field or()
    const onField = await ids({ age: _.lt(40).or(_.gt(60)) })
    const across = await ids(_.or([{ age: 45 }, { name: 'Dan' }]))
    // THEN the union comes back
    expect(onField).toEqual(['ann', 'chen'])
    expect(across).toEqual(['bo', 'dan'])
  })

  it('nor matches documents failing every condition', async () => {
    // GIVEN the fixtures  WHEN nor([age 30, tags party])
    const result = await ids(_.nor([{ age: 30 }, { tags: 'party' }]))
    // THEN only bo and chen remain
    expect(result).toEqual(['bo', 'chen'])
  })

  it('not negates an operator, matching missing fields too', async () => {
    // GIVEN the fixtures  WHEN age is not > 40
    const result = await ids({ age: _.not(_.gt(40)) })
    // THEN ann and dan (no age) match
    expect(result).toEqual(['ann', 'dan'])
  })
})

describe('element and array operators', () => {
  it('exists tells present from missing fields', async () => {
    // GIVEN chen has floor null and dan has no address  WHEN querying exists
    const present = await ids({ 'address.floor': _.exists(true) })
    const missing = await ids({ age: _.exists(false) })
    // THEN null counts as present
    expect(present).toEqual(['ann', 'bo', 'chen'])
    expect(missing).toEqual(['dan'])
  })

  it('size matches arrays of an exact length', async () => {
    // GIVEN tags of length 2, 1, 0, 3  WHEN size(0) and size(3)
    const empty = await ids({ tags: _.size(0) })
    const three = await ids({ tags: _.size(3) })
    // THEN only those lengths match
    expect(empty).toEqual(['chen'])
    expect(three).toEqual(['dan'])
  })

  it('all needs every listed element in the array', async () => {
    // GIVEN the fixtures  WHEN tags contain all of party and volunteer
    const result = await ids({ tags: _.all(['party', 'volunteer']) })
    // THEN ann and dan match
    expect(result).toEqual(['ann', 'dan'])
  })

  it('elemMatch needs one array element to satisfy every condition', async () => {
    // GIVEN ann has {service 90} and {study 70}  WHEN one element must be study and >= 80
    const none = await ids({ scores: _.elemMatch({ k: 'study', v: _.gte(80) }) })
    const one = await ids({ scores: _.elemMatch({ k: 'service', v: _.gte(80) }) })
    // THEN conditions are not split across elements
    expect(none).toEqual([])
    expect(one).toEqual(['ann'])
  })

  it('mod matches by remainder', async () => {
    // GIVEN ages 30, 45, 61  WHEN age mod 15 == 0
    // (the SDK's typings declare mod() without parameters; it reads `arguments`, as documented)
    const mod = _.mod as unknown as (divisor: number, remainder: number) => unknown
    const result = await ids({ age: mod(15, 0) })
    // THEN 30 and 45 match
    expect(result).toEqual(['ann', 'bo'])
  })
})

describe('regular expressions, nested paths and arrays', () => {
  it('db.RegExp and JS regexes match strings with options', async () => {
    // GIVEN names with mixed case  WHEN matching /^chen/i and a case-sensitive pattern
    const insensitive = await ids({
      name: server.app.database().RegExp({ regexp: '^chen', options: 'i' }),
    })
    const sensitive = await ids({ name: /wang$/ })
    // THEN options are honoured
    expect(insensitive).toEqual(['chen'])
    expect(sensitive).toEqual(['bo'])
  })

  it('nested objects in where() match by dotted path, not whole-object equality', async () => {
    // GIVEN addresses {building, floor}  WHEN querying {address: {building: 1}}
    const result = await ids({ address: { building: 1 } })
    // THEN every building-1 address matches whatever its floor
    expect(result).toEqual(['ann', 'chen'])
  })

  it('a path through an array of sub-documents matches any element', async () => {
    // GIVEN scores arrays  WHEN querying scores.v > 80 and scores.k == 'service'
    const high = await ids({ 'scores.v': _.gt(80) })
    const service = await ids({ scores: { k: 'service' } })
    // THEN any element may satisfy the condition
    expect(high).toEqual(['ann'])
    expect(service).toEqual(['ann', 'bo'])
  })

  it('null matches null and missing fields', async () => {
    // GIVEN chen's floor is null and dan has no address  WHEN querying floor == null
    const result = await ids({ 'address.floor': null })
    // THEN both match
    expect(result).toEqual(['chen', 'dan'])
  })
})

describe('bad queries', () => {
  it('an unknown operator is refused with a CloudBase error code', async () => {
    // GIVEN a raw query with an operator MongoDB does not know
    const raw = server.app.database().collection(people.name).options({ raw: true })
    // WHEN it is sent
    const error = await rejectionOf(raw.where({ age: { $bogus: 1 } }).get())
    // THEN the SDK throws the server's code
    expect(error.code).toBe('DATABASE_REQUEST_FAILED')
  })
})
