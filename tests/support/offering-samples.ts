// The samples of `offerings` and `activities` for action-samples.ts (bench and query plans): one
// realistic call per action, as the person who would make it, on the target it needs.
import { key } from './drive'
import { activity, atTheDoor, booked, inHours, part, signedUp, slot } from './offering-drive'
import type { Stack } from './stack'

export type OfferingState = 'slot' | 'booking' | 'activity' | 'signedUp' | 'atTheDoor'

export const isOfferingState = (state: string): state is OfferingState =>
  Object.hasOwn(OFFERING_STATES, state)

export const OFFERING_STATES: Record<OfferingState, (stack: Stack) => Promise<string>> = {
  slot,
  booking: booked,
  activity,
  signedUp,
  atTheDoor,
}

const R = 'demo-resident'
const CAPTAIN = 'demo-captain'
const STAFF = 'demo-staff'

interface Sample {
  fn: string
  action: string
  variant: string
  who: string
  state: OfferingState | null
  data: (id: string) => Record<string, unknown>
}
const s = (
  fn: string,
  action: string,
  who: string,
  state: OfferingState | null,
  data: Sample['data'],
  variant = '',
): Sample => ({ fn, action, variant, who, state, data })

// prettier-ignore
export const OFFERING_SAMPLES: Sample[] = [
  s('offerings', 'publish', CAPTAIN, null, () => ({ title: '周末义诊', category: 'clinic',
    provider: { kind: 'team', id: 'team-medical' }, audience: { kind: 'everyone' },
    slots: [{ startsAt: inHours(24), endsAt: inHours(26), place: '社区服务中心', capacity: 20 }],
    clientRequestId: key() })),
  s('offerings', 'list', R, null, () => ({})),
  s('offerings', 'list', R, null, () => ({ category: 'clinic' }), 'category'),
  s('offerings', 'list', CAPTAIN, null, () => ({ mine: true }), 'provider, mine'),
  s('offerings', 'book', R, 'slot', (slotId) => ({ slotId, clientRequestId: key() })),
  s('offerings', 'cancelBooking', R, 'booking', (j) => ({ id: part(j, 1), clientRequestId: key() })),
  s('offerings', 'bookings', R, null, () => ({}), 'mine'),
  s('offerings', 'bookings', CAPTAIN, 'booking', (j) => ({ slotId: part(j, 0) }), 'provider, slot'),
  s('offerings', 'markAttendance', CAPTAIN, 'booking', (j) => ({ slotId: part(j, 0),
    attended: [part(j, 1)], clientRequestId: key() })),
  s('activities', 'create', STAFF, null, () => ({ title: '名师大讲堂', startsAt: inHours(48),
    endsAt: inHours(50), place: '社区党群服务中心', capacity: 100, signUpDeadline: inHours(40),
    clientRequestId: key() })),
  s('activities', 'list', R, null, () => ({})),
  s('activities', 'list', STAFF, null, () => ({ organised: true }), 'organiser'),
  s('activities', 'signUp', R, 'activity', (id) => ({ id, clientRequestId: key() })),
  s('activities', 'cancelSignUp', R, 'signedUp', (id) => ({ id, clientRequestId: key() })),
  s('activities', 'checkInCode', STAFF, 'activity', (id) => ({ id })),
  s('activities', 'checkIn', R, 'atTheDoor', (j) => ({ id: part(j, 0), window: Number(part(j, 1)),
    code: part(j, 2), clientRequestId: key() })),
]
