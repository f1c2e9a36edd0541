// At open: creates configured collections and brings the index side tables in line with the config.
import { decodeDoc } from '../protocol/ejson'
import type { IndexConfig, IndexSpec } from './index-config'
import { indexEntries, KEY_ENCODING_VERSION } from './index-keys'
import {
  createIndexTable,
  dropIndexTable,
  handleFor,
  insertEntries,
  type IndexHandle,
} from './index-tables'
import { collectionTable, type DocRow, type SqliteStore } from './sqlite-store'

interface StoredIndex {
  collection: string
  name: string
  signature: string
  irregular: number
}

function signatureOf(spec: IndexSpec): string {
  return JSON.stringify({ keys: spec.keys, unique: spec.unique, encoding: KEY_ENCODING_VERSION })
}

/** Fills a new side table from the collection's documents; a unique clash is a config error. */
function build(store: SqliteStore, handle: IndexHandle): void {
  createIndexTable(store.db, handle)
  const rows = store
    .stmt(`SELECT rid, id, body FROM "${collectionTable(handle.collection)}"`)
    .iterate() as IterableIterator<DocRow>
  for (const row of rows) {
    const { entries, irregular } = indexEntries(decodeDoc(row.body), handle.parts)
    handle.irregular ||= irregular
    try {
      insertEntries(store.stmt, handle, row.rid, entries)
    } catch (error) {
      throw new Error(
        `cannot build unique index ${handle.collection}.${handle.name}: ${(error as Error).message}`,
      )
    }
  }
}

function syncCollection(
  store: SqliteStore,
  collection: string,
  specs: IndexSpec[],
  stored: StoredIndex[],
): IndexHandle[] {
  const handles: IndexHandle[] = []
  const wanted = new Map(specs.map((spec) => [spec.name, spec]))
  for (const old of stored) {
    const spec = wanted.get(old.name)
    if (!spec || signatureOf(spec) !== old.signature) {
      dropIndexTable(
        store.db,
        handleFor(collection, { name: old.name, keys: [], unique: false }, false).table,
      )
      store.stmt('DELETE FROM _indexes WHERE collection = ? AND name = ?').run(collection, old.name)
    }
  }
  for (const spec of specs) {
    const old = stored.find((row) => row.name === spec.name && row.signature === signatureOf(spec))
    const handle = handleFor(collection, spec, old ? old.irregular === 1 : false)
    if (!old) {
      build(store, handle)
      store
        .stmt('INSERT INTO _indexes (collection, name, signature, irregular) VALUES (?, ?, ?, ?)')
        .run(collection, spec.name, signatureOf(spec), handle.irregular ? 1 : 0)
    }
    handles.push(handle)
  }
  return handles
}

export function syncIndexes(store: SqliteStore, config: IndexConfig): void {
  for (const name of config.collections.keys()) {
    if (!store.hasCollection(name)) store.createCollection(name)
  }
  const stored = store
    .stmt('SELECT collection, name, signature, irregular FROM _indexes')
    .all() as StoredIndex[]
  const collections = new Set([
    ...config.collections.keys(),
    ...stored.map((row) => row.collection),
  ])
  store.transaction(() => {
    for (const collection of collections) {
      const all = config.collections.get(collection) ?? []
      // Geo indexes have no side table: geo queries filter in JS (see geo/geo-indexes.ts).
      const specs = all.filter((spec) => spec.geo === undefined)
      store.geoIndexes.set(
        collection,
        all.flatMap((spec) =>
          spec.geo === undefined ? [] : [{ name: spec.name, path: spec.geo }],
        ),
      )
      const handles = syncCollection(
        store,
        collection,
        specs,
        stored.filter((row) => row.collection === collection),
      )
      store.indexes.set(collection, handles)
    }
  })
}

/** Remembers that an index went irregular, so a restart does not trust it for sorting again. */
export function markIrregular(store: SqliteStore, handle: IndexHandle): void {
  handle.irregular = true
  store
    .stmt('UPDATE _indexes SET irregular = 1 WHERE collection = ? AND name = ?')
    .run(handle.collection, handle.name)
}
