import type { Verdict } from '@linli/types'
import {
  evaluationId,
  memberResult,
  roundPhase,
  whyNotRate,
  type RateFacts,
} from './evaluation-rules'

const round = { startsOn: '2026-10-01', endsOn: '2026-10-31', memberIds: ['m1', 'm2'] }
const facts: RateFacts = {
  round,
  today: '2026-10-15',
  rater: { personId: 'r1', verified: true, gridIds: ['grid-1'] },
  member: { id: 'm1', postGridId: 'grid-1' },
}

describe('round phase', () => {
  it('is open from the first to the last day, both included', () => {
    expect(roundPhase(round, '2026-09-30')).toBe('upcoming')
    expect(roundPhase(round, '2026-10-01')).toBe('open')
    expect(roundPhase(round, '2026-10-31')).toBe('open')
    expect(roundPhase(round, '2026-11-01')).toBe('closed')
  })
})

describe('who may rate', () => {
  it('lets a verified resident of the member’s grid rate while the round is open', () => {
    expect(whyNotRate(facts)).toBeNull()
  })
  it('refuses outside the round’s dates', () => {
    expect(whyNotRate({ ...facts, today: '2026-09-30' })).toBe('notOpen')
    expect(whyNotRate({ ...facts, today: '2026-11-01' })).toBe('notOpen')
  })
  it('refuses an unverified rater or one with no household grid', () => {
    expect(whyNotRate({ ...facts, rater: { ...facts.rater, verified: false } })).toBe('notVerified')
    expect(whyNotRate({ ...facts, rater: { ...facts.rater, gridIds: [] } })).toBe('notVerified')
    expect(whyNotRate({ ...facts, rater: { ...facts.rater, personId: null } })).toBe('notVerified')
  })
  it('refuses a member outside the round', () => {
    expect(whyNotRate({ ...facts, member: { id: 'm3', postGridId: 'grid-1' } })).toBe('notInRound')
  })
  it('refuses a member posted in another grid, or posted nowhere', () => {
    expect(whyNotRate({ ...facts, member: { id: 'm1', postGridId: 'grid-2' } })).toBe(
      'notInRatersGrid',
    )
    expect(whyNotRate({ ...facts, member: { id: 'm1', postGridId: null } })).toBe('notInRatersGrid')
  })
  it('refuses rating oneself (a member who is also a resident of the grid)', () => {
    expect(whyNotRate({ ...facts, rater: { ...facts.rater, personId: 'm1' } })).toBe('selfRating')
  })
  it('gives one id per (round, member, rater): once per resident per member per round', () => {
    expect(evaluationId('round-1', 'm1', 'r1')).toBe('round-1:m1:r1')
    expect(evaluationId('round-1', 'm1', 'r1')).toBe(evaluationId('round-1', 'm1', 'r1'))
    expect(evaluationId('round-1', 'm1', 'r2')).not.toBe(evaluationId('round-1', 'm1', 'r1'))
  })
})

describe('a member’s result', () => {
  const four: Verdict[] = ['satisfied', 'satisfied', 'dissatisfied', 'basicallySatisfied']
  it('stays hidden under 5 ratings, showing only how many', () => {
    expect(memberResult(four)).toEqual({
      ratings: 4,
      shown: false,
      counts: null,
      satisfactionRate: null,
    })
    expect(memberResult([])).toEqual({
      ratings: 0,
      shown: false,
      counts: null,
      satisfactionRate: null,
    })
  })
  it('shows counts and the satisfaction rate from the 5th rating on', () => {
    expect(memberResult([...four, 'dissatisfied'])).toEqual({
      ratings: 5,
      shown: true,
      counts: { satisfied: 2, basicallySatisfied: 1, dissatisfied: 2 },
      satisfactionRate: 0.6,
    })
  })
  it('rounds the rate to 4 places', () => {
    const six: Verdict[] = [...four, 'satisfied', 'satisfied']
    expect(memberResult(six).satisfactionRate).toBe(0.8333)
  })
})
