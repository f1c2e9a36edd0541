// 纪实 for offerings and activities: one verified service record per (what, member), written once
// (a fixed id), with the points the community's rules give for its hours (members' points rules).
import { chinaDateOf, type PointsRules, type ServiceKind } from '@linli/types'
import { pointsForLoggedService } from '../../domain/points'
import type { Deps } from '../deps'
import { idFor } from '../members/ids'
import { rulesOf } from '../members/points-rules'

export interface ServiceCredit {
  communityId: string
  kind: ServiceKind
  /** What the record is for (a slot, an activity): with the member, it makes the record's id. */
  sourceId: string
  memberId: string
  gridId: string | null
  note: string
  hours: number
  at: Date
  /** Who vouches for it: the provider who marked attendance, the organiser whose code was scanned. */
  vouchedBy: string
}

/**
 * The community's points rules, read early: a use case starts this beside its other reads so the
 * records need no read of their own after the write.
 */
export const rulesAhead = (
  communityId: string,
  deps: Pick<Deps, 'serviceRecords' | 'rules'>,
): Promise<PointsRules> => {
  const rules = rulesOf(communityId, deps)
  rules.catch(() => undefined) // not awaited when the call is refused first
  return rules
}

/** Writes the records; answers the ids of those written now (not those already there). */
export const creditService = async (
  credits: readonly ServiceCredit[],
  deps: Pick<Deps, 'serviceRecords' | 'now'>,
  rules: Promise<PointsRules>,
): Promise<string[]> => {
  if (credits.length === 0) return []
  const known = await rules
  const now = deps.now()
  const written = await Promise.all(
    credits.map(async (c) => {
      const { points, detail } = pointsForLoggedService(known, c.hours)
      const _id = idFor(`svc-${c.kind}`, c.sourceId, c.memberId)
      const { created } = await deps.serviceRecords.insertOnce({
        _id,
        communityId: c.communityId,
        holderKey: `member:${c.memberId}`,
        memberId: c.memberId,
        gridId: c.gridId,
        kind: c.kind,
        requestId: null,
        category: null,
        handlingMode: null,
        note: c.note,
        hours: c.hours,
        photo: null,
        // Residents who came (or the organiser's rotating code) are the evidence: it counts at once.
        status: 'verified',
        points,
        detail,
        at: c.at,
        month: chinaDateOf(c.at).slice(0, 7),
        reviewedBy: c.vouchedBy,
        reason: null,
        createdAt: now,
      })
      return created ? [_id] : []
    }),
  )
  return written.flat()
}
