// 居民定期评议 rules (DESIGN §4): when a round is open, who may rate whom, when a result is shown.
// Dates are China calendar dates `YYYY-MM-DD`, compared as strings (same width, so order holds).
import { RESULT_THRESHOLD, type Verdict } from '@linli/types'

export type RoundPhase = 'upcoming' | 'open' | 'closed'

export const roundPhase = (
  round: { startsOn: string; endsOn: string },
  today: string,
): RoundPhase => (today < round.startsOn ? 'upcoming' : today > round.endsOn ? 'closed' : 'open')

/** The deterministic id of one rating: a second one by the same rater is refused by the database. */
export const evaluationId = (roundId: string, memberId: string, raterId: string): string =>
  `${roundId}:${memberId}:${raterId}`

export type RateRefusal =
  'notVerified' | 'notOpen' | 'notInRound' | 'notInRatersGrid' | 'selfRating'

export interface RateFacts {
  round: { startsOn: string; endsOn: string; memberIds: readonly string[] }
  today: string
  rater: { personId: string | null; verified: boolean; gridIds: readonly string[] }
  member: { id: string; postGridId: string | null }
}

/** Null when the rater may rate this member in this round; else why not. */
export const whyNotRate = (f: RateFacts): RateRefusal | null => {
  if (!f.rater.verified || f.rater.personId === null || f.rater.gridIds.length === 0)
    return 'notVerified'
  if (roundPhase(f.round, f.today) !== 'open') return 'notOpen'
  if (!f.round.memberIds.includes(f.member.id)) return 'notInRound'
  if (f.member.id === f.rater.personId) return 'selfRating'
  // Stryker disable next-line ConditionalExpression: gridIds holds only strings, so includes(null) is false and a null post grid is refused either way
  if (f.member.postGridId === null || !f.rater.gridIds.includes(f.member.postGridId))
    return 'notInRatersGrid'
  return null
}

export interface VerdictCounts {
  satisfied: number
  basicallySatisfied: number
  dissatisfied: number
}

export const countVerdicts = (verdicts: readonly Verdict[]): VerdictCounts => ({
  satisfied: verdicts.filter((v) => v === 'satisfied').length,
  basicallySatisfied: verdicts.filter((v) => v === 'basicallySatisfied').length,
  dissatisfied: verdicts.filter((v) => v === 'dissatisfied').length,
})

export interface MemberResult {
  ratings: number
  shown: boolean
  counts: VerdictCounts | null
  /** (满意 + 基本满意) / all, rounded to 4 places. */
  satisfactionRate: number | null
}

/** Under the threshold nothing but the number of ratings shows: a few ratings could be traced. */
export const memberResult = (verdicts: readonly Verdict[]): MemberResult => {
  const ratings = verdicts.length
  if (ratings < RESULT_THRESHOLD) {
    return { ratings, shown: false, counts: null, satisfactionRate: null }
  }
  const counts = countVerdicts(verdicts)
  const rate = (counts.satisfied + counts.basicallySatisfied) / ratings
  return { ratings, shown: true, counts, satisfactionRate: Math.round(rate * 10_000) / 10_000 }
}
