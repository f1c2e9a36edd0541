// Answers built field by field from stored offerings, slots and bookings (never by spreading a
// document): the menu carries no person at all; a booking names its holder only to the provider.
import type {
  BookingDoc,
  BookingView,
  OfferingDoc,
  OfferingSlotDoc,
  OfferingView,
  SlotView,
} from '@linli/types'
import { mayCancelBooking, placesLeft, slotOpen } from '../../domain/booking-rules'

export interface ViewContext {
  now: Date
  gridNames: ReadonlyMap<string, string>
  /** The caller's bookings by slot id. */
  myBookings: ReadonlyMap<string, BookingDoc>
  mayBook: boolean
  provides: boolean
}

export const slotView = (
  slot: OfferingSlotDoc,
  now: Date,
  mine: BookingDoc | undefined,
): SlotView => ({
  id: slot._id,
  startsAt: slot.startsAt.toISOString(),
  endsAt: slot.endsAt.toISOString(),
  place: slot.place,
  capacity: slot.capacity,
  booked: slot.booked,
  left: placesLeft(slot),
  open: slotOpen(slot, now),
  myBooking: mine ? { id: mine._id, status: mine.status } : null,
})

export const offeringView = (
  doc: OfferingDoc,
  slots: readonly OfferingSlotDoc[],
  ctx: ViewContext,
): OfferingView => {
  const audience = doc.audience
  const gridId = audience.kind === 'grid' ? audience.gridId : null
  return {
    id: doc._id,
    title: doc.title,
    category: doc.category,
    description: doc.description,
    provider: { kind: doc.provider.kind, id: doc.provider.id, name: doc.provider.name },
    audience: {
      kind: audience.kind,
      grid: gridId ? { id: gridId, name: ctx.gridNames.get(gridId) ?? '' } : null,
    },
    mayBook: ctx.mayBook,
    provides: ctx.provides,
    slots: slots.map((s) => slotView(s, ctx.now, ctx.myBookings.get(s._id))),
    createdAt: doc.createdAt.toISOString(),
  }
}

export const bookingView = (doc: BookingDoc, now: Date, showPerson: boolean): BookingView => ({
  id: doc._id,
  status: doc.status,
  offering: {
    id: doc.offeringId,
    title: doc.title,
    category: doc.category,
    providerName: doc.providerName,
  },
  slot: {
    id: doc.slotId,
    startsAt: doc.startsAt.toISOString(),
    endsAt: doc.endsAt.toISOString(),
    place: doc.place,
  },
  person: showPerson ? { name: doc.name, phone: doc.phone } : null,
  mayCancel: doc.status === 'booked' && mayCancelBooking(doc, now),
  createdAt: doc.createdAt.toISOString(),
})
