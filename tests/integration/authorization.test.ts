// Who may call what: every action of the API map × ten identities, through the gateway and the real
// SDK, each on a request in the state the action needs. An action with no row fails the test.
import { randomUUID } from 'node:crypto'
import { API, type ErrorCode } from '@linli/types'
import { aReport } from '../support/factories'
import { key, requestIn, storedRequest, type DrivenState } from '../support/drive'
import { aNotice, sendNotice } from '../support/notices'
import { identitiesOf, WHO, type Who } from '../support/identities'
import { startStack, type Stack } from '../support/stack'
import { MEMBER_TABLE } from './members-authorization-table'
import { OFFERING_TABLE } from './offerings-authorization-table'
import { FIGURE_TABLE } from './figures-authorization-table'
import { ORG_SETUP_TABLE, type OrgSetupAction } from './org-setup-authorization-table'
import { MEETING_TABLE } from './meetings-authorization-table'
import { HOUSEHOLD_TABLE, type HouseholdAction } from './households-authorization-table'

let stack: Stack
let openids: Record<Who, string>

beforeAll(async () => {
  stack = await startStack()
  openids = await identitiesOf(stack)
})
afterAll(() => stack.close())

// The columns (tests/support/identities.ts): the reporter of the request under test, and nine
// others around them.
type Expected = 'ok' | ErrorCode

const OK = 'ok'
const NF = 'NOT_FOUND'
const FB = 'AUTH.FORBIDDEN'

/**
 * `hotlineResolved`: a 12345 order for demo-resident's household, resolved by demo-member.
 * `notice`: an urgent notice demo-grid-leader sent to grid 1; `heldNotice`: the queue item of one
 * held for review.
 */
type Setup = DrivenState | 'hotlineResolved' | 'notice' | 'heldNotice' | null

interface Row {
  /** The request the action targets (null: the action targets none). */
  state: Setup
  data: (id: string) => Record<string, unknown>
  /** Reads change nothing: every column shares one request. */
  read?: boolean
  /** One per column of WHO, in its order. */
  expect: readonly Expected[]
}

const row = (state: Setup, data: Row['data'], expect: Row['expect'], read = false): Row => ({
  state,
  data,
  expect,
  read,
})
const none = () => ({})
const id = (i: string) => ({ id: i })

