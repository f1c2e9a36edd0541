// One realistic call per action of the API map (and the board variants that query differently), as
// the person who would make it, on a request in the state it needs. The bench times them and the
// query-plan test checks their queries; an action without a sample gets an input built from its schema.
import { API, chinaDateOf } from '@linli/types'
import type { z } from 'zod'
import { aMeeting, recordedMeeting } from './meeting-drive'
import { sampleOf } from './schema-sample'
import { aReport } from './factories'
import { key, requestIn, type DrivenState } from './drive'
import { dataOf, type Stack } from './stack'
import {
  isOfferingState,
  OFFERING_SAMPLES,
  OFFERING_STATES,
  type OfferingState,
} from './offering-samples'
import { MEMBER_NOTICE_SAMPLES } from './member-notice-samples'
import { csvOf, freshRoom, invited, joinRequested } from './households'

export type SampleState = DrivenState | 'hotlineResolved' | OfferingState | null

export interface ActionSample {
  fn: string
  action: string
  /** A variant's name (`status all`, `page 2`…); '' for the action's main call. */
  variant: string
  who: string
  state: SampleState
  data: (id: string) => Record<string, unknown>
  /** A follow-up page: the sample is called once untimed and its cursor passed on. */
  secondPage?: boolean
  /** No hand-written sample: the input comes from the schema (the call may well be refused). */
  generated?: boolean
  /** Makes the target itself (members, evaluations, notices), instead of a request state. */
  setup?: (stack: Stack) => Promise<string>
}

const R = 'demo-resident'
const MEMBER = 'demo-member'
const LEADER = 'demo-grid-leader'
const STAFF = 'demo-staff'
const id = (i: string) => ({ id: i })
const none = () => ({})

const s = (
  fn: string,
  action: string,
  who: string,
  state: SampleState,
  data: ActionSample['data'],
  variant = '',
  secondPage = false,
): ActionSample => ({ fn, action, variant, who, state, data, secondPage })

/** The figures of the last 30 China days (the seed's requests and services fall in them). */
const lastMonth = () => ({
  from: chinaDateOf(Date.now() - 29 * 86_400_000),
  to: chinaDateOf(Date.now()),
})
// prettier-ignore
const FIGURE_SAMPLES: ActionSample[] = [
  s('figures', 'summary', STAFF, null, lastMonth),
  s('figures', 'summary', LEADER, null, lastMonth, 'grid leader'),
  s('figures', 'byGrid', STAFF, null, lastMonth),
  s('figures', 'byGrid', STAFF, null, () => ({ ...lastMonth(), by: 'building' }), 'by building'),
  s('figures', 'byGrid', LEADER, null, () => ({ ...lastMonth(), by: 'category' }), 'grid leader, by category'),
  s('figures', 'export', STAFF, null, () => ({ ...lastMonth(), table: 'summary' })),
  s('figures', 'export', STAFF, null, () => ({ ...lastMonth(), table: 'grid' }), 'grid table'),
]

const DUE_TIMES = {
  onSite: { kind: 'hours', hours: 4 },
  sameDay: { kind: 'endOfDay', plusDays: 0 },
  difficult: { kind: 'workingDays', days: 5 },
  departmental: { kind: 'workingDays', days: 5 },
  homeVisit: { kind: 'hours', hours: 24 },
}
/** The version of the due times stored now: an edit names the version it edits. */
const dueTimesVersion = async (stack: Stack) =>
  String(dataOf(await stack.call('org', 'rules', {}, STAFF)).dueTimes.version)
const fresh = () => key().slice(0, 8)
// prettier-ignore
const ORG_SETUP_SAMPLES: ActionSample[] = [
  s('org', 'setup', STAFF, null, none),
  s('org', 'saveGrid', STAFF, null, () => ({ name: `网格${fresh()}`, leaderId: 'person-demo-member-2', clientRequestId: key() })),
  s('org', 'saveBuilding', STAFF, null, () => ({ name: `楼${fresh()}`, gridId: 'grid-1', order: 990, clientRequestId: key() })),
  s('org', 'saveUnit', STAFF, null, () => ({ name: `单位${fresh()}`, kind: 'enterprise', partyOrgName: '党支部', clientRequestId: key() })),
  s('org', 'saveTeam', STAFF, null, () => ({ name: `服务队${fresh()}`, kind: 'teaching', captainId: 'person-demo-member-2', clientRequestId: key() })),
  s('org', 'savePost', STAFF, null, () => ({ personId: 'person-demo-member-2', gridId: 'grid-1', clientRequestId: key() })),
  s('org', 'rules', STAFF, null, none),
  { ...s('org', 'updateRules', STAFF, null, (v) => ({ kind: 'dueTimes', version: Number(v), value: DUE_TIMES, clientRequestId: key() })), setup: dueTimesVersion },
  s('org', 'ruleChanges', STAFF, null, none),
  s('org', 'ruleChanges', STAFF, null, () => ({ limit: 1 }), 'page 2', true),
]

