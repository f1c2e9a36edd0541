// Who may call what in `members` and `evaluations`: every action × the ten identities of
// authorization.test.ts (same columns), each with the target it needs set up fresh.
import type { API, ErrorCode } from '@linli/types'
import { key } from '../support/drive'
import {
  daysFromToday,
  loggedServiceBy,
  openRoundWith,
  pledgeBy,
  registrationBy,
  today,
} from '../support/member-drive'
import { dataOf, type Stack } from '../support/stack'

type Expected = 'ok' | ErrorCode
export interface MemberRow {
  /** Makes the target (an id) the action needs; '' when it needs none. */
  setup: (stack: Stack) => Promise<string>
  data: (id: string) => Record<string, unknown>
  /** Reads share one target for every column. */
  read: boolean
  expect: readonly Expected[]
}

const OK = 'ok'
const NF = 'NOT_FOUND'
const FB = 'AUTH.FORBIDDEN'
const AR = 'MEMBER.ALREADY_REGISTERED'
const none = async () => ''
const row = (
  setup: MemberRow['setup'],
  data: MemberRow['data'],
  expect: readonly Expected[],
  read = false,
): MemberRow => ({ setup, data, expect, read })
const MEMBER_2 = 'person-demo-member-2'
const round = (stack: Stack) => openRoundWith(stack, ['person-demo-member', MEMBER_2])
const year = Number(today().slice(0, 4))

// prettier-ignore
export const MEMBER_TABLE: { [F in 'members' | 'evaluations']: Record<keyof (typeof API)[F], MemberRow> } = {
  members: {
    //                                                     resident far newcomer member mFar captain leader leader2 liaison staff
    card: row(none, () => ({ memberId: MEMBER_2 }),       [OK, NF, NF, OK, NF, OK, OK, NF, NF, OK], true),
    listForGrid: row(none, () => ({}),                    [OK, OK, FB, OK, OK, OK, OK, OK, FB, OK], true),
    pledge: row(none, () => ({ text: '每月走访独居老人两次', dueDate: daysFromToday(10), clientRequestId: key() }),
                                                          [FB, FB, FB, OK, OK, OK, OK, OK, FB, FB]),
    updatePledge: row((s) => pledgeBy(s, 'demo-member'), (id) => ({ id, clientRequestId: key(), change: { kind: 'progress', text: '已走访三户' } }),
                                                          [FB, FB, FB, OK, NF, NF, NF, NF, FB, NF]),
    register: row(none, () => ({ name: '赵在职', unitId: 'unit-1', partyOrgName: '市住建局机关党支部', gridId: 'grid-1', clientRequestId: key() }),
                                                          [OK, OK, OK, AR, AR, AR, AR, AR, OK, OK]),
    myRegistration: row(none, () => ({}),                 [OK, OK, OK, OK, OK, OK, OK, OK, OK, OK], true),
    registrations: row(none, () => ({}),                  [FB, FB, FB, FB, FB, FB, FB, FB, FB, OK], true),
    reviewRegistration: row((s) => registrationBy(s), (id) => ({ id, clientRequestId: key(), decision: { kind: 'decline', reason: '请补充单位证明' } }),
                                                          [FB, FB, FB, FB, FB, FB, FB, FB, FB, OK]),
    logService: row(none, () => ({ kind: 'activity', note: '参加社区义诊', hours: 1, date: today(), clientRequestId: key() }),
                                                          [FB, FB, FB, OK, OK, OK, OK, OK, FB, FB]),
    verifyService: row((s) => loggedServiceBy(s, 'demo-member-2'), (id) => ({ id, clientRequestId: key(), decision: { kind: 'verify' } }),
                                                          [FB, FB, FB, FB, FB, FB, OK, NF, FB, OK]),
    records: row(none, () => ({}),                        [FB, FB, FB, OK, OK, OK, OK, OK, FB, OK], true),
    summary: row(none, () => ({ year }),                  [FB, FB, FB, OK, OK, OK, OK, OK, FB, OK], true),
    pointsRules: row(none, () => ({}),                    [FB, FB, FB, OK, OK, OK, OK, OK, FB, OK], true),
    setPointsRules: row(none, () => ({ clientRequestId: key(), rules: { baseByMode: { onSite: 3, sameDay: 2, difficult: 5, departmental: 2, homeVisit: 4 }, extraByCategory: {}, timelinessBonus: 1, ratingPoints: [-2, -1, 0, 1, 2], perHour: 2 } }),
                                                          [FB, FB, FB, FB, FB, FB, FB, FB, FB, OK]),
    awardBadge: row(none, () => ({ memberId: MEMBER_2, badge: 'pioneerPost', awarded: false, clientRequestId: key() }),
                                                          [FB, FB, FB, FB, FB, FB, FB, FB, FB, OK]),
    setPhoto: row(none, () => ({ photo: null, clientRequestId: key() }),
                                                          [FB, FB, FB, OK, OK, OK, OK, OK, FB, FB]),
  },
  evaluations: {
    openRound: row(none, () => ({ name: '2026年第四季度评议', startsOn: today(), endsOn: daysFromToday(7), memberIds: [MEMBER_2], clientRequestId: key() }),
                                                          [FB, FB, FB, FB, FB, FB, FB, FB, FB, OK]),
    rounds: row(none, () => ({}),                         [FB, FB, FB, OK, OK, OK, OK, OK, FB, OK], true),
    ballot: row(none, () => ({}),                         [OK, OK, FB, OK, FB, FB, FB, FB, FB, FB], true),
    rate: row(round, (roundId) => ({ roundId, memberId: MEMBER_2, verdict: 'satisfied', clientRequestId: key() }),
                                                          [OK, NF, FB, OK, FB, FB, FB, FB, FB, FB]),
    results: row(round, (roundId) => ({ roundId }),       [FB, FB, FB, OK, NF, NF, NF, NF, FB, OK], true),
    appeal: row(round, (roundId) => ({ roundId, text: '部分居民不了解我的服务内容', clientRequestId: key() }),
                                                          [FB, FB, FB, OK, NF, NF, NF, NF, FB, FB]),
    answerAppeal: row(
      async (s) => {
        const roundId = await round(s)
        return dataOf(await s.call('evaluations', 'appeal', { roundId, text: '请核实评议结果', clientRequestId: key() }, 'demo-member')).id
      },
      (id) => ({ id, answer: '已核实，维持结果', clientRequestId: key() }),
                                                          [FB, FB, FB, FB, FB, FB, FB, FB, FB, OK]),
  },
}