// Requests are reported by demo-resident in grid 1 (a newcomer's `submitted` one by demo-newcomer),
// category repair (team kind skills); `claimed` and later are handled by demo-member.
// prettier-ignore
const TABLE: {
  // org's setup, rules and household actions have tables of their own (imported above).
  org: Record<Exclude<keyof (typeof API)['org'], OrgSetupAction | HouseholdAction>, Row>
  requests: Record<keyof (typeof API)['requests'], Row>
  notices: Record<keyof (typeof API)['notices'], Row>
} = {
  org: {
    //                                           resident far newcomer member mFar captain leader leader2 liaison staff
    me: row(null, none,                         [OK, OK, OK, OK, OK, OK, OK, OK, OK, OK], true),
    listBuildings: row(null, none,              [OK, OK, OK, OK, OK, OK, OK, OK, OK, OK], true),
    listHouseholds: row(null, () => ({ buildingId: 'bldg-01' }),
                                                [FB, FB, FB, FB, FB, FB, OK, NF, FB, OK], true),
    listAssignees: row(null, () => ({ gridId: 'grid-1' }),
                                                [FB, FB, FB, FB, FB, FB, OK, FB, FB, OK], true),
    listLimitHits: row(null, none,              [FB, FB, FB, FB, FB, FB, FB, FB, FB, OK], true),
  },
  requests: {
    report: row(null, () => aReport({ buildingId: 'bldg-01' }),
                                                [OK, OK, OK, OK, OK, OK, OK, OK, OK, OK], true),
    reportOnBehalf: row(null, () => ({ householdId: 'hh-01-2', category: 'repair', channel: 'visit',
      description: '居民来访：楼道灯坏了', clientRequestId: key() }),
                                                [FB, FB, FB, FB, FB, FB, OK, NF, FB, OK], true),
    get: row('open', id,                        [OK, NF, NF, OK, NF, OK, OK, NF, NF, OK], true),
    similar: row(null, () => ({ category: 'repair', buildingId: 'bldg-01' }),
                                                [OK, OK, OK, OK, OK, OK, OK, OK, OK, OK], true),
    listMine: row(null, none,                   [OK, OK, OK, OK, OK, OK, OK, OK, OK, OK], true),
    listForGrid: row(null, none,                [FB, FB, FB, OK, OK, OK, OK, OK, FB, OK], true),
    listBoard: row(null, none,                  [FB, FB, FB, OK, OK, OK, OK, OK, FB, FB], true),
    listMyTasks: row(null, none,                [FB, FB, FB, OK, OK, OK, OK, OK, OK, FB], true),
    accept: row('submitted', id,                [FB, FB, FB, FB, FB, FB, OK, NF, FB, OK]),
    claim: row('open', id,                      [FB, FB, FB, OK, NF, OK, OK, NF, FB, FB]),
    assign: row('open', (i) => ({ id: i, to: { kind: 'member', id: 'person-demo-member-2' } }),
                                                [FB, FB, FB, FB, FB, FB, OK, NF, FB, OK]),
    transfer: row('open', (i) => ({ id: i, to: { kind: 'unit', id: 'unit-1' }, reason: '属住建局职责' }),
                                                [FB, FB, FB, FB, FB, FB, OK, NF, FB, OK]),
    reject: row('open', (i) => ({ id: i, reason: '不属于社区受理范围' }),
                                                [FB, FB, FB, FB, FB, FB, OK, NF, FB, OK]),
    start: row('claimed', id,                   [FB, FB, FB, OK, NF, FB, FB, NF, NF, FB]),
    progress: row('inProgress', (i) => ({ id: i, note: '材料已到' }),
                                                [FB, FB, FB, OK, NF, FB, FB, NF, NF, FB]),
    resolve: row('inProgress', (i) => ({ id: i, note: '已修好' }),
                                                [FB, FB, FB, OK, NF, FB, FB, NF, NF, FB]),
    confirm: row('resolved', (i) => ({ id: i, rating: 5 }),
                                                [OK, NF, NF, FB, NF, FB, FB, NF, NF, FB]),
    reopen: row('resolved', (i) => ({ id: i, reason: '灯又不亮了' }),
                                                [OK, NF, NF, FB, NF, FB, FB, NF, NF, FB]),
    cancel: row('open', id,                     [OK, NF, NF, FB, NF, FB, FB, NF, NF, FB]),
    follow: row('open', id,                     [FB, OK, OK, FB, OK, FB, FB, OK, OK, FB]),
    recordFollowUp: row('closedPoorly', (i) => ({ id: i, note: '已电话回访，居民表示理解' }),
                                                [FB, FB, FB, FB, FB, FB, OK, NF, FB, OK]),
    reportBack: row('hotlineResolved', id,      [FB, FB, FB, FB, FB, FB, FB, FB, FB, OK]),
  },
  notices: {
    //                                           resident far newcomer member mFar captain leader leader2 liaison staff
    send: row(null, () => aNotice(),            [FB, FB, FB, FB, FB, FB, OK, FB, FB, OK], true),
    inbox: row(null, none,                      [OK, OK, OK, OK, OK, OK, OK, OK, OK, OK], true),
    read: row('notice', id,                     [OK, NF, NF, OK, NF, NF, OK, NF, NF, OK], true),
    stats: row('notice', id,                    [FB, FB, FB, FB, FB, NF, OK, NF, FB, OK], true),
    doorKnockList: row('notice', id,            [FB, FB, FB, FB, FB, FB, OK, NF, FB, OK], true),
    markVisited: row('notice', (i) => ({ id: i, householdId: 'hh-01-2' }),
                                                [FB, FB, FB, FB, FB, FB, OK, NF, FB, OK]),
    listSent: row(null, none,                   [FB, FB, FB, FB, FB, OK, OK, OK, FB, OK], true),
    targets: row(null, none,                    [FB, FB, FB, FB, FB, OK, OK, OK, FB, OK], true),
    subscribe: row(null, () => ({ accepted: ['notice'] }),
                                                [OK, OK, OK, OK, OK, OK, OK, OK, OK, OK], true),
    templates: row(null, none,                  [OK, OK, OK, OK, OK, OK, OK, OK, OK, OK], true),
    listHeld: row(null, none,                   [FB, FB, FB, FB, FB, FB, FB, FB, FB, OK], true),
    review: row('heldNotice', (i) => ({ id: i, decision: 'reject' }),
                                                [FB, FB, FB, FB, FB, FB, FB, FB, FB, OK]),
  },
}

const fresh = async (state: Setup): Promise<string> => {
  if (state === null) return ''
  if (state === 'notice')
    return (await sendNotice(stack, 'demo-grid-leader', { urgency: 'urgent' })).id
  if (state === 'heldNotice') {
    // review takes the held item's id (one queue for every kind), not the notice's.
    const body = `团购请加微信 ${randomUUID()}`
    await sendNotice(stack, 'demo-grid-leader', { body })
    const held = await stack.db.collection('moderation').where({ kind: 'notice' }).limit(1000).get()
    const item = (held.data as { _id: string; text: string }[]).find((i) => i.text.includes(body))
    if (!item) throw new Error('the held notice is not in the queue')
    return item._id
  }
  if (state === 'hotlineResolved') {
    return requestIn(stack, 'resolved', {
      hotline: { householdId: 'hh-01-1', dueAt: new Date(Date.now() + 3 * 24 * 3_600_000) },
    })
  }
  return requestIn(stack, state)
}

const storedNotice = async (i: string) =>
  (await stack.db.collection('notices').doc(i).get()).data as unknown
