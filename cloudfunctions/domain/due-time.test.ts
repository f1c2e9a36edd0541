import {
  ACTIVE_REQUEST_STATUSES,
  DEFAULT_DUE_TIME_RULES,
  dueAtFor,
  endOfLocalDay,
  isOverdue,
} from './due-time'

describe('due times (五办)', () => {
  it('ends a sameDay request at the end of the China local day', () => {
    // GIVEN 2026-11-26 15:00 in Beijing (07:00 UTC)
    const now = new Date('2026-11-26T07:00:00Z')
    // WHEN the due time of a 当天办 request is computed
    const due = dueAtFor('sameDay', now, DEFAULT_DUE_TIME_RULES)
    // THEN it is 23:59:59.999 Beijing time that day
    expect(due.toISOString()).toBe('2026-11-26T15:59:59.999Z')
  })

  it('uses the local day, not the UTC day, just after local midnight', () => {
    // GIVEN 00:30 on 27 Nov in Beijing, which is still 26 Nov in UTC
    const now = new Date('2026-11-26T16:30:00Z')
    // WHEN the end of the local day is taken
    // THEN it is the end of 27 Nov local
    expect(endOfLocalDay(now, 0).toISOString()).toBe('2026-11-27T15:59:59.999Z')
  })

  it('adds hours for onSite and homeVisit', () => {
    const now = new Date('2026-11-26T02:00:00Z')
    expect(dueAtFor('onSite', now, DEFAULT_DUE_TIME_RULES).toISOString()).toBe(
      '2026-11-26T06:00:00.000Z',
    )
    expect(dueAtFor('homeVisit', now, DEFAULT_DUE_TIME_RULES).toISOString()).toBe(
      '2026-11-27T02:00:00.000Z',
    )
  })

  it('gives difficult and departmental requests 5 working days, skipping the weekend', () => {
    // GIVEN Friday 2026-11-27 10:00 in Beijing
    const now = new Date('2026-11-27T02:00:00Z')
    // WHEN the due times of 想法办 and 协调办 are computed
    // THEN both end with Friday 4 Dec in Beijing (Mon 30 Nov … Fri 4 Dec)
    expect(dueAtFor('difficult', now, DEFAULT_DUE_TIME_RULES).toISOString()).toBe(
      '2026-12-04T15:59:59.999Z',
    )
    expect(dueAtFor('departmental', now, DEFAULT_DUE_TIME_RULES).toISOString()).toBe(
      '2026-12-04T15:59:59.999Z',
    )
  })

  it('lands a departmental request filed before 国庆 after the holiday', () => {
    // GIVEN Wednesday 2026-09-30 in Beijing; Oct 1–7 off, Sat Oct 10 a make-up working day
    const due = dueAtFor('departmental', new Date('2026-09-30T02:00:00Z'), DEFAULT_DUE_TIME_RULES)
    // THEN Oct 8, 9, 10, 12, 13: the end of Tuesday 13 Oct
    expect(due.toISOString()).toBe('2026-10-13T15:59:59.999Z')
  })

  it('adds calendar days with an endOfDay rule', () => {
    // GIVEN a community that gives 想法办 7 calendar days
    const rules = {
      ...DEFAULT_DUE_TIME_RULES,
      difficult: { kind: 'endOfDay' as const, plusDays: 7 },
    }
    const due = dueAtFor('difficult', new Date('2026-11-26T02:00:00Z'), rules)
    expect(due.toISOString()).toBe('2026-12-03T15:59:59.999Z')
  })

  it('follows a community override of the rules', () => {
    // GIVEN a community that gives 现场办 two hours
    const rules = { ...DEFAULT_DUE_TIME_RULES, onSite: { kind: 'hours' as const, hours: 2 } }
    // WHEN an onSite due time is computed
    const due = dueAtFor('onSite', new Date('2026-11-26T02:00:00Z'), rules)
    // THEN the override applies
    expect(due.toISOString()).toBe('2026-11-26T04:00:00.000Z')
  })

  it('derives overdue only for active requests past due', () => {
    const dueAt = new Date('2026-11-26T10:00:00Z')
    const after = new Date('2026-11-26T10:00:01Z')
    expect(isOverdue({ status: 'open', dueAt }, after)).toBe(true)
    expect(isOverdue({ status: 'open', dueAt }, dueAt)).toBe(false)
    expect(isOverdue({ status: 'closed', dueAt }, after)).toBe(false)
  })
})

describe('the active statuses (DESIGN §3): overdue, escalation and boards all read them', () => {
  const dueAt = new Date('2026-11-26T10:00:00Z')
  const after = new Date('2026-11-27T10:00:00Z')
  it.each([
    ['submitted', true],
    ['open', true],
    ['claimed', true],
    ['assigned', true],
    ['inProgress', true],
    ['reopened', true],
    ['resolved', false],
    ['closed', false],
    ['cancelled', false],
    ['rejected', false],
  ])('a %s request past due is overdue: %s', (status, expected) => {
    expect(isOverdue({ status, dueAt }, after)).toBe(expected)
  })

  it('lists exactly the six', () => {
    expect([...ACTIVE_REQUEST_STATUSES].sort()).toEqual(
      ['submitted', 'open', 'claimed', 'assigned', 'inProgress', 'reopened'].sort(),
    )
  })

  it('gives departmental and difficult requests 5 working days, onSite 4 hours, homeVisit 24', () => {
    expect(DEFAULT_DUE_TIME_RULES).toStrictEqual({
      onSite: { kind: 'hours', hours: 4 },
      sameDay: { kind: 'endOfDay', plusDays: 0 },
      difficult: { kind: 'workingDays', days: 5 },
      departmental: { kind: 'workingDays', days: 5 },
      homeVisit: { kind: 'hours', hours: 24 },
    })
  })
})
