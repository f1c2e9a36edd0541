// Answers built field by field from stored activities: no participant, no organiser's person, and
// never the check-in secret; plus the mac over that secret that the code rules are given.
import { createHmac } from 'node:crypto'
import type { ActivityDoc, ActivityView, SignUpDoc } from '@linli/types'
import { isStaff } from '../../domain/actor'
import { activityPhase, type Mac } from '../../domain/check-in-code'
import { placesLeft } from '../../domain/booking-rules'
import type { Caller } from '../caller'

export const manages = (caller: Caller, activity: ActivityDoc): boolean =>
  isStaff(caller.roles) || activity.organiser.personId === caller.personId

/** HMAC-SHA256 keyed by the activity's own secret. */
export const macOf =
  (activity: ActivityDoc): Mac =>
  (message) =>
    createHmac('sha256', Buffer.from(activity.checkInSecret, 'hex')).update(message).digest('hex')

export const activityView = (
  doc: ActivityDoc,
  caller: Caller,
  mine: SignUpDoc | null,
  now: Date,
): ActivityView => ({
  id: doc._id,
  title: doc.title,
  description: doc.description,
  startsAt: doc.startsAt.toISOString(),
  endsAt: doc.endsAt.toISOString(),
  place: doc.place,
  capacity: doc.capacity,
  signedUp: doc.signedUp,
  left: placesLeft({ capacity: doc.capacity, booked: doc.signedUp }),
  signUpDeadline: doc.signUpDeadline.toISOString(),
  hours: doc.hours,
  organiserName: doc.organiser.name,
  phase: activityPhase(doc, now),
  mySignUp: mine
    ? { id: mine._id, status: mine.status, checkedIn: mine.checkedInAt !== null }
    : null,
  manages: manages(caller, doc),
  createdAt: doc.createdAt.toISOString(),
})