const storedHeld = async (i: string) =>
  (await stack.db.collection('moderation').doc(i).get()).data as unknown

const outcome = (res: { ok: boolean; error?: { code: string } }) =>
  res.ok ? OK : (res.error?.code ?? 'no code')

const rows = (Object.keys(TABLE) as (keyof typeof TABLE)[]).flatMap((fn) =>
  Object.entries(TABLE[fn] as Record<string, Row>).map(([action, r]) => [fn, action, r] as const),
)

describe('the authorization table', () => {
  it('has a row for every action of the API map, and none for actions it lacks', () => {
    // members and evaluations have their rows in members-authorization-table.ts, offerings and
    // activities theirs in offerings-authorization-table.ts.
    // org's setup and rules rows are in org-setup-authorization-table.ts, its household actions'
    // in households-authorization-table.ts.
    const org = { ...TABLE.org, ...ORG_SETUP_TABLE.org, ...HOUSEHOLD_TABLE.org }
    const tables = {
      ...TABLE,
      ...MEMBER_TABLE,
      ...OFFERING_TABLE,
      ...FIGURE_TABLE,
      ...MEETING_TABLE,
      org,
    }
    for (const fn of Object.keys(API) as (keyof typeof API)[]) {
      expect(Object.keys(tables[fn]).sort()).toEqual(Object.keys(API[fn]).sort())
    }
    expect(Object.keys(tables).sort()).toEqual(Object.keys(API).sort())
    for (const [, , r] of rows) expect(r.expect).toHaveLength(WHO.length)
  })

  it.each(rows)('%s.%s', async (fn, action, r) => {
    const shared = await fresh(r.state)
    const stored = (i: string) =>
      r.state === 'heldNotice'
        ? storedHeld(i)
        : fn === 'notices'
          ? storedNotice(i)
          : storedRequest(stack, i)
    const before = shared ? await stored(shared) : null
    const got: Partial<Record<Who, Expected | string>> = {}
    // Refusals (and reads) share one request, which must stay as it was.
    const refused = WHO.filter((_, i) => r.read || r.expect[i] !== OK)
    for (const who of refused) {
      const res = await stack.call(fn, action as never, r.data(shared), openids[who])
      got[who] = outcome(res)
    }
    if (before) expect(await stored(shared)).toEqual(before)
    // Each allowed write gets a request of its own in the same state.
    for (const who of WHO.filter((w) => !refused.includes(w))) {
      const own = await fresh(r.state)
      got[who] = outcome(await stack.call(fn, action as never, r.data(own), openids[who]))
    }
    const expected = Object.fromEntries(WHO.map((w, i) => [w, r.expect[i]]))
    expect(got).toEqual(expected)
  })
})

/** The same actions in the wrong state: who acted first is told exactly why. */
// prettier-ignore
const WRONG_STATE: [action: string, state: DrivenState, who: Who, data: Row['data'], code: ErrorCode][] = [
  ['claim', 'claimed', 'leader', id, 'REQUEST.ALREADY_TAKEN'],
  ['claim', 'resolved', 'captain', id, 'REQUEST.ALREADY_TAKEN'],
  ['claim', 'submitted', 'member', id, 'NOT_FOUND'],
  ['cancel', 'claimed', 'resident', id, 'REQUEST.ALREADY_TAKEN'],
  ['cancel', 'closed', 'resident', id, 'REQUEST.INVALID_STATE'],
  ['accept', 'open', 'leader', id, 'REQUEST.INVALID_STATE'],
  ['assign', 'closed', 'leader', (i) => ({ id: i, to: { kind: 'member', id: 'person-demo-member-2' } }), 'REQUEST.INVALID_STATE'],
  ['start', 'resolved', 'member', id, 'REQUEST.INVALID_STATE'],
  ['confirm', 'closed', 'resident', (i) => ({ id: i, rating: 4 }), 'REQUEST.ALREADY_RATED'],
  ['confirm', 'inProgress', 'resident', (i) => ({ id: i, rating: 4 }), 'REQUEST.INVALID_STATE'],
  ['reopen', 'closed', 'resident', (i) => ({ id: i, reason: '还是不行' }), 'REQUEST.INVALID_STATE'],
  ['follow', 'closed', 'residentFar', id, 'REQUEST.INVALID_STATE'],
  ['recordFollowUp', 'closed', 'leader', (i) => ({ id: i, note: '回访' }), 'REQUEST.INVALID_STATE'],
  ['reportBack', 'resolved', 'staff', id, 'REQUEST.INVALID_STATE'],
  ['get', 'submitted', 'member', id, 'NOT_FOUND'],
]

describe('actions in the wrong state', () => {
  it.each(WRONG_STATE)('%s on a %s request by %s', async (action, state, who, data, code) => {
    const target = await requestIn(stack, state)
    const before = await storedRequest(stack, target)
    const res = await stack.call('requests', action as never, data(target), openids[who])
    expect(outcome(res)).toBe(code)
    expect(await storedRequest(stack, target)).toEqual(before)
  })
})
