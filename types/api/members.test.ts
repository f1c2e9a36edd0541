import {
  awardBadgeInputSchema,
  cardInputSchema,
  cardOutputSchema,
  checkInViewSchema,
  listMembersInputSchema,
  listMembersOutputSchema,
  logServiceInputSchema,
  memberCardSchema,
  monthSchema,
  myRegistrationInputSchema,
  myRegistrationOutputSchema,
  PLEDGE_TEXT_MAX,
  PLEDGE_TEXT_MIN,
  pledgeInputSchema,
  pledgeViewSchema,
  pointsRulesInputSchema,
  pointsRulesOutputSchema,
  recordsInputSchema,
  recordsOutputSchema,
  registerInputSchema,
  registrationsInputSchema,
  registrationsOutputSchema,
  reviewRegistrationInputSchema,
  serviceRecordViewSchema,
  setPhotoInputSchema,
  setPointsRulesInputSchema,
  summaryInputSchema,
  summaryOutputSchema,
  summaryRowSchema,
  updatePledgeInputSchema,
  verifyServiceInputSchema,
  yearSchema,
} from './members'
import { keeps, messages, ok } from '../testing/schema-checks'

const iso = '2026-11-26T02:00:00.000Z'
const key = 'k'.repeat(8)
const place = { id: 'g1', name: '一网格' }
const rules = {
  baseByMode: { onSite: 1, sameDay: 2, difficult: 3, departmental: 4, homeVisit: 5 },
  extraByCategory: { dispute: 2 },
  timelinessBonus: 1,
  ratingPoints: [-2, -1, 0, 1, 2],
  perHour: 1,
}
const card = {
  id: 'm1',
  name: '张三',
  photo: null,
  kind: 'inService',
  partyOrgName: '某党支部',
  unitName: '某单位',
  post: place,
  teams: [{ id: 't1', name: '法律队', kind: 'legal' }],
  specialties: ['legal'],
  badges: ['pioneerPost'],
}
const pledge = {
  id: 'p1',
  memberId: 'm1',
  text: '每月走访三户',
  dueDate: '2026-12-31',
  status: 'open',
  overdue: false,
  progress: [{ text: '走访一户', at: iso }],
  outcomeReason: null,
  createdAt: iso,
}
const checkIn = {
  id: 'ci1',
  name: '张三',
  unit: { id: 'u1', name: '某单位' },
  partyOrgName: '某党支部',
  grid: place,
  teams: [{ id: 't1', name: '法律队' }],
  specialties: ['legal'],
  status: 'pending',
  reason: null,
  createdAt: iso,
}
const record = {
  id: 's1',
  memberId: 'm1',
  memberName: '张三',
  kind: 'request',
  requestId: 'r1',
  category: 'repair',
  note: '修灯',
  hours: 1,
  hasPhoto: true,
  photoUrl: 'https://tmp/visit.jpg',
  status: 'verified',
  points: 5,
  detail: { base: 1, timeliness: 2, rating: 1, hours: 1 },
  at: iso,
  month: '2026-11',
  reason: null,
}
const summaryRow = {
  memberId: 'm1',
  name: '张三',
  unitName: null,
  services: 2,
  hours: 3,
  points: 10,
  pledgesKept: 1,
  pledgesDue: 2,
}

describe('member views', () => {
  it('keep every field', () => {
    keeps(memberCardSchema, card)
    keeps(pledgeViewSchema, pledge)
    keeps(cardOutputSchema, { card, pledges: [pledge] })
    keeps(listMembersOutputSchema, { grid: place, items: [card] })
    keeps(checkInViewSchema, checkIn)
    keeps(myRegistrationOutputSchema, {
      registration: checkIn,
      member: false,
      choices: {
        units: [{ id: 'u1', name: '某单位' }],
        grids: [place],
        teams: [{ id: 't1', name: '法律队', kind: 'legal' }],
      },
    })
    keeps(registrationsOutputSchema, { items: [checkIn] })
    keeps(serviceRecordViewSchema, record)
    keeps(recordsOutputSchema, { items: [record], nextCursor: null })
    keeps(summaryRowSchema, summaryRow)
    keeps(summaryOutputSchema, {
      period: '2026',
      rows: [summaryRow],
      byMonth: [{ month: '2026-11', points: 10, services: 2, hours: 3 }],
      csv: null,
    })
    keeps(pointsRulesOutputSchema, { rules })
  })
  it('check timestamps', () => {
    expect(ok(pledgeViewSchema, { ...pledge, createdAt: 'now' })).toBe(false)
    expect(ok(pledgeViewSchema, { ...pledge, progress: [{ text: 'x', at: 'now' }] })).toBe(false)
  })
})

