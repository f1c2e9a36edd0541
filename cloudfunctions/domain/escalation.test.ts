import {
  AUTO_CLOSE_AFTER_DAYS,
  autoCloseDue,
  ESCALATE_TO_STAFF_AFTER_HOURS,
  escalationDue,
} from './escalation'

const HOUR = 3_600_000
const dueAt = new Date('2026-11-26T10:00:00Z')
const later = (hours: number) => new Date(dueAt.getTime() + hours * HOUR)

describe('escalation (DESIGN §3): the grid leader at once, staff a day later', () => {
  it('waits for 24 hours and 7 days', () => {
    expect(ESCALATE_TO_STAFF_AFTER_HOURS).toBe(24)
    expect(AUTO_CLOSE_AFTER_DAYS).toBe(7)
  })

  it.each([
    [0, 0],
    [0.001, 1],
    [23.999, 1],
    [24, 2],
    [100, 2],
  ])('%s hours past due → level %s', (hours, level) => {
    expect(escalationDue({ status: 'inProgress', dueAt }, later(hours))).toBe(level)
  })

  it('never escalates a request no longer active', () => {
    expect(escalationDue({ status: 'resolved', dueAt }, later(100))).toBe(0)
  })
})

describe('autoCloseDue', () => {
  const resolvedAt = dueAt
  it.each([
    ['resolved a week ago', { status: 'resolved', resolvedAt }, 7 * 24, true],
    [
      'resolved a moment short of a week',
      { status: 'resolved', resolvedAt },
      7 * 24 - 0.001,
      false,
    ],
    ['already closed', { status: 'closed', resolvedAt }, 30 * 24, false],
    ['reopened after its resolution', { status: 'reopened', resolvedAt }, 30 * 24, false],
    ['resolved with no time recorded', { status: 'resolved', resolvedAt: null }, 30 * 24, false],
  ])('%s → %s', (_name, request, hours, expected) => {
    expect(autoCloseDue(request, later(hours as number))).toBe(expected)
  })
})
