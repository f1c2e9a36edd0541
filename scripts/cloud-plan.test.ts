// The deploy plan and the security rules as they are checked in: clients get nothing, every collection is covered.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { COLLECTIONS } from '../cloudfunctions/data/collections'
import {
  buildCloudPlan,
  describeOperation,
  parseSecurityRules,
  type CloudOperation,
  type CloudState,
} from './cloud-plan'

const read = (path: string): unknown =>
  JSON.parse(readFileSync(join(__dirname, '..', 'cloudfunctions', path), 'utf8'))
const indexesJson = read('indexes.json') as {
  collections: Record<
    string,
    { indexes: Array<{ name: string; keys: Record<string, unknown>; unique?: boolean }> }
  >
}
const rulesJson = read('security-rules.json')
const rules = parseSecurityRules('security-rules.json', rulesJson)

const kinds = (plan: CloudOperation[]) =>
  plan.reduce<Record<string, number>>(
    (acc, op) => ({ ...acc, [op.kind]: (acc[op.kind] ?? 0) + 1 }),
    {},
  )

/** The cloud after a complete deploy: every collection with every declared index. */
const fullState = (): CloudState =>
  new Map(
    Object.entries(indexesJson.collections).map(([name, { indexes }]) => [
      name,
      [
        { Name: '_id_', Keys: [{ Name: '_id', Direction: '1' }], Unique: false },
        ...indexes.map((index) => ({
          Name: index.name,
          Keys: Object.entries(index.keys).map(([Name, d]) => ({ Name, Direction: String(d) })),
          Unique: index.unique === true,
        })),
      ],
    ]),
  )

describe('security-rules.json', () => {
  it('has a database rule for every collection the code uses, and none for others', () => {
    expect([...rules.database.keys()].sort()).toEqual(Object.values(COLLECTIONS).sort())
  })

  it('denies clients every database read and write', () => {
    for (const [name, rule] of rules.database) {
      expect({ name, read: rule.read, write: rule.write }).toEqual({
        name,
        read: false,
        write: false,
      })
    }
  })

  it('lets no client read storage, and lets a WeChat-signed-in owner write only their own files', () => {
    expect(rules.storage).toEqual({
      read: false,
      write: 'auth != null && auth.openid != null && resource.openid == auth.openid',
    })
  })

  it('refuses a malformed rule, naming it', () => {
    const bad = { database: { units: { read: false } }, storage: { read: false, write: false } }
    expect(() => parseSecurityRules('f.json', bad)).toThrow('f.json: database.units must be')
    const extra = {
      database: { units: { read: false, write: false, update: true } },
      storage: { read: false, write: false },
    }
    expect(() => parseSecurityRules('f.json', extra)).toThrow('keys other than read/write: update')
  })
})

describe('buildCloudPlan', () => {
  it('plans, for an empty environment, every collection, index and rule (snapshot of kinds and counts)', () => {
    const plan = buildCloudPlan(indexesJson, rulesJson)
    expect(kinds(plan)).toEqual({
      createCollection: 36,
      createIndex: 65,
      setDatabaseRule: 36,
      setStorageRule: 1,
    })
    for (const name of Object.values(COLLECTIONS)) {
      expect(plan).toContainEqual({ kind: 'createCollection', collection: name })
      expect(plan).toContainEqual({
        kind: 'setDatabaseRule',
        collection: name,
        aclTag: 'CUSTOM',
        rule: '{"read":false,"write":false}',
      })
    }
  })

  it("maps an index to UpdateTable's shape, directions as strings, in key order", () => {
    const plan = buildCloudPlan(indexesJson, rulesJson)
    expect(plan).toContainEqual({
      kind: 'createIndex',
      collection: 'requests',
      index: {
        IndexName: 'grid_board',
        MgoKeySchema: {
          MgoIndexKeys: [
            { Name: 'communityId', Direction: '1' },
            { Name: 'gridId', Direction: '1' },
            { Name: 'createdAt', Direction: '-1' },
            { Name: '_id', Direction: '-1' },
          ],
          MgoIsUnique: false,
        },
      },
    })
    const openid = plan.find((op) => op.kind === 'createIndex' && op.index.IndexName === 'openid')
    expect(openid && describeOperation(openid)).toBe(
      'create index persons.openid (openid:1, unique)',
    )
  })

  it('maps a geo index to Direction "2dsphere"', () => {
    const geo = {
      collections: { places: { indexes: [{ name: 'where', keys: { location: '2dsphere' } }] } },
    }
    const geoRules = {
      database: { places: { read: false, write: false } },
      storage: { read: false, write: false },
    }
    const op = buildCloudPlan(geo, geoRules).find((o) => o.kind === 'createIndex')
    expect(op).toEqual({
      kind: 'createIndex',
      collection: 'places',
      index: {
        IndexName: 'where',
        MgoKeySchema: {
          MgoIndexKeys: [{ Name: 'location', Direction: '2dsphere' }],
          MgoIsUnique: false,
        },
      },
    })
  })

  it('creates nothing on a re-run when every collection and index exists; rules are set again', () => {
    const plan = buildCloudPlan(indexesJson, rulesJson, fullState())
    expect(kinds(plan)).toEqual({ setDatabaseRule: 36, setStorageRule: 1 })
  })

  it('creates only what is missing', () => {
    const state = fullState()
    state.delete('quotas')
    state.set(
      'persons',
      (state.get('persons') ?? []).filter((index) => index.Name !== 'household'),
    )
    const created = buildCloudPlan(indexesJson, rulesJson, state).filter((op) =>
      op.kind.startsWith('create'),
    )
    expect(created.map(describeOperation)).toEqual([
      'create index persons.household (roles.householdId:1)',
      'create collection quotas',
    ])
  })

  it('warns, and never drops, when an index of the same name has other keys', () => {
    const state = fullState()
    state.set('units', [
      { Name: 'community', Keys: [{ Name: 'communityId', Direction: '-1' }], Unique: false },
    ])
    const plan = buildCloudPlan(indexesJson, rulesJson, state)
    expect(plan).toContainEqual({
      kind: 'indexDiffers',
      collection: 'units',
      indexName: 'community',
      existing: 'communityId:-1',
      wanted: 'communityId:1',
    })
    expect(plan.filter((op) => op.kind.startsWith('create'))).toEqual([])
  })

  it('refuses a collection without a rule, and a rule for an undeclared collection', () => {
    const noRule = {
      ...indexesJson,
      collections: { ...indexesJson.collections, extra: { indexes: [] } },
    }
    expect(() => buildCloudPlan(noRule, rulesJson)).toThrow('no database rule for extra')
    const { quotas: _quotas, ...fewer } = indexesJson.collections
    expect(() => buildCloudPlan({ collections: fewer }, rulesJson)).toThrow(
      'rules for collections indexes.json does not declare: quotas',
    )
  })
})
