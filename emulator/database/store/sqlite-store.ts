// The embedded store: one SQLite file (WAL, fsync per commit), a table per collection, cached statements.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { collectionAlreadyExist, collectionNotExist, invalidParam } from '../protocol/errors'
import type { GeoIndex } from '../geo/geo-indexes'
import type { DocId, SqlId } from './doc-ids'
import { NAME_PATTERN } from './index-config'
import type { Plan } from './planner'
import type { IndexHandle } from './index-tables'

export interface DocRow {
  rid: number
  id: SqlId
  body: string
}

/** Called after a commit, once per changed document, with its body before the change. */
export type ChangeListener = (collection: string, id: DocId, before: string | null) => void

export const DATABASE_FILE = 'database.sqlite'

export function collectionTable(name: string): string {
  return `c:${name}`
}

export type PlanListener = (collection: string, plan: Plan) => void

export class SqliteStore {
  readonly db: BetterSqlite3.Database
  private readonly statements = new Map<string, BetterSqlite3.Statement>()
  private readonly collections = new Set<string>()
  readonly indexes = new Map<string, IndexHandle[]>()
  readonly geoIndexes = new Map<string, GeoIndex[]>()
  private pendingChanges: Array<[string, DocId, string | null]> = []
  private readonly listeners: ChangeListener[] = []
  private readonly planListeners: PlanListener[] = []

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true })
    this.db = new BetterSqlite3(join(dataDir, DATABASE_FILE))
    // WAL + synchronous=FULL: a commit is fsynced before the answer leaves, so it survives kill -9
    // (and power loss); readers never block the single writer.
    this.db.pragma('journal_mode = WAL')
    this.db.pragma('synchronous = FULL')
    this.db.pragma('busy_timeout = 5000')
    this.db
      .exec(`CREATE TABLE IF NOT EXISTS _collections (name TEXT PRIMARY KEY, created_at INTEGER NOT NULL);
      CREATE TABLE IF NOT EXISTS _indexes (collection TEXT NOT NULL, name TEXT NOT NULL,
        signature TEXT NOT NULL, irregular INTEGER NOT NULL, PRIMARY KEY (collection, name))`)
    const rows = this.db.prepare('SELECT name FROM _collections').all() as Array<{ name: string }>
    for (const row of rows) this.collections.add(row.name)
  }

  stmt = (sql: string): BetterSqlite3.Statement => {
    let statement = this.statements.get(sql)
    if (!statement) {
      statement = this.db.prepare(sql)
      this.statements.set(sql, statement)
    }
    return statement
  }

  hasCollection(name: string): boolean {
    return this.collections.has(name)
  }

  requireCollection(name: unknown): string {
    if (typeof name !== 'string' || name === '') throw invalidParam('collectionName is required')
    if (!this.collections.has(name)) throw collectionNotExist(name)
    return name
  }

  createCollection(name: unknown): string {
    if (typeof name !== 'string' || !NAME_PATTERN.test(name)) {
      throw invalidParam(`collection name must match ${NAME_PATTERN}`)
    }
    if (this.collections.has(name)) throw collectionAlreadyExist(name)
    this.transaction(() => {
      // `id` has no declared type: SQLite keeps 1 and '1' apart, as MongoDB keeps _id types apart.
      this.db.exec(
        `CREATE TABLE "${collectionTable(name)}" (rid INTEGER PRIMARY KEY, id NOT NULL UNIQUE, body TEXT NOT NULL)`,
      )
      this.stmt('INSERT INTO _collections (name, created_at) VALUES (?, ?)').run(name, Date.now())
    })
    this.collections.add(name)
    return name
  }

  indexesOf(collection: string): IndexHandle[] {
    return this.indexes.get(collection) ?? []
  }

  geoIndexesOf(collection: string): GeoIndex[] {
    return this.geoIndexes.get(collection) ?? []
  }

  onChange(listener: ChangeListener): void {
    this.listeners.push(listener)
  }

  /** Hears how every query is answered: tests check that the functions' queries walk an index. */
  onPlan(listener: PlanListener): void {
    this.planListeners.push(listener)
  }

  notePlan(collection: string, plan: Plan): void {
    for (const listener of this.planListeners) listener(collection, plan)
  }

  recordChange(collection: string, id: DocId, before: string | null): void {
    this.pendingChanges.push([collection, id, before])
  }

  /** Runs `work` as one SQLite transaction; change listeners hear about it only once it committed. */
  transaction<T>(work: () => T): T {
    if (this.db.inTransaction) return work()
    this.pendingChanges = []
    let result: T
    try {
      result = this.db.transaction(work)()
    } catch (error) {
      this.pendingChanges = []
      throw error
    }
    const changes = this.pendingChanges
    this.pendingChanges = []
    for (const [collection, id, before] of changes) {
      for (const listener of this.listeners) listener(collection, id, before)
    }
    return result
  }

  close(): void {
    if (this.db.open) this.db.close()
  }
}
