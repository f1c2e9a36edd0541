import {
  evaluationFigures,
  PERIOD_DAYS_MAX,
  medianMinutes,
  medianOf,
  periodBounds,
  rate,
  rateCell,
  requestFigures,
  serviceFigures,
} from './figures'

describe('periodBounds', () => {
  it('covers China days from the first to the last, both included', () => {
    // GIVEN one China day  WHEN bounding it  THEN it runs from 00:00 +08:00 to the next 00:00
    expect(periodBounds({ from: '2026-11-01', to: '2026-11-01' })).toEqual({
      start: new Date('2026-10-31T16:00:00Z'),
      end: new Date('2026-11-01T16:00:00Z'),
    })
  })

  it('refuses a date that is not on the calendar, a reversed period and one too long', () => {
    expect(periodBounds({ from: '2026-02-30', to: '2026-03-01' })).toEqual({ problem: 'date' })
    expect(periodBounds({ from: '2026-1-1', to: '2026-03-01' })).toEqual({ problem: 'date' })
    expect(periodBounds({ from: '2026-03-02', to: '2026-03-01' })).toEqual({ problem: 'order' })
    expect(periodBounds({ from: '2025-01-01', to: '2026-01-02' })).toEqual({ problem: 'length' })
  })

  it(`allows exactly ${PERIOD_DAYS_MAX} days`, () => {
    // 2024 is a leap year: 2024-01-01 … 2024-12-31 is 366 days
    expect(periodBounds({ from: '2024-01-01', to: '2024-12-31' })).toHaveProperty('start')
    expect(periodBounds({ from: '2023-12-31', to: '2024-12-31' })).toEqual({ problem: 'length' })
  })
})

describe('rates', () => {
  it('is a percent with one decimal, and null for an empty period (no 0/0)', () => {
    expect(rate(2, 3)).toBe(66.7)
    expect(rate(1, 8)).toBe(12.5)
    expect(rate(3, 3)).toBe(100)
    expect(rate(0, 4)).toBe(0)
    expect(rate(0, 0)).toBeNull()
  })

  it('writes a CSV cell with a percent sign, empty for no rate', () => {
    expect(rateCell(66.7)).toBe('66.7%')
    expect(rateCell(null)).toBeNull()
  })
})

describe('medians', () => {
  it('takes the middle of an odd list and the mean of the two middles of an even one', () => {
    const min = 60_000
    expect(medianOf([30 * min, 10 * min, 20 * min])).toBe(20)
    expect(medianOf([10 * min, 40 * min, 20 * min, 30 * min])).toBe(25)
    expect(medianOf([])).toBeNull()
  })

  it('rounds to whole minutes and is null without values', () => {
    expect(medianMinutes(2, 60_000, 90_000)).toBe(1) // 75 s → 1 min (1.25 rounds down)
    expect(medianMinutes(2, 60_000, 120_000)).toBe(2) // 90 s → 2 min (1.5 rounds up)
    expect(medianMinutes(0, null, null)).toBeNull()
    expect(medianMinutes(3, null, 5)).toBeNull()
  })
})

describe('requestFigures', () => {
  it('turns counts into the three rates and middles into medians', () => {
    const figures = requestFigures(
      { requests: 4, answeredInTime: 3, resolved: 2, rated: 2, satisfied: 1 },
      { count: 3, low: 600_000, high: 600_000 },
      { count: 2, low: 3_600_000, high: 7_200_000 },
    )
    expect(figures).toEqual({
      requests: 4,
      answeredInTime: 3,
      resolved: 2,
      rated: 2,
      satisfied: 1,
      answeredRate: 75,
      resolvedRate: 50,
      satisfactionRate: 50,
      medianClaimMinutes: 10,
      medianResolveMinutes: 90,
    })
  })

  it('an empty period has zero counts and no rates or medians', () => {
    expect(requestFigures()).toEqual({
      requests: 0,
      answeredInTime: 0,
      resolved: 0,
      rated: 0,
      satisfied: 0,
      answeredRate: null,
      resolvedRate: null,
      satisfactionRate: null,
      medianClaimMinutes: null,
      medianResolveMinutes: null,
    })
  })
})

describe('serviceFigures', () => {
  it('rounds hours and points to one decimal and shares points per member who served', () => {
    expect(serviceFigures({ services: 3, hours: 4.25, points: 10, members: 3 })).toEqual({
      services: 3,
      hours: 4.3,
      points: 10,
      members: 3,
      pointsPerMember: 3.3,
    })
    expect(serviceFigures().pointsPerMember).toBeNull()
  })
})

describe('evaluationFigures', () => {
  it('shows the verdicts and (满意 + 基本满意) ÷ ratings from five ratings on', () => {
    const counts = { ratings: 7, satisfied: 4, basicallySatisfied: 2, dissatisfied: 1, members: 3 }
    expect(evaluationFigures(counts)).toEqual({
      ratings: 7,
      members: 3,
      shown: true,
      satisfied: 4,
      basicallySatisfied: 2,
      dissatisfied: 1,
      satisfactionRate: 85.7,
    })
  })

  it('under five ratings counts them and shows no verdicts (they could be traced)', () => {
    const counts = { ratings: 4, satisfied: 4, basicallySatisfied: 0, dissatisfied: 0, members: 1 }
    expect(evaluationFigures(counts)).toEqual({
      ratings: 4,
      members: 1,
      shown: false,
      satisfied: null,
      basicallySatisfied: null,
      dissatisfied: null,
      satisfactionRate: null,
    })
    expect(evaluationFigures().ratings).toBe(0)
  })
})
