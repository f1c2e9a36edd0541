import {
  calendarDateSchema,
  checkInDocSchema,
  checkInStatusSchema,
  loggedServiceKindSchema,
  memberBadgeSchema,
  pledgeDocSchema,
  pledgeStatusSchema,
  pointsDetailSchema,
  pointsRulesSchema,
  serviceKindSchema,
  serviceRecordDocSchema,
  serviceStatusSchema,
} from './member'
import { keeps, messages } from '../testing/schema-checks'

const at = new Date('2026-11-26T02:00:00.000Z')

const rules = {
  baseByMode: { onSite: 1, sameDay: 2, difficult: 3, departmental: 4, homeVisit: 5 },
  extraByCategory: { dispute: 2, repair: -1 },
  timelinessBonus: 1,
  ratingPoints: [-2, -1, 0, 1, 2],
  perHour: 1,
}

describe('calendarDateSchema', () => {
  it.each(['2026-01-01', '2026-12-31', '1999-09-09', '2026-10-10', '2026-02-29', '2026-11-20'])(
    'accepts %s',
    (d) => {
      expect(calendarDateSchema.parse(d)).toBe(d)
    },
  )
  it.each([
    '2026-00-01',
    '2026-13-01',
    '2026-01-00',
    '2026-01-32',
    '2026-01-40',
    '2026-1-01',
    '2026-01-1',
    '26-01-01',
    'x2026-01-01',
    '2026-01-01x',
    '20261-01-01',
    'abcd-01-01',
    '2026/01/01',
    '2026-01-01 ',
    '2026-20-01',
    '2026-01-41',
    '2026-01-0a',
    '2026-0a-01',
  ])('refuses %s with the Chinese message', (d) => {
    expect(messages(calendarDateSchema, d)).toStrictEqual({ '': '日期格式应为 YYYY-MM-DD' })
  })
})

describe('member enums', () => {
  it('lists exactly their members', () => {
    expect(memberBadgeSchema.options).toEqual(['pioneerPost'])
    expect(pledgeStatusSchema.options).toEqual(['open', 'fulfilled', 'notFulfilled'])
    expect(checkInStatusSchema.options).toEqual(['pending', 'approved', 'declined'])
    expect(serviceKindSchema.options).toEqual([
      'request',
      'activity',
      'patrol',
      'homeVisit',
      'other',
      'offering',
    ])
    expect(loggedServiceKindSchema.options).toEqual(['activity', 'patrol', 'homeVisit', 'other'])
    expect(serviceStatusSchema.options).toEqual(['pending', 'verified', 'rejected'])
  })
})

describe('member documents', () => {
  it('keep every field', () => {
    keeps(pledgeDocSchema, {
      _id: 'p1',
      communityId: 'c1',
      memberId: 'm1',
      gridId: null,
      text: '每月走访三户',
      dueDate: '2026-12-31',
      status: 'open',
      progress: [{ note: '走访一户', at }],
      outcomeReason: null,
      createdAt: at,
      updatedAt: at,
    })
    keeps(checkInDocSchema, {
      _id: 'ci1',
      communityId: 'c1',
      openid: 'o1',
      name: '张三',
      unitId: 'u1',
      partyOrgName: '某党支部',
      gridId: 'g1',
      teamIds: ['t1'],
      specialties: ['legal'],
      status: 'pending',
      reason: null,
      createdAt: at,
      reviewedAt: null,
      reviewedBy: null,
    })
    const detail = { base: 1, timeliness: 2, rating: 3, hours: 4 }
    keeps(pointsDetailSchema, detail)
    keeps(serviceRecordDocSchema, {
      _id: 's1',
      communityId: 'c1',
      holderKey: 'member:m1',
      memberId: 'm1',
      gridId: 'g1',
      kind: 'request',
      requestId: 'r1',
      category: 'repair',
      handlingMode: 'onSite',
      note: '修灯',
      hours: 0,
      photo: null,
      status: 'verified',
      points: 5,
      detail,
      at,
      month: '2026-11',
      reviewedBy: 'm2',
      reason: null,
      createdAt: at,
    })
  })
  it('refuses negative hours', () => {
    expect(serviceRecordDocSchema.shape.hours.safeParse(-0.5).success).toBe(false)
  })
})

describe('pointsRulesSchema', () => {
  it('keeps a complete rule set', () => {
    keeps(pointsRulesSchema, rules)
    keeps(pointsRulesSchema, { ...rules, extraByCategory: {} })
  })
  it('bounds points to whole numbers from -100 to 100', () => {
    const timely = (n: number) =>
      pointsRulesSchema.safeParse({ ...rules, timelinessBonus: n }).success
    expect(timely(100)).toBe(true)
    expect(timely(-100)).toBe(true)
    expect(timely(101)).toBe(false)
    expect(timely(-101)).toBe(false)
    expect(timely(1.5)).toBe(false)
  })
  it('takes exactly five rating points', () => {
    expect(pointsRulesSchema.safeParse({ ...rules, ratingPoints: [1, 2, 3, 4] }).success).toBe(
      false,
    )
    expect(
      pointsRulesSchema.safeParse({ ...rules, ratingPoints: [1, 2, 3, 4, 5, 6] }).success,
    ).toBe(false)
  })
  it('refuses unknown keys at every level', () => {
    expect(pointsRulesSchema.safeParse({ ...rules, extra: 1 }).success).toBe(false)
    expect(
      pointsRulesSchema.safeParse({ ...rules, baseByMode: { ...rules.baseByMode, other: 1 } })
        .success,
    ).toBe(false)
    expect(pointsRulesSchema.safeParse({ ...rules, extraByCategory: { nope: 1 } }).success).toBe(
      false,
    )
  })
  it('names every category as an optional extra', () => {
    const shape = pointsRulesSchema.shape.extraByCategory.shape
    expect(Object.keys(shape)).toEqual([
      'sanitation',
      'repair',
      'heating',
      'greening',
      'security',
      'dispute',
      'legal',
      'medical',
      'elderCare',
      'education',
      'culture',
      'roads',
      'other',
    ])
    expect(
      pointsRulesSchema.safeParse({ ...rules, extraByCategory: { dispute: 101 } }).success,
    ).toBe(false)
  })
})
