// Factories for conformance tests: fresh collections and documents with overrides.
import type { App } from './db-server'

let sequence = 0

export function aCollectionName(prefix = 'coll'): string {
  sequence += 1
  return `${prefix}_${process.pid}_${sequence}`
}

type Db = ReturnType<App['database']>
export type Collection = ReturnType<Db['collection']>

/** Creates a new, empty collection (CloudBase refuses writes to collections that do not exist). */
export async function freshCollection(app: App, prefix?: string): Promise<Collection> {
  const db = app.database()
  const name = aCollectionName(prefix)
  await db.createCollection(name)
  return db.collection(name)
}

export interface RequestDoc {
  _id?: string
  communityId: string
  gridId: string
  status: 'open' | 'claimed' | 'resolved'
  category: string
  urgency: number
  createdAt: Date
  [field: string]: unknown
}

export function aRequest(overrides: Partial<RequestDoc> = {}): RequestDoc {
  return {
    communityId: 'chengxi',
    gridId: 'grid-1',
    status: 'open',
    category: 'repair',
    urgency: 1,
    createdAt: new Date('2025-03-01T08:00:00.000Z'),
    ...overrides,
  }
}

/** n requests whose createdAt grows by one minute each, with per-index overrides. */
export function someRequests(
  n: number,
  overrides: (i: number) => Partial<RequestDoc> = () => ({}),
): RequestDoc[] {
  return Array.from({ length: n }, (_, i) =>
    aRequest({ createdAt: new Date(Date.UTC(2025, 2, 1, 8, i)), ...overrides(i) }),
  )
}

export const idsOf = (res: { data: Array<{ _id?: unknown }> }): unknown[] =>
  res.data.map((doc) => doc._id)

/** The error a rejected SDK call carries (its `code` is CloudBase's). */
export async function rejectionOf(
  promise: Promise<unknown>,
): Promise<{ code?: string; message?: string }> {
  try {
    await promise
  } catch (error) {
    return error as { code?: string; message?: string }
  }
  throw new Error('expected the call to be rejected, but it resolved')
}
