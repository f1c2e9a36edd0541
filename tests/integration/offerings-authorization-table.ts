// Who may call what in `offerings` and `activities`: every action × the ten identities of
// authorization.test.ts (same columns), each with the target it needs set up fresh.
import type { API, ErrorCode } from '@linli/types'
import { key } from '../support/drive'
import {
  activity,
  atTheDoor,
  booked,
  inHours,
  part,
  signedUp,
  slot,
} from '../support/offering-drive'
import type { MemberRow } from './members-authorization-table'

type Expected = 'ok' | ErrorCode
const OK = 'ok'
const NF = 'NOT_FOUND'
const FB = 'AUTH.FORBIDDEN'
const NS = 'ACTIVITY.NOT_SIGNED_UP'
const none = async () => ''
const row = (
  setup: MemberRow['setup'],
  data: MemberRow['data'],
  expect: readonly Expected[],
  read = false,
): MemberRow => ({ setup, data, expect, read })

const clinic = () => ({
  title: '义诊',
  category: 'clinic',
  provider: { kind: 'team', id: 'team-medical' },
  audience: { kind: 'everyone' },
  slots: [{ startsAt: inHours(24), endsAt: inHours(25), place: '社区服务中心', capacity: 5 }],
  clientRequestId: key(),
})
const lecture = () => ({
  title: '道德大讲堂',
  startsAt: inHours(48),
  endsAt: inHours(50),
  place: '社区党群服务中心',
  capacity: 50,
  signUpDeadline: inHours(40),
  clientRequestId: key(),
})

// prettier-ignore
export const OFFERING_TABLE: { [F in 'offerings' | 'activities']: Record<keyof (typeof API)[F], MemberRow> } = {
  offerings: {
    //                                                     resident far newcomer member mFar captain leader leader2 liaison staff
    publish: row(none, clinic,                            [FB, FB, FB, FB, FB, OK, FB, FB, FB, OK]),
    list: row(none, () => ({}),                           [OK, OK, OK, OK, OK, OK, OK, OK, OK, OK], true),
    book: row(slot, (slotId) => ({ slotId, clientRequestId: key() }),
                                                          [OK, OK, FB, OK, OK, OK, OK, OK, OK, OK]),
    cancelBooking: row(booked, (j) => ({ id: part(j, 1), clientRequestId: key() }),
                                                          [OK, NF, NF, NF, NF, NF, NF, NF, NF, NF]),
    bookings: row(booked, (j) => ({ slotId: part(j, 0) }),
                                                          [NF, NF, NF, NF, NF, OK, NF, NF, NF, OK], true),
    markAttendance: row(booked, (j) => ({ slotId: part(j, 0), attended: [part(j, 1)], clientRequestId: key() }),
                                                          [FB, FB, FB, FB, FB, OK, FB, NF, NF, OK]),
  },
  activities: {
    create: row(none, lecture,                            [FB, FB, FB, FB, FB, OK, FB, OK, FB, OK]),
    list: row(none, () => ({}),                           [OK, OK, OK, OK, OK, OK, OK, OK, OK, OK], true),
    signUp: row(activity, (id) => ({ id, clientRequestId: key() }),
                                                          [OK, OK, FB, OK, OK, OK, OK, OK, OK, OK]),
    cancelSignUp: row(signedUp, (id) => ({ id, clientRequestId: key() }),
                                                          [OK, NS, NS, NS, NS, NS, NS, NS, NS, NS]),
    checkInCode: row(activity, (id) => ({ id }),          [FB, FB, FB, FB, FB, NF, FB, NF, FB, OK], true),
    checkIn: row(atTheDoor, (j) => ({ id: part(j, 0), window: Number(part(j, 1)), code: part(j, 2), clientRequestId: key() }),
                                                          [OK, NS, NS, NS, NS, NS, NS, NS, NS, NS]),
  },
}
