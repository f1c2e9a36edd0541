// The community's figures (issue 11 §5): the 三率 and medians from the counts the database grouped.
// Pure: the database counts and sorts (aggregation pipelines in data/figures.repository.ts); this
// turns its sums into rates, its middle values into a median, and rounds them the same everywhere.

import { RESULT_THRESHOLD } from '@linli/types'

/** A period is China calendar days, `from` and `to` both included. */
export interface Period {
  from: string
  to: string
}

/** At most a year and a day: a wider period is two reports (the pipelines stay bounded). */
export const PERIOD_DAYS_MAX = 366
const DAY_MS = 86_400_000
const CHINA_OFFSET_MS = 8 * 3_600_000
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

const dayStart = (date: string): number | null => {
  const m = DATE.exec(date)
  if (!m) return null
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
  // 2026-02-30 rolls over to March: not a calendar date
  return new Date(ms).toISOString().slice(0, 10) === date ? ms - CHINA_OFFSET_MS : null
}

export type PeriodProblem = 'date' | 'order' | 'length'

/** The instants a period covers, [start, end), or what is wrong with it. */
export const periodBounds = (
  period: Period,
): { start: Date; end: Date } | { problem: PeriodProblem } => {
  const start = dayStart(period.from)
  const last = dayStart(period.to)
  if (start === null || last === null) return { problem: 'date' }
  if (last < start) return { problem: 'order' }
  if ((last - start) / DAY_MS + 1 > PERIOD_DAYS_MAX) return { problem: 'length' }
  return { start: new Date(start), end: new Date(last + DAY_MS) }
}

/** A share in percent with one decimal (66.7), or null when there is nothing to share (no 0/0). */
export const rate = (part: number, whole: number): number | null =>
  whole > 0 ? Math.round((part / whole) * 1000) / 10 : null

/**
 * The median from the two middle values of a sorted list (equal when its length is odd), in
 * minutes rounded to the nearest; null for an empty list.
 */
export const medianMinutes = (
  count: number,
  lowMiddleMs: number | null,
  highMiddleMs: number | null,
): number | null => {
  if (count === 0 || lowMiddleMs === null || highMiddleMs === null) return null
  return Math.round((lowMiddleMs + highMiddleMs) / 2 / 60_000)
}

/** The median of a list, in minutes: the reference the pipelines' middle values are checked with. */
export const medianOf = (valuesMs: readonly number[]): number | null => {
  const sorted = [...valuesMs].sort((a, b) => a - b)
  const n = sorted.length
  return medianMinutes(
    n,
    sorted[Math.floor((n - 1) / 2)] ?? null,
    sorted[Math.floor(n / 2)] ?? null,
  )
}

/** Hours and points to one decimal, as the members' 纪实 shows them. */
export const oneDecimal = (value: number): number => Math.round(value * 10) / 10

/** Stars from which a rating counts as satisfied (满意: 4 or 5 of 5). */
export const SATISFIED_FROM_STARS = 4

/** What the database counted for one group of requests. */
export interface RequestCounts {
  requests: number
  /** Claimed or accepted no later than its due time. */
  answeredInTime: number
  resolved: number
  rated: number
  satisfied: number
}

export interface Middles {
  count: number
  low: number | null
  high: number | null
}

export interface RequestFigures {
  requests: number
  answeredInTime: number
  resolved: number
  rated: number
  satisfied: number
  /** 三率: 及时响应率, 解决率, 满意率 (percent, one decimal; null when nothing to count). */
  answeredRate: number | null
  resolvedRate: number | null
  satisfactionRate: number | null
  medianClaimMinutes: number | null
  medianResolveMinutes: number | null
}

export const EMPTY_COUNTS: RequestCounts = {
  requests: 0,
  answeredInTime: 0,
  resolved: 0,
  rated: 0,
  satisfied: 0,
}
const NO_MIDDLES: Middles = { count: 0, low: null, high: null }

export const requestFigures = (
  counts: RequestCounts = EMPTY_COUNTS,
  claim: Middles = NO_MIDDLES,
  resolve: Middles = NO_MIDDLES,
): RequestFigures => ({
  ...counts,
  answeredRate: rate(counts.answeredInTime, counts.requests),
  resolvedRate: rate(counts.resolved, counts.requests),
  satisfactionRate: rate(counts.satisfied, counts.rated),
  medianClaimMinutes: medianMinutes(claim.count, claim.low, claim.high),
  medianResolveMinutes: medianMinutes(resolve.count, resolve.low, resolve.high),
})

/** What the database summed over verified service records. */
export interface ServiceCounts {
  services: number
  hours: number
  points: number
  members: number
}

export const EMPTY_SERVICE: ServiceCounts = { services: 0, hours: 0, points: 0, members: 0 }

export interface ServiceFigures extends ServiceCounts {
  /** Points per member who served (members' scores), one decimal; null when nobody served. */
  pointsPerMember: number | null
}

export const serviceFigures = (counts: ServiceCounts = EMPTY_SERVICE): ServiceFigures => ({
  services: counts.services,
  hours: oneDecimal(counts.hours),
  points: oneDecimal(counts.points),
  members: counts.members,
  pointsPerMember: counts.members > 0 ? oneDecimal(counts.points / counts.members) : null,
})

/** What the database counted over the period's 评议 ratings. */
export interface EvaluationCounts {
  ratings: number
  satisfied: number
  basicallySatisfied: number
  dissatisfied: number
  members: number
}

export const EMPTY_EVALUATIONS: EvaluationCounts = {
  ratings: 0,
  satisfied: 0,
  basicallySatisfied: 0,
  dissatisfied: 0,
  members: 0,
}

export interface EvaluationFigures {
  ratings: number
  members: number
  shown: boolean
  satisfied: number | null
  basicallySatisfied: number | null
  dissatisfied: number | null
  satisfactionRate: number | null
}

/** Under the threshold only the number of ratings and members shows (as a member's own result). */
export const evaluationFigures = (
  counts: EvaluationCounts = EMPTY_EVALUATIONS,
): EvaluationFigures => {
  const { ratings, members } = counts
  if (ratings < RESULT_THRESHOLD) {
    return {
      ratings,
      members,
      shown: false,
      satisfied: null,
      basicallySatisfied: null,
      dissatisfied: null,
      satisfactionRate: null,
    }
  }
  return {
    ratings,
    members,
    shown: true,
    satisfied: counts.satisfied,
    basicallySatisfied: counts.basicallySatisfied,
    dissatisfied: counts.dissatisfied,
    satisfactionRate: rate(counts.satisfied + counts.basicallySatisfied, ratings),
  }
}

/** A rate as a CSV cell: `66.7%`, or empty when there was nothing to count. */
export const rateCell = (value: number | null): string | null =>
  value === null ? null : `${value}%`
