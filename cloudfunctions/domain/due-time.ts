// Due times of the five handling modes (五办), computed in community local time (China, UTC+8).
import type { HandlingMode, RequestStatus } from '@linli/types'

export type DueTimeRule = { kind: 'hours'; hours: number } | { kind: 'endOfDay'; plusDays: number }
export type DueTimeRules = Record<HandlingMode, DueTimeRule>

export const DEFAULT_DUE_TIME_RULES: DueTimeRules = {
  onSite: { kind: 'hours', hours: 4 }, // 现场办
  sameDay: { kind: 'endOfDay', plusDays: 0 }, // 当天办
  difficult: { kind: 'endOfDay', plusDays: 7 }, // 想法办: days, with a plan
  departmental: { kind: 'endOfDay', plusDays: 5 }, // 协调办
  homeVisit: { kind: 'hours', hours: 24 }, // 上门办: priority
}

const HOUR_MS = 3_600_000
const DAY_MS = 24 * HOUR_MS
/** China has one time zone and no daylight saving, so a fixed offset is exact. */
const LOCAL_OFFSET_MS = 8 * HOUR_MS

/** The last millisecond of the local day `plusDays` after `now`'s local day. */
export const endOfLocalDay = (now: Date, plusDays: number): Date => {
  const localMs = now.getTime() + LOCAL_OFFSET_MS
  const localMidnight = Math.floor(localMs / DAY_MS) * DAY_MS
  return new Date(localMidnight + (plusDays + 1) * DAY_MS - 1 - LOCAL_OFFSET_MS)
}

export const dueAtFor = (mode: HandlingMode, now: Date, rules: DueTimeRules): Date => {
  const rule = rules[mode]
  return rule.kind === 'hours'
    ? new Date(now.getTime() + rule.hours * HOUR_MS)
    : endOfLocalDay(now, rule.plusDays)
}

export const ACTIVE_REQUEST_STATUSES: readonly RequestStatus[] = [
  'submitted',
  'open',
  'claimed',
  'assigned',
  'inProgress',
  'reopened',
]
const ACTIVE_STATUSES = new Set<string>(ACTIVE_REQUEST_STATUSES)

/** Overdue is derived, never stored: an active request past its due time. */
export const isOverdue = (request: { status: string; dueAt: Date }, now: Date): boolean =>
  ACTIVE_STATUSES.has(request.status) && request.dueAt.getTime() < now.getTime()
