// The system's side of 纪实: consumes the request-event outbox (effect `writeServiceRecord`) and
// writes exactly one record per closed request a member or team handled (`svc-<requestId>`), so a
// retried close, two timer runs at once or a crash between the write and the mark never count twice.
import { chinaDateOf, type RequestDoc, type ServiceRecordDoc } from '@linli/types'
import { pointsForClosedRequest } from '../../domain/points'
import type { Deps } from '../deps'
import { rulesOf } from './points-rules'

/** Events read per run: a timer run stays well inside the function's timeout. */
export const OUTBOX_BATCH = 50

export const serviceRecordIdOf = (requestId: string) => `svc-${requestId}`

const recordFor = (
  request: RequestDoc,
  points: ReturnType<typeof pointsForClosedRequest>,
  now: Date,
): ServiceRecordDoc | null => {
  const handler = request.handler
  if (!handler || (handler.kind !== 'member' && handler.kind !== 'team')) return null
  const at = request.closedAt ?? now
  return {
    _id: serviceRecordIdOf(request._id),
    communityId: request.communityId,
    holderKey: `${handler.kind}:${handler.id}`,
    memberId: handler.kind === 'member' ? handler.id : null,
    gridId: request.gridId,
    kind: 'request',
    requestId: request._id,
    category: request.category,
    handlingMode: request.handlingMode,
    note: '',
    hours: 0,
    photo: null,
    // The resident's confirmation (or the 7-day auto-close) is the verification.
    status: 'verified',
    points: points.points,
    detail: points.detail,
    at,
    month: chinaDateOf(at).slice(0, 7),
    reviewedBy: null,
    reason: null,
    createdAt: now,
  }
}

export const writeServiceRecords = async (
  now: Date,
  deps: Pick<Deps, 'serviceOutbox' | 'requests' | 'serviceRecords' | 'rules'>,
): Promise<{ seen: number; written: number }> => {
  const events = await deps.serviceOutbox.pending(OUTBOX_BATCH)
  let written = 0
  for (const event of events) {
    try {
      const request = await deps.requests.getById(event.requestId)
      if (request?.status === 'closed') {
        const rules = await rulesOf(request.communityId, deps)
        const points = pointsForClosedRequest(rules, {
          category: request.category,
          handlingMode: request.handlingMode,
          dueAt: request.dueAt,
          resolvedAt: request.resolvedAt,
          stars: request.rating?.stars ?? null,
        })
        const record = recordFor(request, points, now)
        if (record && (await deps.serviceRecords.insertOnce(record)).created) written += 1
      }
      await deps.serviceOutbox.markDone(event._id, now)
    } catch (error) {
      // Left unmarked: the next run tries again; the record's fixed id keeps it to one.
      console.error(`[linli] service record for event ${event._id} failed`, error)
    }
  }
  return { seen: events.length, written }
}