/** 议事会: a meeting of grid 1 (its decision owned by the liaison's unit), the hot spots. */
const MEETING_SAMPLES: ActionSample[] = [
  s('meetings', 'record', STAFF, null, () => aMeeting()),
  s('meetings', 'list', R, null, none),
  s('meetings', 'list', R, null, () => ({ mine: true }), 'mine'),
  s('meetings', 'list', STAFF, null, none, 'staff'),
  { ...s('meetings', 'get', R, null, id), setup: recordedMeeting },
  {
    ...s('meetings', 'updateDecision', 'demo-unit-liaison', null, (i) => ({
      meetingId: i,
      decisionId: `${i}-d1`,
      status: 'inProgress',
      note: '已进场施工',
    })),
    setup: recordedMeeting,
  },
  s('meetings', 'hotSpots', STAFF, null, none),
]

/** A roster of three residents in two flats (fresh rooms each call: a real import writes them). */
const roster = (dryRun: boolean) => () => {
  const room = freshRoom()
  const content = csvOf([
    ['楼栋', '房号', '姓名', '手机'],
    ['益民巷1号楼', room, '王秀英', '13800001234'],
    ['益民巷1号楼', room, '李建国', ''],
    ['金荣路1号楼', freshRoom(), '赵敏', ''],
  ])
  return { format: 'csv', content, dryRun }
}
// prettier-ignore
const HOUSEHOLD_SAMPLES: ActionSample[] = [
  s('org', 'importHouseholds', STAFF, null, roster(true)),
  s('org', 'importHouseholds', STAFF, null, roster(false), 'real import'),
  s('org', 'requestJoin', 'demo-newcomer', null, () => ({ buildingId: 'bldg-01', room: '1单元101', name: '新住户' })),
  s('org', 'listJoinRequests', LEADER, null, none),
  { ...s('org', 'decideJoin', LEADER, null, (i) => ({ id: i, decision: 'approve' })), setup: (stack) => joinRequested(stack) },
  s('org', 'createInviteCode', R, null, none),
  // A WeChat user of the samples' own: joining verifies them, so no demo identity changes.
  { ...s('org', 'joinHousehold', 'sample-newcomer-join', null, (code) => ({ code, name: '家人' })), setup: (stack) => invited(stack) },
]

