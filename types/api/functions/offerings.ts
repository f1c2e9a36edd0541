// The `offerings` function's actions: input schema → output schema → roles allowed.
import { action, PROVIDERS } from '../spec'
import * as offerings from '../offerings'

export const offeringsApi = {
  publish: action(offerings.publishInputSchema, offerings.offeringViewSchema, PROVIDERS, 'write'),
  list: action(offerings.listOfferingsInputSchema, offerings.listOfferingsOutputSchema, 'anyone'),
  book: action(offerings.bookInputSchema, offerings.bookingViewSchema, 'anyone', 'write'),
  cancelBooking: action(
    offerings.cancelBookingInputSchema,
    offerings.bookingViewSchema,
    'anyone',
    'write',
  ),
  bookings: action(offerings.bookingsInputSchema, offerings.bookingsOutputSchema, 'anyone'),
  markAttendance: action(
    offerings.markAttendanceInputSchema,
    offerings.markAttendanceOutputSchema,
    PROVIDERS,
    'write',
  ),
} as const
