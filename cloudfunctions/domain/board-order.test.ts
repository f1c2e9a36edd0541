import { byBoardOrder, withSpecialtiesFirst } from './board-order'

const NOW = new Date('2026-11-26T08:00:00Z')
const hours = (h: number) => new Date(NOW.getTime() + h * 3_600_000)
const item = (
  _id: string,
  {
    dueIn = 5,
    urgency = 'normal' as 'normal' | 'urgent',
    createdAgo = 1,
    status = 'open',
    kinds = [] as string[],
  } = {},
) => ({
  _id,
  status,
  dueAt: hours(dueIn),
  urgency,
  createdAt: hours(-createdAgo),
  suggestedTeamKinds: kinds,
})

describe('byBoardOrder: overdue first, then urgent, then the nearest due time (DESIGN §3)', () => {
  const order = byBoardOrder(NOW)

  it('sorts a board', () => {
    const board = [
      item('on-time-normal-late', { dueIn: 9 }),
      item('on-time-urgent', { dueIn: 9, urgency: 'urgent' }),
      item('overdue-normal', { dueIn: -1 }),
      item('on-time-normal-soon', { dueIn: 2 }),
      item('overdue-urgent', { dueIn: -1, urgency: 'urgent' }),
      item('resolved-past-due', { dueIn: -3, status: 'resolved' }),
    ]
    expect([...board].sort(order).map((r) => r._id)).toEqual([
      'overdue-urgent',
      'overdue-normal',
      'on-time-urgent',
      'resolved-past-due',
      'on-time-normal-soon',
      'on-time-normal-late',
    ])
  })

  it.each([
    ['overdue before urgent', item('a', { dueIn: -1 }), item('b', { urgency: 'urgent' })],
    ['urgent before normal', item('a', { urgency: 'urgent', dueIn: 9 }), item('b', { dueIn: 1 })],
    ['nearer due before later', item('b', { dueIn: 1 }), item('a', { dueIn: 2 })],
    ['newer before older', item('b', { createdAgo: 1 }), item('a', { createdAgo: 2 })],
    ['then by id', item('a'), item('b')],
  ])('%s, both ways round', (_name, first, second) => {
    expect(order(first, second)).toBeLessThan(0)
    expect(order(second, first)).toBeGreaterThan(0)
  })

  it('compares ids as -1, 1 and 0', () => {
    expect(order(item('a'), item('b'))).toBe(-1)
    expect(order(item('b'), item('a'))).toBe(1)
    expect(order(item('a'), item('a'))).toBe(0)
  })
})

describe('withSpecialtiesFirst: a member’s specialties rise within the same rank (亮特长)', () => {
  const order = withSpecialtiesFirst(['skills'], NOW)

  it('puts a fitting request first, but never above a higher rank', () => {
    const board = [
      item('other', { dueIn: 1, kinds: ['legal'] }),
      item('fits', { dueIn: 3, kinds: ['legal', 'skills'] }),
      item('overdue-other', { dueIn: -1, kinds: ['legal'] }),
      item('fits-later', { dueIn: 4, kinds: ['skills'] }),
    ]
    expect([...board].sort(order).map((r) => r._id)).toEqual([
      'overdue-other',
      'fits',
      'fits-later',
      'other',
    ])
  })

  it('falls back to the board order between two that fit', () => {
    const a = item('a', { kinds: ['skills'] })
    const b = item('b', { kinds: ['skills'] })
    expect(order(a, b)).toBe(-1)
    expect(order(b, a)).toBe(1)
  })
})