describe('member action inputs', () => {
  it('take nothing unknown', () => {
    keeps(cardInputSchema, { memberId: 'm1' })
    keeps(listMembersInputSchema, {})
    keeps(listMembersInputSchema, { gridId: 'g1' })
    keeps(myRegistrationInputSchema, {})
    keeps(pointsRulesInputSchema, {})
    for (const schema of [
      cardInputSchema,
      listMembersInputSchema,
      myRegistrationInputSchema,
      pointsRulesInputSchema,
    ]) {
      expect(ok(schema, { memberId: 'm1', extra: 1 })).toBe(false)
    }
  })

  it('pledge 5 to 200 characters, trimmed', () => {
    expect(PLEDGE_TEXT_MIN).toBe(5)
    expect(PLEDGE_TEXT_MAX).toBe(200)
    const input = { text: '每月走访三', dueDate: '2026-12-31', clientRequestId: key }
    keeps(pledgeInputSchema, input)
    expect(pledgeInputSchema.parse({ ...input, text: ' 每月走访三 ' }).text).toBe('每月走访三')
    expect(messages(pledgeInputSchema, { ...input, text: '每月走访' })).toStrictEqual({
      text: '承诺内容至少 5 个字',
    })
    expect(messages(pledgeInputSchema, { ...input, text: undefined })).toStrictEqual({
      text: '承诺内容至少 5 个字',
    })
    expect(ok(pledgeInputSchema, { ...input, text: '字'.repeat(200) })).toBe(true)
    expect(messages(pledgeInputSchema, { ...input, text: '字'.repeat(201) })).toStrictEqual({
      text: '最多 200 个字',
    })
    expect(ok(pledgeInputSchema, { ...input, clientRequestId: 'k'.repeat(7) })).toBe(false)
    expect(ok(pledgeInputSchema, { ...input, clientRequestId: 'k'.repeat(64) })).toBe(true)
    expect(ok(pledgeInputSchema, { ...input, clientRequestId: 'k'.repeat(65) })).toBe(false)
    expect(ok(pledgeInputSchema, { ...input, extra: 1 })).toBe(false)
  })

  it('update a pledge with progress, fulfilment or a reason', () => {
    const base = { id: 'p1', clientRequestId: key }
    keeps(updatePledgeInputSchema, { ...base, change: { kind: 'progress', text: '走访' } })
    keeps(updatePledgeInputSchema, { ...base, change: { kind: 'fulfilled' } })
    keeps(updatePledgeInputSchema, { ...base, change: { kind: 'notFulfilled', reason: '搬家' } })
    expect(
      messages(updatePledgeInputSchema, { ...base, change: { kind: 'progress', text: '走' } }),
    ).toStrictEqual({ 'change.text': '请写下进展' })
    expect(
      messages(updatePledgeInputSchema, {
        ...base,
        change: { kind: 'progress', text: '走'.repeat(201) },
      }),
    ).toStrictEqual({ 'change.text': '最多 200 个字' })
    expect(
      ok(updatePledgeInputSchema, {
        ...base,
        change: { kind: 'progress', text: '走'.repeat(200) },
      }),
    ).toBe(true)
    expect(
      messages(updatePledgeInputSchema, {
        ...base,
        change: { kind: 'notFulfilled', reason: '搬' },
      }),
    ).toStrictEqual({ 'change.reason': '请写明原因' })
    expect(
      messages(updatePledgeInputSchema, {
        ...base,
        change: { kind: 'notFulfilled', reason: '搬'.repeat(201) },
      }),
    ).toStrictEqual({ 'change.reason': '最多 200 个字' })
    expect(
      ok(updatePledgeInputSchema, {
        ...base,
        change: { kind: 'notFulfilled', reason: '搬'.repeat(200) },
      }),
    ).toBe(true)
    expect(
      ok(updatePledgeInputSchema, { ...base, change: { kind: 'fulfilled', text: '走访' } }),
    ).toBe(false)
    expect(
      ok(updatePledgeInputSchema, { ...base, change: { kind: 'progress', text: '走访', x: 1 } }),
    ).toBe(false)
    expect(
      ok(updatePledgeInputSchema, {
        ...base,
        change: { kind: 'notFulfilled', reason: '搬家', x: 1 },
      }),
    ).toBe(false)
    expect(ok(updatePledgeInputSchema, { ...base, change: { kind: 'fulfilled' }, x: 1 })).toBe(
      false,
    )
    expect(
      ok(updatePledgeInputSchema, { ...base, clientRequestId: 'k', change: { kind: 'fulfilled' } }),
    ).toBe(false)
  })

  it('register with defaults and limits', () => {
    const input = {
      name: '张三',
      unitId: 'u1',
      partyOrgName: '某党支部',
      gridId: 'g1',
      clientRequestId: key,
    }
    expect(registerInputSchema.parse(input)).toStrictEqual({
      ...input,
      teamIds: [],
      specialties: [],
    })
    const full = { ...input, teamIds: ['t1'], specialties: ['legal'] }
    keeps(registerInputSchema, full)
    expect(registerInputSchema.parse({ ...input, name: ' 张三 ' }).name).toBe('张三')
    expect(messages(registerInputSchema, { ...input, name: '张' })).toStrictEqual({
      name: '请填写姓名',
    })
    expect(messages(registerInputSchema, { ...input, name: undefined })).toStrictEqual({
      name: '请填写姓名',
    })
    expect(ok(registerInputSchema, { ...input, name: '张'.repeat(20) })).toBe(true)
    expect(messages(registerInputSchema, { ...input, name: '张'.repeat(21) })).toStrictEqual({
      name: '最多 20 个字',
    })
    expect(messages(registerInputSchema, { ...input, partyOrgName: '某' })).toStrictEqual({
      partyOrgName: '请填写所在党组织',
    })
    expect(ok(registerInputSchema, { ...input, partyOrgName: '某'.repeat(60) })).toBe(true)
    expect(
      messages(registerInputSchema, { ...input, partyOrgName: '某'.repeat(61) }),
    ).toStrictEqual({ partyOrgName: '最多 60 个字' })
    expect(ok(registerInputSchema, { ...input, teamIds: Array(8).fill('t1') })).toBe(true)
    expect(ok(registerInputSchema, { ...input, teamIds: Array(9).fill('t1') })).toBe(false)
    expect(ok(registerInputSchema, { ...input, specialties: Array(8).fill('legal') })).toBe(true)
    expect(ok(registerInputSchema, { ...input, specialties: Array(9).fill('legal') })).toBe(false)
    expect(ok(registerInputSchema, { ...input, extra: 1 })).toBe(false)
  })

  it('list registrations, pending by default', () => {
    expect(registrationsInputSchema.parse({})).toStrictEqual({ status: 'pending' })
    keeps(registrationsInputSchema, { status: 'approved' })
    expect(ok(registrationsInputSchema, { x: 1 })).toBe(false)
  })

  it('review a registration or a service record', () => {
    for (const [schema, yes, no] of [
      [reviewRegistrationInputSchema, 'approve', 'decline'],
      [verifyServiceInputSchema, 'verify', 'reject'],
    ] as const) {
      const base = { id: 'x1', clientRequestId: key }
      keeps(schema, { ...base, decision: { kind: yes } })
      keeps(schema, { ...base, decision: { kind: no, reason: '不符' } })
      expect(messages(schema, { ...base, decision: { kind: no, reason: '不' } })).toStrictEqual({
        'decision.reason': '请写明原因',
      })
      expect(ok(schema, { ...base, decision: { kind: no, reason: '不'.repeat(200) } })).toBe(true)
      expect(
        messages(schema, { ...base, decision: { kind: no, reason: '不'.repeat(201) } }),
      ).toStrictEqual({ 'decision.reason': '最多 200 个字' })
      expect(ok(schema, { ...base, decision: { kind: yes, x: 1 } })).toBe(false)
      expect(ok(schema, { ...base, decision: { kind: no, reason: '不符', x: 1 } })).toBe(false)
      expect(ok(schema, { ...base, decision: { kind: yes }, x: 1 })).toBe(false)
      expect(ok(schema, { ...base, clientRequestId: 'k', decision: { kind: yes } })).toBe(false)
    }
  })

  it('log service in whole hours, 1 to 12', () => {
    const input = {
      kind: 'patrol',
      note: '夜间巡逻',
      hours: 2,
      date: '2026-11-20',
      clientRequestId: key,
    }
    keeps(logServiceInputSchema, input)
    keeps(logServiceInputSchema, { ...input, photo: 'cloud://linli-local/service/m1/a.jpg' })
    expect(logServiceInputSchema.parse({ ...input, note: ' 夜间巡逻 ' }).note).toBe('夜间巡逻')
    expect(messages(logServiceInputSchema, { ...input, note: '夜' })).toStrictEqual({
      note: '请写下服务内容',
    })
    expect(ok(logServiceInputSchema, { ...input, note: '夜'.repeat(200) })).toBe(true)
    expect(messages(logServiceInputSchema, { ...input, note: '夜'.repeat(201) })).toStrictEqual({
      note: '最多 200 个字',
    })
    expect(messages(logServiceInputSchema, { ...input, hours: 1.5 })).toStrictEqual({
      hours: '请填写整数小时',
    })
    expect(ok(logServiceInputSchema, { ...input, hours: 1 })).toBe(true)
    expect(ok(logServiceInputSchema, { ...input, hours: 12 })).toBe(true)
    expect(messages(logServiceInputSchema, { ...input, hours: 0 })).toStrictEqual({
      hours: '至少 1 小时',
    })
    expect(messages(logServiceInputSchema, { ...input, hours: 13 })).toStrictEqual({
      hours: '一次最多 12 小时',
    })
    // A cloud storage file ID only, never an outside URL.
    expect(ok(logServiceInputSchema, { ...input, photo: '' })).toBe(false)
    expect(ok(logServiceInputSchema, { ...input, photo: 'https://x.cn/a.jpg' })).toBe(false)
    expect(ok(logServiceInputSchema, { ...input, photo: `cloud://${'p'.repeat(292)}` })).toBe(true)
    expect(ok(logServiceInputSchema, { ...input, photo: `cloud://${'p'.repeat(293)}` })).toBe(false)
    expect(ok(logServiceInputSchema, { ...input, kind: 'request' })).toBe(false)
    expect(ok(logServiceInputSchema, { ...input, extra: 1 })).toBe(false)
  })

  it('set or remove the member photo: a cloud file ID or null', () => {
    keeps(setPhotoInputSchema, {
      photo: 'cloud://linli-local/members/m1/a.jpg',
      clientRequestId: key,
    })
    keeps(setPhotoInputSchema, { photo: null, clientRequestId: key })
    expect(
      messages(setPhotoInputSchema, { photo: 'http://x.cn/a.jpg', clientRequestId: key }),
    ).toStrictEqual({
      photo: '照片上传不完整，请重新选择',
    })
    expect(ok(setPhotoInputSchema, { clientRequestId: key })).toBe(false)
    expect(ok(setPhotoInputSchema, { photo: null, clientRequestId: key, x: 1 })).toBe(false)
  })

  it('bound years and months', () => {
    expect(ok(yearSchema, 2020)).toBe(true)
    expect(ok(yearSchema, 2100)).toBe(true)
    expect(ok(yearSchema, 2019)).toBe(false)
    expect(ok(yearSchema, 2101)).toBe(false)
    expect(ok(yearSchema, 2020.5)).toBe(false)
    expect(ok(monthSchema, 1)).toBe(true)
    expect(ok(monthSchema, 12)).toBe(true)
    expect(ok(monthSchema, 0)).toBe(false)
    expect(ok(monthSchema, 13)).toBe(false)
    expect(ok(monthSchema, 1.5)).toBe(false)
  })

  it('page records', () => {
    expect(recordsInputSchema.parse({})).toStrictEqual({ limit: 20 })
    const full = { limit: 10, cursor: 'c', memberId: 'm1', gridId: 'g1', status: 'pending' }
    keeps(recordsInputSchema, full)
    expect(ok(recordsInputSchema, { extra: 1 })).toBe(false)
  })

  it('summarise as json by default', () => {
    expect(summaryInputSchema.parse({ year: 2026 })).toStrictEqual({ year: 2026, format: 'json' })
    keeps(summaryInputSchema, {
      year: 2026,
      month: 11,
      memberId: 'm1',
      unitId: 'u1',
      format: 'csv',
    })
    expect(summaryInputSchema.shape.format.removeDefault().options).toEqual(['json', 'csv'])
    expect(ok(summaryInputSchema, { year: 2026, extra: 1 })).toBe(false)
    expect(ok(summaryRowSchema, { ...summaryRow, services: 1.5 })).toBe(false)
    expect(ok(summaryRowSchema, { ...summaryRow, pledgesKept: 1.5 })).toBe(false)
    expect(ok(summaryRowSchema, { ...summaryRow, pledgesDue: 1.5 })).toBe(false)
  })

  it('set points rules and award badges', () => {
    keeps(setPointsRulesInputSchema, { rules, clientRequestId: key })
    expect(ok(setPointsRulesInputSchema, { rules, clientRequestId: key, x: 1 })).toBe(false)
    expect(ok(setPointsRulesInputSchema, { rules, clientRequestId: 'k' })).toBe(false)
    const award = { memberId: 'm1', badge: 'pioneerPost', awarded: true, clientRequestId: key }
    keeps(awardBadgeInputSchema, award)
    expect(ok(awardBadgeInputSchema, { ...award, x: 1 })).toBe(false)
    expect(ok(awardBadgeInputSchema, { ...award, clientRequestId: 'k' })).toBe(false)
  })
})
