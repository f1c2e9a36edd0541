// Who may call what in `meetings`: every action × the ten identities of authorization.test.ts
// (same columns). The target is a meeting on grid 1 whose decision 市住建局 (the liaison's unit) owns.
import type { API, ErrorCode } from '@linli/types'
import { aMeeting, recordedMeeting } from '../support/meeting-drive'
import type { MemberRow } from './members-authorization-table'

type Expected = 'ok' | ErrorCode
const OK = 'ok'
const NF = 'NOT_FOUND'
const FB = 'AUTH.FORBIDDEN'
const none = async () => ''
const row = (
  setup: MemberRow['setup'],
  data: MemberRow['data'],
  expect: readonly Expected[],
  read = false,
): MemberRow => ({ setup, data, expect, read })

const decisionOf = (id: string) => ({
  meetingId: id,
  decisionId: `${id}-d1`,
  status: 'inProgress',
  note: '已进场施工',
})

// prettier-ignore
export const MEETING_TABLE: { meetings: Record<keyof (typeof API)['meetings'], MemberRow> } = {
  meetings: {
    //                                                   resident far newcomer member mFar captain leader leader2 liaison staff
    record: row(none, () => aMeeting(),                  [FB, FB, FB, FB, FB, FB, FB, FB, FB, OK]),
    list: row(none, () => ({}),                          [OK, OK, OK, OK, OK, OK, OK, OK, OK, OK], true),
    get: row(recordedMeeting, (i) => ({ id: i }),        [OK, NF, NF, OK, NF, OK, OK, NF, OK, OK], true),
    updateDecision: row(recordedMeeting, decisionOf,     [FB, NF, NF, FB, NF, FB, FB, NF, OK, OK]),
    hotSpots: row(none, () => ({}),                      [FB, FB, FB, FB, FB, FB, FB, FB, FB, OK], true),
  },
}