// prettier-ignore
const SAMPLES: ActionSample[] = [
  s('org', 'me', R, null, none),
  s('org', 'listBuildings', R, null, none),
  s('org', 'listHouseholds', LEADER, null, () => ({ buildingId: 'bldg-01' })),
  s('org', 'listAssignees', LEADER, null, () => ({ gridId: 'grid-1' })),
  s('org', 'listLimitHits', STAFF, null, none),
  ...HOUSEHOLD_SAMPLES,
  s('requests', 'report', R, null, () => aReport({ buildingId: 'bldg-01' })),
  s('requests', 'reportOnBehalf', LEADER, null, () => ({ householdId: 'hh-01-2', category: 'repair',
    channel: 'visit', description: '居民来访：楼道灯坏了', clientRequestId: key() })),
  s('requests', 'get', R, 'open', id),
  s('requests', 'similar', R, null, () => ({ category: 'repair', buildingId: 'bldg-01' })),
  s('requests', 'listMine', R, null, none),
  s('requests', 'listMine', R, null, none, 'page 2', true),
  s('requests', 'listForGrid', LEADER, null, none, 'leader, active'),
  s('requests', 'listForGrid', LEADER, null, () => ({ status: 'all' }), 'leader, all'),
  s('requests', 'listForGrid', LEADER, null, () => ({ status: 'all', limit: 5 }), 'leader, all, page 2', true),
  s('requests', 'listForGrid', MEMBER, null, () => ({ status: 'all' }), 'member, all (no sensitive)'),
  s('requests', 'listForGrid', STAFF, null, none, 'staff, active'),
  s('requests', 'listBoard', MEMBER, null, none, 'member, open'),
  s('requests', 'listBoard', 'demo-captain', null, () => ({ status: 'active' }), 'captain, active'),
  s('requests', 'listBoard', MEMBER, null, () => ({ status: 'taken', category: 'repair' }), 'member, taken, category'),
  s('requests', 'listMyTasks', MEMBER, null, none, 'member, active'),
  s('requests', 'listMyTasks', MEMBER, null, () => ({ status: 'done' }), 'member, done'),
  s('requests', 'listMyTasks', 'demo-unit-liaison', null, none, 'unit liaison, active'),
  s('requests', 'accept', LEADER, 'submitted', id),
  s('requests', 'claim', MEMBER, 'open', id),
  s('requests', 'claim', 'demo-captain', 'open', id, 'captain, as a member of the grid'),
  s('requests', 'assign', LEADER, 'open', (i) => ({ id: i, to: { kind: 'member', id: 'person-demo-member-2' } })),
  s('requests', 'transfer', LEADER, 'open', (i) => ({ id: i, to: { kind: 'unit', id: 'unit-1' }, reason: '属住建局职责' })),
  s('requests', 'reject', LEADER, 'open', (i) => ({ id: i, reason: '不属于社区受理范围' })),
  s('requests', 'start', MEMBER, 'claimed', id),
  s('requests', 'progress', MEMBER, 'inProgress', (i) => ({ id: i, note: '材料已到' })),
  s('requests', 'resolve', MEMBER, 'inProgress', (i) => ({ id: i, note: '已修好' })),
  s('requests', 'confirm', R, 'resolved', (i) => ({ id: i, rating: 5 })),
  s('requests', 'reopen', R, 'resolved', (i) => ({ id: i, reason: '灯又不亮了' })),
  s('requests', 'cancel', R, 'open', id),
  s('requests', 'follow', 'demo-resident-far', 'open', id),
  s('requests', 'recordFollowUp', LEADER, 'closedPoorly', (i) => ({ id: i, note: '已电话回访' })),
  s('requests', 'reportBack', STAFF, 'hotlineResolved', id),
  ...OFFERING_SAMPLES,
  ...FIGURE_SAMPLES,
  ...ORG_SETUP_SAMPLES,
  ...MEETING_SAMPLES,
  ...MEMBER_NOTICE_SAMPLES().map((x) => ({ ...s(x.fn, x.action, x.who, null, x.data), setup: x.setup })),
]

/** Every action of the API map: its samples, or one generated from its input schema (as staff). */
export const actionSamples = (): ActionSample[] =>
  Object.entries(API).flatMap(([fn, actions]) =>
    Object.entries(actions as Record<string, { input: z.ZodTypeAny }>).flatMap(([action, spec]) => {
      const known = SAMPLES.filter((x) => x.fn === fn && x.action === action)
      if (known.length > 0) return known
      const input = sampleOf(spec.input) as Record<string, unknown>
      return [{ ...s(fn, action, STAFF, null, () => input), generated: true }]
    }),
  )

/** The request a sample acts on, in its state ('' when it needs none). */
export const prepare = async (stack: Stack, sample: ActionSample): Promise<string> => {
  if (sample.setup) return sample.setup(stack)
  if (sample.state === null) return ''
  if (isOfferingState(sample.state)) return OFFERING_STATES[sample.state](stack)
  if (sample.state === 'hotlineResolved')
    return requestIn(stack, 'resolved', {
      hotline: { householdId: 'hh-01-1', dueAt: new Date(Date.now() + 3 * 24 * 3_600_000) },
    })
  return requestIn(stack, sample.state)
}

/** The input of one call: for a second page, the first page is read (untimed) for its cursor. */
export const inputOf = async (
  stack: Stack,
  sample: ActionSample,
  target: string,
): Promise<Record<string, unknown>> => {
  const data = sample.data(target)
  if (!sample.secondPage) return data
  const first = dataOf(
    await stack.call(sample.fn as never, sample.action as never, data, sample.who),
  )
  return { ...data, ...(first.nextCursor ? { cursor: first.nextCursor } : {}) }
}
