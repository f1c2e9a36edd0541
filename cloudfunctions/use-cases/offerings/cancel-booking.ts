// offerings.cancelBooking: the booker gives their place back before the slot starts. The place is
// released first (a conditional pull), then the booking marked: a retry after a lost answer or a
// crash between the two finishes the job, and a place is never released twice.
import type { ActionOutput, ParsedInput } from '@linli/types'
import { mayCancelBooking } from '../../domain/booking-rules'
import { AppError, notFound } from '../../shared/app-error'
import type { Caller } from '../caller'
import type { Deps } from '../deps'
import { bookingView } from './offering-views'

export const cancelBooking = async (
  input: ParsedInput<'offerings', 'cancelBooking'>,
  caller: Caller,
  deps: Deps,
): Promise<ActionOutput<'offerings', 'cancelBooking'>> => {
  const booking = await deps.offerings.getBooking(input.id)
  // Someone else's booking is not there for the caller at all.
  if (!booking || booking.personId !== caller.personId) throw notFound('booking')
  const now = deps.now()
  if (booking.status === 'cancelled') {
    await deps.offerings.releasePlace(booking.slotId, booking.personId)
    return bookingView(booking, now, false)
  }
  if (booking.status !== 'booked' || !mayCancelBooking(booking, now)) {
    throw new AppError('OFFERING.CLOSED', 'the slot has started or its attendance is marked')
  }
  await deps.writes.spend()
  await deps.offerings.releasePlace(booking.slotId, booking.personId)
  const cancelled = await deps.offerings.cancelBooking(booking._id, now)
  if (cancelled) return bookingView(cancelled, now, false)
  // Marked meanwhile: cancelled by a twin call (fine), or attendance marked (refused).
  const fresh = await deps.offerings.getBooking(booking._id)
  if (fresh?.status === 'cancelled') return bookingView(fresh, now, false)
  await deps.writes.refund()
  throw new AppError('OFFERING.CLOSED', 'the attendance of the slot was marked meanwhile')
}
