// offerings.book: a resident books one slot. One conditional write on the slot takes the place —
// only while one is left and the person holds none — so 50 parallel bookings never overbook and
// nobody books a slot twice. The booking document follows; a retry writes it if it was lost.
import {
  chinaDateOf,
  type ActionOutput,
  type BookingDoc,
  type OfferingDoc,
  type OfferingSlotDoc,
  type ParsedInput,
} from '@linli/types'
import { eligibility, placesLeft, slotOpen } from '../../domain/booking-rules'
import { AppError, forbidden, notFound } from '../../shared/app-error'
import type { Caller } from '../caller'
import type { Deps } from '../deps'
import { bookingIdOf } from './booking-ids'
import { bookingView } from './offering-views'
import { bookerOf } from './provider-access'

type Input = ParsedInput<'offerings', 'book'>

const closed = () => new AppError('OFFERING.CLOSED', 'the slot takes no more bookings')

const bookingFor = (
  slot: OfferingSlotDoc,
  offering: OfferingDoc,
  caller: Caller,
  input: Input,
  now: Date,
): BookingDoc => ({
  _id: bookingIdOf(slot._id, caller.personId ?? ''),
  communityId: slot.communityId,
  offeringId: offering._id,
  slotId: slot._id,
  personId: caller.personId ?? '',
  name: caller.person?.name ?? '',
  phone: caller.person?.phone ?? null,
  status: 'booked',
  title: offering.title,
  category: offering.category,
  providerName: offering.provider.name,
  startsAt: slot.startsAt,
  endsAt: slot.endsAt,
  place: slot.place,
  clientRequestId: input.clientRequestId,
  createdAt: now,
  updatedAt: now,
})

/** The caller holds a place already: their retry, a lost booking document, or a second booking. */
const alreadyHolding = async (
  slot: OfferingSlotDoc,
  offering: OfferingDoc,
  caller: Caller,
  input: Input,
  deps: Deps,
) => {
  const now = deps.now()
  const existing = await deps.offerings.getBooking(bookingIdOf(slot._id, caller.personId ?? ''))
  if (!existing) {
    // The place was taken but the document never written (a crash between the two): write it.
    return bookingView(
      await deps.offerings.putBooking(bookingFor(slot, offering, caller, input, now)),
      now,
      false,
    )
  }
  if (existing.status !== 'cancelled' && existing.clientRequestId === input.clientRequestId) {
    return bookingView(existing, now, false)
  }
  throw new AppError('OFFERING.ALREADY_BOOKED', 'one booking per person and slot')
}

export const bookSlot = async (
  input: Input,
  caller: Caller,
  deps: Deps,
): Promise<ActionOutput<'offerings', 'book'>> => {
  const personId = caller.personId
  if (!personId || !caller.person) throw forbidden('verify your household before booking')
  const slot = await deps.offerings.getSlot(input.slotId)
  if (!slot || slot.communityId !== caller.communityId) throw notFound('slot')
  // Read while the caller was looked up (the slot's id names its offering: see offeringIdOfSlot).
  const offering = await deps.offerings.getOffering(slot.offeringId)
  if (!offering) throw notFound('offering')
  const booker = bookerOf(caller)
  const now = deps.now()
  if (!eligibility(offering.audience, booker, chinaDateOf(now)).ok) {
    throw new AppError('OFFERING.NOT_ELIGIBLE', 'the offering is for other residents')
  }
  if (slot.bookers.includes(personId)) return alreadyHolding(slot, offering, caller, input, deps)
  if (!slotOpen(slot, now)) throw closed()
  if (placesLeft(slot) === 0) throw new AppError('OFFERING.SLOT_FULL', 'every place is taken')
  await deps.writes.spend()
  if (await deps.offerings.takePlace(slot, personId)) {
    const booking = bookingFor(slot, offering, caller, input, now)
    return bookingView(await deps.offerings.putBooking(booking), now, false)
  }
  await deps.writes.refund()
  // The write found the slot changed: decide on it as it is now.
  const fresh = await deps.offerings.getSlot(slot._id)
  if (!fresh || !slotOpen(fresh, now)) throw closed()
  if (fresh.bookers.includes(personId)) return alreadyHolding(fresh, offering, caller, input, deps)
  throw new AppError('OFFERING.SLOT_FULL', 'every place is taken')
}
