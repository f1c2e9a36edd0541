// 纪实 for offerings and activities: one verified service record per (what, member), written once
// (a fixed id), with the points the community's rules give for its hours (members' points rules).
import { chinaDateOf, type ServiceKind } from '@linli/types'
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

export const creditService = async (
  credits: readonly ServiceCredit[],
  deps: Pick<Deps, 'serviceRecords' | 'now'>,
): Promise<number> => {
  const first = credits[0]
  if (!first) return 0
  const rules = await rulesOf(first.communityId, deps)
  const now = deps.now()
  const written = await Promise.all(
    credits.map((c) => {
      const { points, detail } = pointsForLoggedService(rules, c.hours)
      return deps.serviceRecords.insertOnce({
        _id: idFor(`svc-${c.kind}`, c.sourceId, c.memberId),
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
    }),
  )
  return written.filter((w) => w.created).length
}
