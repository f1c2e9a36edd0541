import {
  eligibility,
  isElderly,
  mayCancelBooking,
  placesLeft,
  serviceHoursOf,
  slotOpen,
} from './booking-rules'

const at = (iso: string) => new Date(iso)
const slot = {
  startsAt: at('2026-12-05T01:00:00Z'),
  endsAt: at('2026-12-05T03:00:00Z'),
  capacity: 3,
  booked: 0,
  attendanceMarkedAt: null,
}

describe('who may book', () => {
  const resident = { homeGridId: 'grid-1', birthYear: 1980 }
  it('lets everyone book an offering for everyone, a newcomer without a home too', () => {
    expect(eligibility({ kind: 'everyone' }, resident, '2026-12-05')).toEqual({ ok: true })
    expect(
      eligibility({ kind: 'everyone' }, { homeGridId: null, birthYear: null }, '2026-12-05'),
    ).toEqual({ ok: true })
  })
  it('keeps a grid’s offering to the residents of that grid', () => {
    expect(eligibility({ kind: 'grid', gridId: 'grid-1' }, resident, '2026-12-05')).toEqual({
      ok: true,
    })
    expect(eligibility({ kind: 'grid', gridId: 'grid-2' }, resident, '2026-12-05')).toEqual({
      ok: false,
      reason: 'grid',
    })
    expect(
      eligibility(
        { kind: 'grid', gridId: 'grid-1' },
        { ...resident, homeGridId: null },
        '2026-12-05',
      ),
    ).toEqual({ ok: false, reason: 'grid' })
  })
  it('keeps an offering for the elderly to people of 60 and over this year', () => {
    expect(isElderly(1966, '2026-01-01')).toBe(true)
    expect(isElderly(1967, '2026-12-31')).toBe(false)
    expect(isElderly(null, '2026-12-31')).toBe(false)
    expect(eligibility({ kind: 'elderly' }, resident, '2026-12-05')).toEqual({
      ok: false,
      reason: 'elderly',
    })
    expect(
      eligibility({ kind: 'elderly' }, { ...resident, birthYear: 1950 }, '2026-12-05'),
    ).toEqual({ ok: true })
  })
})

describe('booking capacity and the slot’s window', () => {
  it('counts the places left, never below zero', () => {
    expect(placesLeft({ capacity: 3, booked: 0 })).toBe(3)
    expect(placesLeft({ capacity: 3, booked: 2 })).toBe(1)
    expect(placesLeft({ capacity: 3, booked: 3 })).toBe(0)
    expect(placesLeft({ capacity: 3, booked: 5 })).toBe(0)
  })
  it('takes bookings until the slot ends and until attendance is marked', () => {
    expect(slotOpen(slot, at('2026-12-04T00:00:00Z'))).toBe(true)
    expect(slotOpen(slot, at('2026-12-05T02:59:59Z'))).toBe(true)
    expect(slotOpen(slot, at('2026-12-05T03:00:00Z'))).toBe(false)
    expect(
      slotOpen(
        { ...slot, attendanceMarkedAt: at('2026-12-04T00:00:00Z') },
        at('2026-12-04T00:00:01Z'),
      ),
    ).toBe(false)
  })
  it('lets a booking be cancelled only before the slot starts', () => {
    expect(mayCancelBooking(slot, at('2026-12-05T00:59:59Z'))).toBe(true)
    expect(mayCancelBooking(slot, at('2026-12-05T01:00:00Z'))).toBe(false)
  })
})

describe('service hours', () => {
  it('rounds the length to whole hours between 1 and 12', () => {
    expect(serviceHoursOf(at('2026-12-05T01:00:00Z'), at('2026-12-05T03:00:00Z'))).toBe(2)
    expect(serviceHoursOf(at('2026-12-05T01:00:00Z'), at('2026-12-05T02:29:00Z'))).toBe(1)
    expect(serviceHoursOf(at('2026-12-05T01:00:00Z'), at('2026-12-05T02:31:00Z'))).toBe(2)
    expect(serviceHoursOf(at('2026-12-05T01:00:00Z'), at('2026-12-05T01:10:00Z'))).toBe(1)
    expect(serviceHoursOf(at('2026-12-05T00:00:00Z'), at('2026-12-06T00:00:00Z'))).toBe(12)
  })
})
