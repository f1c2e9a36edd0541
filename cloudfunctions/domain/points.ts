// 纪实 points from per-community rules (DESIGN §4): base by handling mode and category, a bonus for
// finishing by the due time, the resident's stars; logged service earns per verified hour. No I/O.
import type { HandlingMode, PointsDetail, PointsRules, RequestCategoryId } from '@linli/types'

/** What a community starts with until staff change it: 五办's harder modes weigh more. */
export const DEFAULT_POINTS_RULES: PointsRules = {
  baseByMode: { onSite: 3, sameDay: 2, difficult: 5, departmental: 2, homeVisit: 4 },
  extraByCategory: { dispute: 2, elderCare: 1 },
  timelinessBonus: 1,
  ratingPoints: [-2, -1, 0, 1, 2],
  perHour: 2,
}

export interface ClosedRequestFacts {
  category: RequestCategoryId
  handlingMode: HandlingMode
  dueAt: Date
  /** When the handler marked it resolved (null if it never was: no timeliness bonus). */
  resolvedAt: Date | null
  /** The resident's stars, null when it auto-closed unrated. */
  stars: number | null
}

export interface Points {
  points: number
  detail: PointsDetail
}

const ratingPointsOf = (rules: PointsRules, stars: number | null): number => {
  if (stars === null) return 0
  const index = Math.min(5, Math.max(1, Math.round(stars))) - 1
  return rules.ratingPoints[index] ?? 0
}

export const pointsForClosedRequest = (rules: PointsRules, facts: ClosedRequestFacts): Points => {
  const base =
    (rules.baseByMode[facts.handlingMode] ?? 0) + (rules.extraByCategory[facts.category] ?? 0)
  // Resolving exactly at the due time still counts as on time.
  const onTime = facts.resolvedAt !== null && facts.resolvedAt.getTime() <= facts.dueAt.getTime()
  const timeliness = onTime ? rules.timelinessBonus : 0
  const rating = ratingPointsOf(rules, facts.stars)
  return {
    points: base + timeliness + rating,
    detail: { base, timeliness, rating, hours: 0 },
  }
}

/** Logged service (activities, patrols, home visits): points per hour, counted once verified. */
export const pointsForLoggedService = (rules: PointsRules, hours: number): Points => {
  const byHours = Math.round(rules.perHour * hours * 10) / 10
  return { points: byHours, detail: { base: 0, timeliness: 0, rating: 0, hours: byHours } }
}
