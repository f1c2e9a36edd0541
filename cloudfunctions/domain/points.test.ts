import { DEFAULT_POINTS_RULES, pointsForClosedRequest, pointsForLoggedService } from './points'
import type { PointsRules } from '@linli/types'

const rules: PointsRules = {
  baseByMode: { onSite: 3, sameDay: 2, difficult: 5, departmental: 1, homeVisit: 4 },
  extraByCategory: { dispute: 2 },
  timelinessBonus: 1,
  ratingPoints: [-2, -1, 0, 1, 3],
  perHour: 2,
}
const due = new Date('2026-03-10T16:00:00Z')
const facts = {
  category: 'repair' as const,
  handlingMode: 'sameDay' as const,
  dueAt: due,
  resolvedAt: new Date('2026-03-10T15:00:00Z'),
  stars: 5,
}

describe('points for a closed request', () => {
  it('adds the base by mode, the timeliness bonus and the rating', () => {
    expect(pointsForClosedRequest(rules, facts)).toEqual({
      points: 6,
      detail: { base: 2, timeliness: 1, rating: 3, hours: 0 },
    })
  })

  it('adds the category extra to the mode base', () => {
    const got = pointsForClosedRequest(rules, {
      ...facts,
      category: 'dispute',
      handlingMode: 'difficult',
    })
    expect(got.detail.base).toBe(7)
    expect(got.points).toBe(11)
  })

  it('gives the bonus when resolved exactly at the due time, not a millisecond later', () => {
    expect(pointsForClosedRequest(rules, { ...facts, resolvedAt: due }).detail.timeliness).toBe(1)
    const late = new Date(due.getTime() + 1)
    expect(pointsForClosedRequest(rules, { ...facts, resolvedAt: late }).detail.timeliness).toBe(0)
    expect(pointsForClosedRequest(rules, { ...facts, resolvedAt: null }).detail.timeliness).toBe(0)
  })

  it('takes the rating points by stars; an unrated auto-close adds nothing', () => {
    expect(pointsForClosedRequest(rules, { ...facts, stars: 1 }).points).toBe(1)
    expect(pointsForClosedRequest(rules, { ...facts, stars: 2 }).detail.rating).toBe(-1)
    expect(pointsForClosedRequest(rules, { ...facts, stars: 3 }).detail.rating).toBe(0)
    expect(pointsForClosedRequest(rules, { ...facts, stars: 4 }).detail.rating).toBe(1)
    expect(pointsForClosedRequest(rules, { ...facts, stars: null })).toEqual({
      points: 3,
      detail: { base: 2, timeliness: 1, rating: 0, hours: 0 },
    })
  })

  it('has default rules that weigh 想法办 above 当天办', () => {
    const easy = pointsForClosedRequest(DEFAULT_POINTS_RULES, { ...facts, stars: 5 })
    const hard = pointsForClosedRequest(DEFAULT_POINTS_RULES, {
      ...facts,
      handlingMode: 'difficult',
      stars: 5,
    })
    expect(easy.points).toBe(5)
    expect(hard.points).toBe(8)
  })
})

describe('default points rules', () => {
  it('adds the dispute extra and takes two points for one star', () => {
    expect(
      pointsForClosedRequest(DEFAULT_POINTS_RULES, {
        ...facts,
        category: 'dispute',
        resolvedAt: null,
        stars: 1,
      }),
    ).toEqual({ points: 2, detail: { base: 4, timeliness: 0, rating: -2, hours: 0 } })
  })

  it('adds the elder-care extra and takes one point for two stars', () => {
    expect(
      pointsForClosedRequest(DEFAULT_POINTS_RULES, { ...facts, category: 'elderCare', stars: 2 }),
    ).toEqual({ points: 3, detail: { base: 3, timeliness: 1, rating: -1, hours: 0 } })
  })
})

describe('points for logged service', () => {
  it('pays per hour', () => {
    expect(pointsForLoggedService(rules, 1.5)).toEqual({
      points: 3,
      detail: { base: 0, timeliness: 0, rating: 0, hours: 3 },
    })
    expect(pointsForLoggedService({ ...rules, perHour: 3 }, 2.5).points).toBe(7.5)
  })
})
