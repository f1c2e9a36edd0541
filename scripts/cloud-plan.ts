// Pure deploy plan for the cloud database and storage: collections, indexes and security rules from the declared files.
import { parseIndexConfig, type IndexSpec } from '../emulator/database/store/index-config'

/** A CloudBase security rule: each value is a boolean or a rule expression string. */
export interface AccessRule {
  read: boolean | string
  write: boolean | string
}

export interface SecurityRules {
  database: Map<string, AccessRule>
  storage: AccessRule
}

/** The index shape of CloudBase's UpdateTable (`manager.database.updateCollection`'s CreateIndexes). */
export interface CreateIndex {
  IndexName: string
  MgoKeySchema: { MgoIndexKeys: Array<{ Name: string; Direction: string }>; MgoIsUnique: boolean }
}

/** What `describeCollection` reports of an index (`IndexInfo` in @cloudbase/manager-node). */
export interface ExistingIndex {
  Name: string
  Keys?: Array<{ Name?: string; Direction?: string }>
  Unique?: boolean
}

/** The cloud as it is: collection name → its indexes, for the collections that exist. */
export type CloudState = Map<string, ExistingIndex[]>

export type CloudOperation =
  | { kind: 'createCollection'; collection: string }
  | { kind: 'createIndex'; collection: string; index: CreateIndex }
  /** An index of that name exists with other keys: never dropped here (it may be in use). */
  | {
      kind: 'indexDiffers'
      collection: string
      indexName: string
      existing: string
      wanted: string
    }
  | { kind: 'setDatabaseRule'; collection: string; aclTag: 'CUSTOM'; rule: string }
  | { kind: 'setStorageRule'; aclTag: 'CUSTOM'; rule: AccessRule }

const isRuleValue = (value: unknown): value is boolean | string =>
  typeof value === 'boolean' || (typeof value === 'string' && value.trim() !== '')

function parseRule(file: string, where: string, raw: unknown): AccessRule {
  const rule = raw as Record<string, unknown> | null
  if (
    typeof rule !== 'object' ||
    rule === null ||
    !isRuleValue(rule.read) ||
    !isRuleValue(rule.write)
  )
    throw new Error(
      `${file}: ${where} must be { "read": boolean | string, "write": boolean | string }`,
    )
  const extra = Object.keys(rule).filter((key) => key !== 'read' && key !== 'write')
  // create/update/delete keys exist in CloudBase's language; we keep to read/write so a test can check them all.
  if (extra.length > 0)
    throw new Error(`${file}: ${where} has keys other than read/write: ${extra.join(', ')}`)
  return { read: rule.read, write: rule.write }
}

/** Reads security-rules.json (already JSON-parsed); `$`-prefixed keys are comments. */
export function parseSecurityRules(file: string, raw: unknown): SecurityRules {
  const root = raw as { database?: unknown; storage?: unknown } | null
  if (
    typeof root !== 'object' ||
    root === null ||
    typeof root.database !== 'object' ||
    root.database === null
  )
    throw new Error(`${file}: expected { "database": { "<collection>": rule }, "storage": rule }`)
  const database = new Map<string, AccessRule>()
  for (const [name, rule] of Object.entries(root.database as Record<string, unknown>)) {
    if (!name.startsWith('$')) database.set(name, parseRule(file, `database.${name}`, rule))
  }
  return { database, storage: parseRule(file, 'storage', root.storage) }
}

/** CloudBase takes directions as strings; "2dsphere" is its geo index (WeChat's updateIndex documents the value). */
export const toCreateIndex = (spec: IndexSpec): CreateIndex => ({
  IndexName: spec.name,
  MgoKeySchema: {
    MgoIndexKeys: spec.geo
      ? [{ Name: spec.geo, Direction: '2dsphere' }]
      : spec.keys.map((key) => ({ Name: key.path, Direction: String(key.direction) })),
    MgoIsUnique: spec.unique,
  },
})

const describeKeys = (keys: ReadonlyArray<{ Name?: string; Direction?: string }>): string =>
  keys.map((key) => `${key.Name}:${key.Direction}`).join(',')

/**
 * The operations that bring the cloud to the declared state. Without `state` (a dry run) every
 * collection and index is planned; with it, only what is missing. Rules are always (re)set: setting
 * one is idempotent, and a rule changed by hand in the console is put back.
 */
export function buildCloudPlan(
  indexesJson: unknown,
  securityRulesJson: unknown,
  state?: CloudState,
): CloudOperation[] {
  const indexes = parseIndexConfig('cloudfunctions/indexes.json', indexesJson).collections
  const rules = parseSecurityRules('cloudfunctions/security-rules.json', securityRulesJson)
  const missingRule = [...indexes.keys()].filter((name) => !rules.database.has(name))
  if (missingRule.length > 0)
    throw new Error(`security-rules.json: no database rule for ${missingRule.join(', ')}`)
  const unknown = [...rules.database.keys()].filter((name) => !indexes.has(name))
  if (unknown.length > 0)
    throw new Error(
      `security-rules.json: rules for collections indexes.json does not declare: ${unknown.join(', ')}`,
    )

  const plan: CloudOperation[] = []
  for (const [collection, specs] of indexes) {
    const existing = state?.get(collection)
    if (!existing) plan.push({ kind: 'createCollection', collection })
    for (const spec of specs) {
      const wanted = toCreateIndex(spec)
      const found = existing?.find((index) => index.Name === spec.name)
      if (!found) {
        plan.push({ kind: 'createIndex', collection, index: wanted })
        continue
      }
      const want = describeKeys(wanted.MgoKeySchema.MgoIndexKeys) + (spec.unique ? ' unique' : '')
      const have = describeKeys(found.Keys ?? []) + (found.Unique ? ' unique' : '')
      if (want !== have)
        plan.push({
          kind: 'indexDiffers',
          collection,
          indexName: spec.name,
          existing: have,
          wanted: want,
        })
    }
    const rule = rules.database.get(collection) as AccessRule
    plan.push({ kind: 'setDatabaseRule', collection, aclTag: 'CUSTOM', rule: JSON.stringify(rule) })
  }
  plan.push({ kind: 'setStorageRule', aclTag: 'CUSTOM', rule: rules.storage })
  return plan
}

/** One line per operation, for the dry run and the real run's log. */
export function describeOperation(op: CloudOperation): string {
  switch (op.kind) {
    case 'createCollection':
      return `create collection ${op.collection}`
    case 'createIndex':
      return `create index ${op.collection}.${op.index.IndexName} (${describeKeys(op.index.MgoKeySchema.MgoIndexKeys)}${op.index.MgoKeySchema.MgoIsUnique ? ', unique' : ''})`
    case 'indexDiffers':
      return `WARNING index ${op.collection}.${op.indexName} exists as (${op.existing}), declared (${op.wanted}): drop it in the console, then re-run`
    case 'setDatabaseRule':
      return `set rule ${op.collection}: ${op.rule}`
    case 'setStorageRule':
      return `set storage rule: ${JSON.stringify(op.rule)}`
  }
}
