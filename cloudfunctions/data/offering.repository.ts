// Offerings (供给), their slots and bookings: inserts once, the atomic place counters, lists. No rules.
import {
  bookingDocSchema,
  offeringDocSchema,
  offeringSlotDocSchema,
  type BookingDoc,
  type OfferingCategory,
  type OfferingDoc,
  type OfferingSlotDoc,
  type Page,
  type Person,
} from '@linli/types'
import type { Database } from '../shared/cloudbase'
import { COLLECTIONS } from './collections'
import { pageOf } from './paging'
import { parseAll as parsePersons } from './person.repository'
import { insertOnce, listWhere, readAheadOf, readOne, updateWhere } from './store-helpers'

type PageInput = { limit: number; cursor?: string | undefined }
const parseWith =
  <T>(schema: { parse: (raw: unknown) => T }) =>
  (raws: readonly unknown[]) =>
    raws.map((raw) => schema.parse(raw))

/** Bookings that hold or held a place at the slot (a cancelled one is out of the provider's list). */
const LIVE: BookingDoc['status'][] = ['booked', 'attended', 'absent']

export const createOfferingRepository = (db: Database) => {
  const _ = db.command
  const slots = () => db.collection(COLLECTIONS.offeringSlots)
  const bookings = () => db.collection(COLLECTIONS.bookings)
  const updated = (res: unknown) => (res as { updated?: number }).updated ?? 0
  const offering = readAheadOf((id: string) =>
    readOne(db, COLLECTIONS.offerings, id, offeringDocSchema),
  )
  const slot = readAheadOf((id: string) =>
    readOne(db, COLLECTIONS.offeringSlots, id, offeringSlotDocSchema),
  )
  const booking = readAheadOf((id: string) =>
    readOne(db, COLLECTIONS.bookings, id, bookingDocSchema),
  )
  return {
    insertOffering: (doc: OfferingDoc) =>
      insertOnce(db, COLLECTIONS.offerings, doc, offeringDocSchema),
    insertSlot: (doc: OfferingSlotDoc) =>
      insertOnce(db, COLLECTIONS.offeringSlots, doc, offeringSlotDocSchema),
    getOffering: offering.read,
    getSlot: slot.read,
    /** Start reading what the call is about to need, while its caller is looked up. */
    readAheadOffering: offering.start,
    readAheadSlot: slot.start,
    readAheadBooking: booking.start,

    /** The menu, newest first; by category, or only these providers' offerings. */
    page: (
      q: { communityId: string; category?: OfferingCategory; providerIds?: readonly string[] },
      page: PageInput,
    ): Promise<Page<OfferingDoc>> => {
      const filter: Record<string, unknown> = { communityId: q.communityId }
      if (q.providerIds) filter['provider.id'] = _.in([...q.providerIds])
      if (q.category) filter.category = q.category
      return pageOf(db, COLLECTIONS.offerings, filter, page, parseWith(offeringDocSchema))
    },

    /** The slots of a page of offerings (each has up to 20), in time order. */
    slotsOf: (offeringIds: readonly string[]): Promise<OfferingSlotDoc[]> =>
      offeringIds.length === 0
        ? Promise.resolve([])
        : listWhere(
            db,
            COLLECTIONS.offeringSlots,
            { offeringId: _.in([...offeringIds]) },
            offeringSlotDocSchema,
            { field: 'startsAt', direction: 'asc' },
          ),

    /**
     * Takes one place for `personId`: one conditional write on the slot, so capacity and one
     * booking per person hold together under any number of parallel bookings.
     */
    takePlace: async (slot: OfferingSlotDoc, personId: string): Promise<boolean> =>
      updated(
        await slots()
          .where({
            _id: slot._id,
            booked: _.lt(slot.capacity),
            bookers: _.neq(personId),
            attendanceMarkedAt: null,
          })
          .update({ booked: _.inc(1), bookers: _.push([personId]) }),
      ) === 1,

    /** Gives `personId`'s place back; false when they held none (a retried cancel). */
    releasePlace: async (slotId: string, personId: string): Promise<boolean> =>
      updated(
        await slots()
          .where({ _id: slotId, bookers: personId, attendanceMarkedAt: null })
          .update({ booked: _.inc(-1), bookers: _.pull(personId) }),
      ) === 1,

    /** Closes the slot to bookings and cancellations (the first marking's time is kept). */
    closeSlot: async (slotId: string, at: Date): Promise<void> => {
      await slots()
        .where({ _id: slotId, attendanceMarkedAt: null })
        .update({ attendanceMarkedAt: at })
    },

    /** The members of a team or a unit (tens): who may be credited with serving its offering. */
    membersOf: async (
      communityId: string,
      provider: OfferingDoc['provider'],
    ): Promise<Person[]> => {
      const field = provider.kind === 'team' ? 'member.teamIds' : 'member.unitId'
      const res = await db
        .collection(COLLECTIONS.persons)
        .where({ communityId, [field]: provider.id })
        .limit(1000)
        .get()
      return parsePersons(res).filter((p) => p.roles.some((r) => r.role === 'member'))
    },

    putBooking: async (doc: BookingDoc): Promise<BookingDoc> => {
      const { _id, ...rest } = bookingDocSchema.parse(doc)
      await bookings().doc(_id).set(rest)
      return doc
    },
    getBooking: booking.read,
    getBookings: (ids: readonly string[]): Promise<BookingDoc[]> =>
      ids.length === 0
        ? Promise.resolve([])
        : listWhere(db, COLLECTIONS.bookings, { _id: _.in([...ids]) }, bookingDocSchema),

    /** Booked → cancelled; null when it was not booked (cancelled already, or attendance marked). */
    cancelBooking: (id: string, at: Date) =>
      updateWhere(
        db,
        COLLECTIONS.bookings,
        id,
        { status: 'booked' },
        { status: 'cancelled', updatedAt: at },
        bookingDocSchema,
      ),

    pageOfPerson: (communityId: string, personId: string, page: PageInput) =>
      pageOf(
        db,
        COLLECTIONS.bookings,
        { communityId, personId },
        page,
        parseWith(bookingDocSchema),
      ),

    /** A slot's bookings for its provider: at most its capacity (200). */
    liveOfSlot: (slotId: string): Promise<BookingDoc[]> =>
      listWhere(db, COLLECTIONS.bookings, { slotId, status: _.in(LIVE) }, bookingDocSchema, {
        field: 'createdAt',
        direction: 'asc',
      }),

    /** Marks who came and, of the slot's other live bookings, who did not. */
    setAttendance: async (
      slotId: string,
      attended: readonly string[],
      at: Date,
    ): Promise<{ attended: number; absent: number }> => {
      const live = { slotId, status: _.in(LIVE) }
      const [came, missed] = await Promise.all([
        attended.length === 0
          ? Promise.resolve(0)
          : bookings()
              .where({ ...live, _id: _.in([...attended]) })
              .update({ status: 'attended', updatedAt: at })
              .then(updated),
        bookings()
          .where({ ...live, _id: _.nin([...attended]) })
          .update({ status: 'absent', updatedAt: at })
          .then(updated),
      ])
      return { attended: came, absent: missed }
    },
  }
}

export type OfferingRepository = ReturnType<typeof createOfferingRepository>
