// Entry of the `offerings` cloud function: 供需菜单's supply side — publish, menu, book, attendance.
import { composeDeps } from '../../shared/compose'
import { createMain, type Handlers } from '../../shared/entry'
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

export const main = createMain('offerings', handlers, () => composeDeps())
