// Small helpers the member repositories share: read one by id, insert once, conditional update.
import type { z } from 'zod'
import type { Database } from '../shared/cloudbase'

/** `doc(id).get()` answers with `data` as an array on CloudBase. */
export const readOne = async <T>(
  db: Database,
  collection: string,
  id: string,
  schema: z.ZodType<T, z.ZodTypeDef, unknown>,
): Promise<T | null> => {
  const res = await db.collection(collection).doc(id).get()
  const raw = (res.data as unknown[])[0]
  return raw === undefined ? null : schema.parse(raw)
}

/**
 * Inserts unless `_id` exists: the database refuses a duplicate id atomically, so of any number of
 * racing inserts exactly one is `created`; the others read back the winner.
 */
export const insertOnce = async <T extends { _id: string }>(
  db: Database,
  collection: string,
  doc: T,
  schema: z.ZodType<T, z.ZodTypeDef, unknown>,
): Promise<{ doc: T; created: boolean }> => {
  try {
    await db.collection(collection).add(doc)
    return { doc, created: true }
  } catch (error) {
    const existing = await readOne(db, collection, doc._id, schema)
    if (existing) return { doc: existing, created: false }
    throw error
  }
}

/** Updates `_id` only while `condition` holds; answers the document as written, or null. */
export const updateWhere = async <T>(
  db: Database,
  collection: string,
  id: string,
  condition: Record<string, unknown>,
  update: Record<string, unknown>,
  schema: z.ZodType<T, z.ZodTypeDef, unknown>,
): Promise<T | null> => {
  const res = (await db
    .collection(collection)
    .where({ ...condition, _id: id })
    .updateAndReturn(update)) as { updated?: number; doc?: unknown }
  return res.updated === 1 && res.doc ? schema.parse(res.doc) : null
}

export const listWhere = async <T>(
  db: Database,
  collection: string,
  filter: Record<string, unknown>,
  schema: z.ZodType<T, z.ZodTypeDef, unknown>,
  order?: { field: string; direction: 'asc' | 'desc' },
): Promise<T[]> => {
  let query = db.collection(collection).where(filter)
  if (order) query = query.orderBy(order.field, order.direction)
  const res = await query.limit(1000).get()
  return (res.data as unknown[]).map((raw) => schema.parse(raw))
}

/**
 * A read started before the call knows its caller (see `ReadAhead` in shared/entry.ts): the next
 * read of that id answers with it, later ones read afresh (a retry after a lost race must see the
 * newer version). A repository serves one call, so nothing is shared between calls.
 */
export const readAheadOf = <T>(read: (id: string) => Promise<T>) => {
  let ahead: { id: string; value: Promise<T> } | null = null
  return {
    start: (id: string): void => {
      const value = read(id)
      // Not consumed if the call is refused first: its failure is then nobody's to report.
      value.catch(() => undefined)
      ahead = { id, value }
    },
    read: (id: string): Promise<T> => {
      if (ahead?.id !== id) return read(id)
      const { value } = ahead
      ahead = null
      return value
    },
  }
}
