// Writes documents and keeps their index entries, unique constraints and change log in step.
import { checkGeoFields } from '../geo/geo-indexes'
import { duplicateWrite, invalidParam } from '../protocol/errors'
import { decodeDoc, encodeEJSON, type Doc } from '../protocol/ejson'
import { fromSqlId, isObjectId, toSqlId, type DocId } from './doc-ids'
import { indexEntries, sameEntries } from './index-keys'
import { deleteEntries, insertEntries } from './index-tables'
import { markIrregular } from './index-sync'
import { collectionTable, type DocRow, type SqliteStore } from './sqlite-store'

export type { DocId }

/** CloudBase ids are strings (generated), numbers (doc(123)) or ObjectIds; other BSON ids are refused. */
export function checkDocId(id: unknown): DocId {
  if (typeof id === 'string' && id !== '') return id
  if (typeof id === 'number' && Number.isFinite(id)) return id
  if (isObjectId(id)) return id
  throw invalidParam('_id must be a non-empty string, a number or an ObjectId')
}

/** _id first, as MongoDB stores it. */
export function withIdFirst(doc: Doc, id: DocId): Doc {
  const { _id: ignored, ...fields } = doc
  void ignored
  return { _id: id, ...fields }
}

function updateIndexes(
  store: SqliteStore,
  collection: string,
  rid: number,
  before: Doc | undefined,
  after: Doc | undefined,
): void {
  for (const handle of store.indexesOf(collection)) {
    const old = before ? indexEntries(before, handle.parts) : undefined
    const next = after ? indexEntries(after, handle.parts) : undefined
    if (old && next && sameEntries(old.entries, next.entries)) continue
    if (old) deleteEntries(store.stmt, handle, rid, old.entries)
    if (next) {
      if (next.irregular && !handle.irregular) markIrregular(store, handle)
      insertEntries(store.stmt, handle, rid, next.entries)
    }
  }
}

export function insertDoc(store: SqliteStore, collection: string, doc: Doc): DocRow {
  const id = checkDocId(doc._id)
  checkGeoFields(store.geoIndexesOf(collection), doc)
  const body = encodeEJSON(withIdFirst(doc, id))
  let rid: number
  try {
    const result = store
      .stmt(`INSERT INTO "${collectionTable(collection)}" (id, body) VALUES (?, ?)`)
      .run(toSqlId(id), body)
    rid = Number(result.lastInsertRowid)
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') {
      throw duplicateWrite(collection, '_id_', `{ _id: ${JSON.stringify(id)} }`)
    }
    throw error
  }
  updateIndexes(store, collection, rid, undefined, doc)
  store.recordChange(collection, id, null)
  return { rid, id: toSqlId(id), body }
}

/** Replaces a stored document; returns false (and writes nothing) when the body is unchanged. */
export function replaceDoc(store: SqliteStore, collection: string, row: DocRow, doc: Doc): boolean {
  const id = fromSqlId(row.id)
  const body = encodeEJSON(withIdFirst(doc, id))
  if (body === row.body) return false
  checkGeoFields(store.geoIndexesOf(collection), doc)
  store
    .stmt(`UPDATE "${collectionTable(collection)}" SET body = ? WHERE rid = ?`)
    .run(body, row.rid)
  updateIndexes(store, collection, row.rid, decodeDoc(row.body), doc)
  store.recordChange(collection, id, row.body)
  return true
}

export function deleteDoc(store: SqliteStore, collection: string, row: DocRow): void {
  store.stmt(`DELETE FROM "${collectionTable(collection)}" WHERE rid = ?`).run(row.rid)
  updateIndexes(store, collection, row.rid, decodeDoc(row.body), undefined)
  store.recordChange(collection, fromSqlId(row.id), row.body)
}

export function rowById(store: SqliteStore, collection: string, id: DocId): DocRow | undefined {
  return store
    .stmt(`SELECT rid, id, body FROM "${collectionTable(collection)}" WHERE id = ?`)
    .get(toSqlId(id)) as DocRow | undefined
}
