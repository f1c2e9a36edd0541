// 供需菜单 rules (issue 11): who may book an offering, when a slot takes bookings and cancellations,
// how many places are left, and how many hours a slot or an activity counts for. No I/O, no clock.
import { ELDERLY_AGE, type OfferingAudience } from '@linli/types'

export interface Booker {
  /** The grid of the person's household, null when they have none. */
  homeGridId: string | null
  birthYear: number | null
}

export type Eligibility = { ok: true } | { ok: false; reason: 'grid' | 'elderly' }

/** Age as the calendar year of `today` (China date `YYYY-MM-DD`) minus the year of birth. */
export const isElderly = (birthYear: number | null, today: string): boolean =>
  birthYear !== null && Number(today.slice(0, 4)) - birthYear >= ELDERLY_AGE

export const eligibility = (
  audience: OfferingAudience,
  booker: Booker,
  today: string,
): Eligibility => {
  switch (audience.kind) {
    case 'everyone':
      return { ok: true }
    case 'grid':
      return booker.homeGridId === audience.gridId ? { ok: true } : { ok: false, reason: 'grid' }
    case 'elderly':
      return isElderly(booker.birthYear, today) ? { ok: true } : { ok: false, reason: 'elderly' }
  }
}

export interface SlotFacts {
  startsAt: Date
  endsAt: Date
  capacity: number
  booked: number
  attendanceMarkedAt: Date | null
}

/** Bookable until the slot ends (walk-ins during a clinic book at the door) and attendance is marked. */
export const slotOpen = (slot: SlotFacts, now: Date): boolean =>
  slot.attendanceMarkedAt === null && now.getTime() < slot.endsAt.getTime()

/** A booking can be given back until the slot starts, while attendance is not yet marked. */
export const mayCancelBooking = (slot: Pick<SlotFacts, 'startsAt'>, now: Date): boolean =>
  now.getTime() < slot.startsAt.getTime()

export const placesLeft = (slot: Pick<SlotFacts, 'capacity' | 'booked'>): number =>
  Math.max(0, slot.capacity - slot.booked)

const HOUR_MS = 3_600_000
/** Service hours are whole hours (纪实 forms count so): the length rounded, at least 1, at most 12. */
export const serviceHoursOf = (startsAt: Date, endsAt: Date): number =>
  Math.min(12, Math.max(1, Math.round((endsAt.getTime() - startsAt.getTime()) / HOUR_MS)))
