// 纪实 service records and the community's points rules. No rules here: points come from domain.
import {
  pointsRulesSchema,
  serviceRecordDocSchema,
  type Page,
  type PointsRules,
  type ServiceRecordDoc,
  type ServiceStatus,
} from '@linli/types'
import type { Database } from '../shared/cloudbase'
import { COLLECTIONS } from './collections'
import { pageOf } from './paging'
import { insertOnce, listWhere, readAheadOf, readOne, updateWhere } from './store-helpers'

export interface RecordQuery {
  communityId: string
  memberId?: string
  gridId?: string
  status?: ServiceStatus
}

const parseRows = (raws: readonly unknown[]) => raws.map((raw) => serviceRecordDocSchema.parse(raw))

export const createServiceRecordRepository = (db: Database) => {
  const name = COLLECTIONS.serviceRecords
  const byId = readAheadOf((id: string) => readOne(db, name, id, serviceRecordDocSchema))
  return {
    insertOnce: (doc: ServiceRecordDoc) => insertOnce(db, name, doc, serviceRecordDocSchema),
    getById: byId.read,
    /** Starts reading a record the call is about to need, while its caller is looked up. */
    readAhead: byId.start,
    /** Takes back a record written beside a change that then did not land (see activities.checkIn). */
    remove: async (id: string): Promise<void> => {
      await db.collection(name).doc(id).remove()
    },
    /** Staff decided on a held note: only while the placeholder is still there. */
    replaceHeldNote: async (id: string, placeholder: string, note: string): Promise<void> => {
      await updateWhere(db, name, id, { note: placeholder }, { note }, serviceRecordDocSchema)
    },
    /** Verifies or rejects a pending record; null when someone settled it first. */
    review: (
      id: string,
      status: ServiceStatus,
      reason: string | null,
      by: string,
    ): Promise<ServiceRecordDoc | null> =>
      updateWhere(
        db,
        name,
        id,
        { status: 'pending' },
        { status, reason, reviewedBy: by },
        serviceRecordDocSchema,
      ),
    page: (q: RecordQuery, page: { limit: number; cursor?: string | undefined }) => {
      const filter: Record<string, unknown> = { communityId: q.communityId }
      if (q.memberId) filter.memberId = q.memberId
      if (q.gridId) filter.gridId = q.gridId
      if (q.status) filter.status = q.status
      return pageOf(db, name, filter, page, parseRows) as Promise<Page<ServiceRecordDoc>>
    },
    /** Verified records of a period (a community logs thousands a year: read by month). */
    verifiedIn: async (
      communityId: string,
      months: readonly string[],
      memberId?: string,
    ): Promise<ServiceRecordDoc[]> => {
      // The months are read together: one round trip in sequence, not twelve.
      const byMonth = await Promise.all(
        months.map((month) => {
          const filter: Record<string, unknown> = { communityId, month, status: 'verified' }
          if (memberId) filter.memberId = memberId
          return listWhere(db, name, filter, serviceRecordDocSchema)
        }),
      )
      return byMonth.flat()
    },
    getRules: async (communityId: string): Promise<PointsRules | null> => {
      const res = await db.collection(COLLECTIONS.pointsRules).doc(communityId).get()
      const raw = (res.data as { rules?: unknown }[])[0]
      return raw ? pointsRulesSchema.parse(raw.rules) : null
    },
    setRules: async (communityId: string, rules: PointsRules, at: Date): Promise<void> => {
      await db.collection(COLLECTIONS.pointsRules).doc(communityId).set({ rules, updatedAt: at })
    },
  }
}

export type ServiceRecordRepository = ReturnType<typeof createServiceRecordRepository>
