// Due times of the five handling modes (五办), computed in community local time (China, UTC+8).
import type { DueTimeRules, HandlingMode, RequestStatus } from '@linli/types'
import { chinaClock, instantOfChinaClock } from '@linli/types'
import { endOfWorkingDay } from './working-days'

// The rule shapes live in the contract (types/entities/rules.ts): staff edit them as data.
export type { DueTimeRule, DueTimeRules } from '@linli/types'

export const DEFAULT_DUE_TIME_RULES: DueTimeRules = {
  onSite: { kind: 'hours', hours: 4 }, // 现场办
  sameDay: { kind: 'endOfDay', plusDays: 0 }, // 当天办
  difficult: { kind: 'workingDays', days: 5 }, // 想法办: days, with a plan
  departmental: { kind: 'workingDays', days: 5 }, // 协调办: a department works on working days
  homeVisit: { kind: 'hours', hours: 24 }, // 上门办: priority, so calendar days
}

const HOUR_MS = 3_600_000

/** The last millisecond of the China local day `plusDays` after `now`'s China day. */
export const endOfLocalDay = (now: Date, plusDays: number): Date =>
  instantOfChinaClock(chinaClock(now).add(plusDays, 'day').endOf('day'))

export const dueAtFor = (mode: HandlingMode, now: Date, rules: DueTimeRules): Date => {
  const rule = rules[mode]
  switch (rule.kind) {
    case 'hours':
      return new Date(now.getTime() + rule.hours * HOUR_MS)
    case 'endOfDay':
      return endOfLocalDay(now, rule.plusDays)
    case 'workingDays':
      return endOfWorkingDay(now, rule.days)
    // Stryker disable all: unreachable, the compiler proves every rule kind is handled above
    default: {
      const unknown: never = rule
      throw new Error(`unknown due time rule ${JSON.stringify(unknown)}`)
    }
  }
}
// Stryker restore all

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
