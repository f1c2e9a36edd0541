// Side tables holding index entries: one WITHOUT ROWID B-tree per configured index, keyed in index order.
import type BetterSqlite3 from 'better-sqlite3'
import { duplicateWrite } from '../protocol/errors'
import { splitPath } from '../query/paths'
import type { IndexSpec } from './index-config'
import type { KeyPart } from './index-keys'

export interface IndexHandle {
  collection: string
  name: string
  table: string
  paths: string[]
  parts: string[][]
  directions: Array<1 | -1>
  unique: boolean
  /** Some document has an array/object/inexact value here: the index narrows but never answers alone. */
  irregular: boolean
}

export type Statement = (sql: string) => BetterSqlite3.Statement

export function indexTableName(collection: string, name: string): string {
  return `i:${collection}:${name}`
}

export function handleFor(collection: string, spec: IndexSpec, irregular: boolean): IndexHandle {
  return {
    collection,
    name: spec.name,
    table: indexTableName(collection, spec.name),
    paths: spec.keys.map((key) => key.path),
    parts: spec.keys.map((key) => splitPath(key.path)),
    directions: spec.keys.map((key) => key.direction),
    unique: spec.unique,
    irregular,
  }
}

export function keyColumns(handle: IndexHandle): string[] {
  return handle.paths.flatMap((_, i) => [`t${i}`, `v${i}`])
}

/**
 * Unique indexes key on the fields alone, so SQLite rejects a second document with the same key
 * (MongoDB semantics: a missing field is a null key and counts too). `v` columns have no type, so
 * numbers stay numbers and strings stay strings.
 */
export function createIndexTable(db: BetterSqlite3.Database, handle: IndexHandle): void {
  const columns = handle.paths.map((_, i) => `t${i} INTEGER NOT NULL, v${i} NOT NULL`).join(', ')
  const ordered = handle.paths.map((_, i) => {
    const dir = handle.directions[i] === -1 ? ' DESC' : ''
    return `t${i}${dir}, v${i}${dir}`
  })
  const key = handle.unique ? ordered.join(', ') : [...ordered, 'rid'].join(', ')
  db.exec(
    `CREATE TABLE "${handle.table}" (${columns}, rid INTEGER NOT NULL, PRIMARY KEY (${key})) WITHOUT ROWID`,
  )
}

export function dropIndexTable(db: BetterSqlite3.Database, table: string): void {
  db.exec(`DROP TABLE IF EXISTS "${table}"`)
}

function describeKey(handle: IndexHandle, entry: KeyPart[]): string {
  const fields = handle.paths.map(
    (path, i) => `${path}: ${JSON.stringify(entry[i]?.t === 1 ? null : entry[i]?.v)}`,
  )
  return `{ ${fields.join(', ')} }`
}

export function insertEntries(
  stmt: Statement,
  handle: IndexHandle,
  rid: number,
  entries: KeyPart[][],
): void {
  const placeholders = [...keyColumns(handle), 'rid'].map(() => '?').join(', ')
  const insert = stmt(`INSERT INTO "${handle.table}" VALUES (${placeholders})`)
  for (const entry of entries) {
    try {
      insert.run(...entry.flatMap((key) => [key.t, key.v]), rid)
    } catch (error) {
      if ((error as { code?: string }).code?.startsWith('SQLITE_CONSTRAINT')) {
        throw duplicateWrite(handle.collection, handle.name, describeKey(handle, entry))
      }
      throw error
    }
  }
}

export function deleteEntries(
  stmt: Statement,
  handle: IndexHandle,
  rid: number,
  entries: KeyPart[][],
): void {
  const where = [...keyColumns(handle), 'rid'].map((column) => `${column} = ?`).join(' AND ')
  const remove = stmt(`DELETE FROM "${handle.table}" WHERE ${where}`)
  for (const entry of entries) remove.run(...entry.flatMap((key) => [key.t, key.v]), rid)
}
