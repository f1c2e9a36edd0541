// Stores and queries requests; idempotent insert by a deterministic id. No rules here.
import { createHash } from 'node:crypto'
import { requestDocSchema, type Page, type RequestDoc, type RequestStatus } from '@linli/types'
import type { Database } from '../shared/cloudbase'
import { COLLECTIONS } from './collections'
import { pageOf } from './paging'

const parse = (raw: unknown): RequestDoc => requestDocSchema.parse(raw)

/** One reporter's clientRequestId always maps to one id, so a retried report finds the first. */
export const requestIdFor = (reporterOpenid: string, clientRequestId: string): string =>
  createHash('sha256')
    .update(`${reporterOpenid}\u0000${clientRequestId}`)
    .digest('hex')
    .slice(0, 32)

export interface GridPageQuery {
  communityId: string
  gridId: string | null
  statuses: readonly RequestStatus[] | null
  includeSensitive: boolean
}

export const createRequestRepository = (db: Database) => {
  const collection = () => db.collection(COLLECTIONS.requests)

  const getById = async (id: string): Promise<RequestDoc | null> => {
    const res = await collection().doc(id).get()
    const raw = (res.data as unknown[])[0]
    return raw === undefined ? null : parse(raw)
  }

  return {
    getById,

    /** Inserts unless the id exists; a duplicate `_id` is refused by the database atomically. */
    insertIfAbsent: async (doc: RequestDoc): Promise<{ doc: RequestDoc; created: boolean }> => {
      try {
        await collection().add(doc)
        return { doc, created: true }
      } catch (error) {
        const existing = await getById(doc._id)
        if (existing) return { doc: existing, created: false }
        throw error
      }
    },

    pageByReporter: (openid: string, page: { limit: number; cursor?: string | undefined }) =>
      pageOf(db, COLLECTIONS.requests, { reporterOpenid: openid }, page, parse),

    pageForGrid: (query: GridPageQuery, page: { limit: number; cursor?: string | undefined }) => {
      const _ = db.command
      const filter: Record<string, unknown> = { communityId: query.communityId }
      if (query.gridId) filter.gridId = query.gridId
      if (query.statuses) filter.status = _.in([...query.statuses])
      if (!query.includeSensitive) filter.sensitive = false
      return pageOf(db, COLLECTIONS.requests, filter, page, parse) as Promise<Page<RequestDoc>>
    },
  }
}

export type RequestRepository = ReturnType<typeof createRequestRepository>
