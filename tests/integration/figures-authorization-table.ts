// Who may read the figures: staff (their community) and grid leaders (their grids); every other
// identity of authorization.test.ts (same columns) is refused.
import type { API, ErrorCode } from '@linli/types'
import type { MemberRow } from './members-authorization-table'

type Expected = 'ok' | ErrorCode
const OK = 'ok'
const FB = 'AUTH.FORBIDDEN'
const none = async () => ''
const period = { from: '2026-11-01', to: '2026-11-30' }
const row = (data: MemberRow['data'], expect: readonly Expected[]): MemberRow => ({
  setup: none,
  data,
  expect,
  read: true,
})

// prettier-ignore
export const FIGURE_TABLE: { figures: Record<keyof (typeof API)['figures'], MemberRow> } = {
  figures: {
    //                                                     resident far newcomer member mFar captain leader leader2 liaison staff
    summary: row(() => period,                            [FB, FB, FB, FB, FB, FB, OK, OK, FB, OK]),
    byGrid: row(() => ({ ...period, by: 'building' }),    [FB, FB, FB, FB, FB, FB, OK, OK, FB, OK]),
    export: row(() => ({ ...period, table: 'grid' }),     [FB, FB, FB, FB, FB, FB, OK, OK, FB, OK]),
  },
}
