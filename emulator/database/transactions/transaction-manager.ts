// Transactions with snapshot isolation and first-writer-wins locks, as CloudBase (MongoDB) runs them.
import { randomUUID } from 'node:crypto'
import { duplicateWrite, transactionConflict, transactionNotExist } from '../protocol/errors'
import { decodeDoc, type Doc } from '../protocol/ejson'
import { deepClone } from '../query/bson-values'
import { deleteDoc, insertDoc, replaceDoc, rowById, type DocId } from '../store/doc-writer'
import { fromSqlId } from '../store/doc-ids'
import { collectionTable, type DocRow, type SqliteStore } from '../store/sqlite-store'

/** CloudBase drops a transaction not committed or aborted within 30 seconds. */
export const TRANSACTION_TTL_MS = 30_000

interface TxWrite {
  collection: string
  id: DocId
  /** null: the document is removed at commit. */
  doc: Doc | null
}

interface TxState {
  id: string
  startedAt: number
  /** Bodies as they were when this transaction started, for documents changed since (null: absent). */
  snapshot: Map<string, string | null>
  writes: Map<string, TxWrite>
}

const keyOf = (collection: string, id: DocId): string => `${collection}\u0000${typeof id}:${id}`

/** Own write first, then the body as it was at start when it changed since, else the current body. */
function visible(tx: TxState, key: string, current: string | null): Doc | null {
  const written = tx.writes.get(key)
  if (written) return written.doc && deepClone(written.doc)
  const body = tx.snapshot.has(key) ? (tx.snapshot.get(key) ?? null) : current
  return body ? decodeDoc(body) : null
}

export class TransactionManager {
  private readonly active = new Map<string, TxState>()
  /** Document key → id of the transaction that wrote it first; a second writer gets a conflict. */
  private readonly locks = new Map<string, string>()

  constructor(
    private readonly store: SqliteStore,
    private readonly clock: () => Date,
  ) {
    store.onChange((collection, id, before) => this.rememberBefore(keyOf(collection, id), before))
  }

  start(): string {
    this.expireOld()
    const tx: TxState = {
      id: randomUUID(),
      startedAt: this.clock().getTime(),
      snapshot: new Map(),
      writes: new Map(),
    }
    this.active.set(tx.id, tx)
    return tx.id
  }

  /** The document as this transaction sees it: its own writes over the snapshot taken at start. */
  read(txId: string, collection: string, id: DocId): Doc | null {
    const tx = this.get(txId)
    const key = keyOf(collection, id)
    if (tx.writes.has(key) || tx.snapshot.has(key)) return visible(tx, key, null)
    const row = rowById(this.store, collection, id)
    return row ? decodeDoc(row.body) : null
  }

  /** Every document of a collection as this transaction sees it, for where() inside a transaction. */
  documents(txId: string, collection: string): Doc[] {
    const tx = this.get(txId)
    const out: Doc[] = []
    const seen = new Set<string>()
    const take = (key: string, body: string | null): void => {
      seen.add(key)
      const doc = visible(tx, key, body)
      if (doc) out.push(doc)
    }
    const rows = this.store
      .stmt(`SELECT rid, id, body FROM "${collectionTable(collection)}" ORDER BY rid`)
      .iterate() as Iterable<DocRow>
    for (const row of rows) take(keyOf(collection, fromSqlId(row.id)), row.body)
    // Documents removed since the transaction started, then the ones it inserted itself.
    for (const [key, before] of tx.snapshot)
      if (!seen.has(key) && key.startsWith(`${collection}\u0000`)) take(key, before)
    for (const [key, write] of tx.writes)
      if (!seen.has(key) && write.collection === collection) take(key, null)
    return out
  }

  /** Buffers a write. Another transaction's pending write, or a commit since our start, is a conflict. */
  write(txId: string, collection: string, id: DocId, doc: Doc | null): void {
    const tx = this.get(txId)
    this.expireOld()
    const key = keyOf(collection, id)
    const holder = this.locks.get(key)
    if (holder !== undefined && holder !== tx.id && this.active.has(holder)) this.conflict(tx)
    if (tx.snapshot.has(key)) this.conflict(tx)
    this.locks.set(key, tx.id)
    tx.writes.set(key, { collection, id, doc })
  }

  insert(txId: string, collection: string, id: DocId, doc: Doc): void {
    if (this.read(txId, collection, id) !== null)
      throw duplicateWrite(collection, '_id_', `{ _id: ${JSON.stringify(id)} }`)
    this.write(txId, collection, id, doc)
  }

  commit(txId: string): void {
    const tx = this.get(txId)
    for (const key of tx.writes.keys()) if (tx.snapshot.has(key)) this.conflict(tx)
    this.finish(tx)
    this.store.transaction(() => {
      for (const { collection, id, doc } of tx.writes.values()) {
        const row = rowById(this.store, collection, id)
        if (doc === null) {
          if (row) deleteDoc(this.store, collection, row)
        } else if (row) replaceDoc(this.store, collection, row, doc)
        else insertDoc(this.store, collection, doc)
      }
    })
  }

  abort(txId: string): void {
    this.finish(this.get(txId))
  }

  private get(txId: string): TxState {
    const tx = this.active.get(txId)
    if (!tx) throw transactionNotExist()
    if (this.clock().getTime() - tx.startedAt > TRANSACTION_TTL_MS) {
      this.finish(tx)
      throw transactionNotExist()
    }
    return tx
  }

  /** A conflicting transaction is aborted, as MongoDB does, so runTransaction can retry afresh. */
  private conflict(tx: TxState): never {
    this.finish(tx)
    throw transactionConflict()
  }

  private finish(tx: TxState): void {
    this.active.delete(tx.id)
    for (const key of tx.writes.keys()) if (this.locks.get(key) === tx.id) this.locks.delete(key)
  }

  private rememberBefore(key: string, before: string | null): void {
    for (const tx of this.active.values()) if (!tx.snapshot.has(key)) tx.snapshot.set(key, before)
  }

  private expireOld(): void {
    const now = this.clock().getTime()
    for (const tx of [...this.active.values()])
      if (now - tx.startedAt > TRANSACTION_TTL_MS) this.finish(tx)
  }
}
