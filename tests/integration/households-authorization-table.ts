// Who may call the household actions of `org` (issue 11 §4): the ten identities of
// authorization.test.ts, each with the target it needs set up fresh.
import type { API, ErrorCode } from '@linli/types'
import { csvOf, invited, joinRequested } from '../support/households'
import type { MemberRow } from './members-authorization-table'

type Expected = 'ok' | ErrorCode
const OK = 'ok'
const NF = 'NOT_FOUND'
const FB = 'AUTH.FORBIDDEN'
const AV = 'ORG.ALREADY_VERIFIED'
const none = async () => ''
const row = (
  setup: MemberRow['setup'],
  data: MemberRow['data'],
  expect: readonly Expected[],
  read = false,
): MemberRow => ({ setup, data, expect, read })

export type HouseholdAction =
  | 'importHouseholds'
  | 'requestJoin'
  | 'listJoinRequests'
  | 'decideJoin'
  | 'createInviteCode'
  | 'joinHousehold'

const dryRun = () => ({
  format: 'csv',
  content: csvOf([
    ['楼栋', '房号', '姓名'],
    ['益民巷1号楼', '1单元101', '重复户'],
  ]),
  dryRun: true,
})

// prettier-ignore
export const HOUSEHOLD_TABLE: { org: Record<HouseholdAction & keyof (typeof API)['org'], MemberRow> } = {
  org: {
    //                                                     resident far newcomer member mFar captain leader leader2 liaison staff
    importHouseholds: row(none, dryRun,                   [FB, FB, FB, FB, FB, FB, FB, FB, FB, OK], true),
    requestJoin: row(none, () => ({ buildingId: 'bldg-01', room: '1单元101', name: '新住户' }),
                                                          [AV, AV, OK, AV, OK, OK, OK, OK, OK, OK]),
    listJoinRequests: row(none, () => ({}),               [FB, FB, FB, FB, FB, FB, OK, OK, FB, OK], true),
    decideJoin: row((stack) => joinRequested(stack), (id) => ({ id, decision: 'reject', reason: '查无此人' }),
                                                          [FB, FB, FB, FB, FB, FB, OK, NF, FB, OK]),
    createInviteCode: row(none, () => ({}),               [OK, OK, FB, OK, FB, FB, FB, FB, FB, FB]),
    // Last: it verifies those without a flat. Staff and leaders may live here too.
    joinHousehold: row((stack) => invited(stack), (code) => ({ code, name: '家人' }),
                                                          [AV, AV, OK, AV, OK, OK, OK, OK, OK, OK]),
  },
}
