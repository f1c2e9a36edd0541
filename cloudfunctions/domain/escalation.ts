// When an overdue request escalates (DESIGN §3): to the grid leader at once, to staff a day later.
import type { EscalationLevel } from '@linli/types'
import { isOverdue } from './due-time'

const HOUR_MS = 3_600_000
/** Overdue this long and still open: staff hear of it too. */
export const ESCALATE_TO_STAFF_AFTER_HOURS = 24
/** A resolved request the reporter has not confirmed closes by itself after this long. */
export const AUTO_CLOSE_AFTER_DAYS = 7

export const escalationDue = (
  request: { status: string; dueAt: Date },
  now: Date,
): EscalationLevel => {
  if (!isOverdue(request, now)) return 0
  const lateMs = now.getTime() - request.dueAt.getTime()
  return lateMs >= ESCALATE_TO_STAFF_AFTER_HOURS * HOUR_MS ? 2 : 1
}

export const autoCloseDue = (
  request: { status: string; resolvedAt: Date | null },
  now: Date,
): boolean =>
  request.status === 'resolved' &&
  request.resolvedAt !== null &&
  now.getTime() - request.resolvedAt.getTime() >= AUTO_CLOSE_AFTER_DAYS * 24 * HOUR_MS
