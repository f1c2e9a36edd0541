import { byMonthOfYear, monthsOf, rankRows, totalsByMember } from './service-summary'

const records = [
  { memberId: 'm1', month: '2026-03', hours: 1.5, points: 3 },
  { memberId: 'm1', month: '2026-03', hours: 0, points: 5 },
  { memberId: 'm2', month: '2026-04', hours: 2, points: 4 },
  { memberId: null, month: '2026-04', hours: 1, points: 9 },
]

describe('service summary', () => {
  it('totals verified records per member, leaving team records out', () => {
    expect(Object.fromEntries(totalsByMember(records))).toEqual({
      m1: { services: 2, hours: 1.5, points: 8 },
      m2: { services: 1, hours: 2, points: 4 },
    })
  })
  it('gives all twelve months of the year with zeros', () => {
    const months = byMonthOfYear(records.slice(0, 2), 2026)
    expect(months).toHaveLength(12)
    expect(months[0]).toEqual({ month: '2026-01', services: 0, hours: 0, points: 0 })
    expect(months[2]).toEqual({ month: '2026-03', services: 2, hours: 1.5, points: 8 })
  })
  it('ranks by points, then hours, then name', () => {
    const rows = [
      { name: '乙', points: 5, hours: 1 },
      { name: '甲', points: 5, hours: 1 },
      { name: '丙', points: 5, hours: 3 },
      { name: '丁', points: 9, hours: 0 },
    ]
    expect(rankRows(rows).map((r) => r.name)).toEqual(['丁', '丙', '甲', '乙'])
  })
  it('covers one month or a whole year', () => {
    expect(monthsOf(2026, 3)).toEqual(['2026-03'])
    expect(monthsOf(2026)).toHaveLength(12)
    expect(monthsOf(2026)[11]).toBe('2026-12')
  })
})
