// Entry of the `offerings` cloud function: 供需菜单's supply side — publish, menu, book, attendance.
import { offeringsApi } from '@linli/types/api/functions/offerings'
import { composeDeps } from '../../shared/compose'
import { createMain, type Handlers, type ReadAhead } from '../../shared/entry'
import { offeringIdOfSlot } from '../../use-cases/offerings/booking-ids'
import { bookSlot } from '../../use-cases/offerings/book-slot'
import { cancelBooking } from '../../use-cases/offerings/cancel-booking'
import { listBookings } from '../../use-cases/offerings/list-bookings'
import { listOfferings } from '../../use-cases/offerings/list-offerings'
import { markAttendance } from '../../use-cases/offerings/mark-attendance'
import { publishOffering } from '../../use-cases/offerings/publish-offering'

export const handlers: Handlers<'offerings'> = {
  publish: publishOffering,
  list: listOfferings,
  book: bookSlot,
  cancelBooking,
  bookings: listBookings,
  markAttendance,
}

/** What a call names by id is read while its caller is looked up (≤ 4 round trips in sequence). */
const readAhead: ReadAhead<'offerings'> = (action, input, _openid, deps) => {
  const fields = input as {
    slotId?: unknown
    id?: unknown
    provider?: { kind: string; id: string }
  }
  if (typeof fields.slotId === 'string') {
    deps.offerings.readAheadSlot(fields.slotId)
    const offeringId = offeringIdOfSlot(fields.slotId)
    if (offeringId) deps.offerings.readAheadOffering(offeringId)
  }
  if (action === 'cancelBooking' && typeof fields.id === 'string') {
    deps.offerings.readAheadBooking(fields.id)
  }
  if (action === 'publish' && fields.provider) {
    if (fields.provider.kind === 'team') deps.org.readAheadTeam(fields.provider.id)
    else deps.org.readAheadUnit(fields.provider.id)
  }
}

export const main = createMain(
  'offerings',
  offeringsApi,
  handlers,
  () => composeDeps(),
  undefined,
  readAhead,
)
