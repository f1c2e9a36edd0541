// The request lifecycle as one table (DESIGN §3): per action its from-states, to-state, named
// guard, timeline event, effects, and the fields it sets. `lifecycle.ts` reads it; nothing else.
import type {
  ErrorCode,
  Handler,
  LifecycleAction,
  RequestDoc,
  RequestStatus,
  TimelineEventType,
} from '@linli/types'
import { handlerKeyOf, type Actor } from './actor'
import { escalationDue } from './escalation'
import type { CommandOf, Effect } from './lifecycle-commands'

export type GuardName =
  'gridLeaderOrStaff' | 'claimant' | 'handler' | 'reporter' | 'follower' | 'staff' | 'system'

/** Conditions on the request beyond its status. */
export type ConditionName =
  'followUpPending' | 'hotlineAwaitingReport' | 'escalationDue' | 'unconfirmedForAWeek'

export interface Outcome {
  set: Partial<RequestDoc>
  /** Joins the followers by set-union, so concurrent 附议 never lose one another. */
  addFollower?: string
  note?: string
  photos?: string[]
  /** More the same write records: a 1–2 star rating opens a 回访; staff hear of a late request. */
  also?: { event?: TimelineEventType; effects: readonly Effect[] }
}

export interface LifecycleRow<A extends LifecycleAction> {
  from: readonly RequestStatus[]
  /** null: the status stays as it is. */
  to: RequestStatus | null
  guard: GuardName
  when?: ConditionName
  event: TimelineEventType
  effects: readonly Effect[]
  /** The code when the request has already left `from`: someone acted first. */
  stale: (request: RequestDoc) => ErrorCode
  apply: (request: RequestDoc, command: CommandOf<A>, actor: Actor, now: Date) => Outcome
}

export type LifecycleTable = { [A in LifecycleAction]: LifecycleRow<A> }

/** Requests someone is still working on (not yet resolved). */
const WORKING: readonly RequestStatus[] = ['claimed', 'assigned', 'inProgress', 'reopened']
const ACTIVE: readonly RequestStatus[] = ['submitted', 'open', ...WORKING]
const NOT_TAKEN: readonly RequestStatus[] = ['submitted', 'open']

const invalidState = (): ErrorCode => 'REQUEST.INVALID_STATE'
const takenUnlessClosed = (r: RequestDoc): ErrorCode =>
  WORKING.includes(r.status) || r.status === 'resolved' ? 'REQUEST.ALREADY_TAKEN' : invalidState()

/** A leader hands the request to someone: the first claim time stays (it measures the response). */
const handOver = (r: RequestDoc, handler: Handler, now: Date): Partial<RequestDoc> => ({
  handler,
  handlerKey: handlerKeyOf(handler),
  claimedAt: r.claimedAt ?? now,
})

export const LIFECYCLE: LifecycleTable = {
  accept: {
    from: ['submitted'],
    to: 'open',
    guard: 'gridLeaderOrStaff',
    event: 'accepted',
    effects: ['notifyReporter'],
    stale: invalidState,
    // Stryker disable next-line ObjectLiteral: equivalent, transition() spreads a missing `set` as nothing
    apply: () => ({ set: {} }),
  },
  claim: {
    from: ['open'],
    to: 'claimed',
    guard: 'claimant',
    event: 'claimed',
    effects: ['notifyReporter', 'notifyFollowers'],
    stale: takenUnlessClosed,
    apply: (_r, c, _a, now) => ({
      set: { handler: c.handler, handlerKey: handlerKeyOf(c.handler), claimedAt: now },
      note: c.handler.name,
    }),
  },
  assign: {
    from: [...ACTIVE],
    to: 'assigned',
    guard: 'gridLeaderOrStaff',
    event: 'assigned',
    effects: ['notifyHandler', 'notifyReporter'],
    stale: invalidState,
    apply: (r, c, _a, now) => ({
      set: handOver(r, c.handler, now),
      note: c.note ? `${c.handler.name}：${c.note}` : c.handler.name,
    }),
  },
  transfer: {
    from: [...ACTIVE],
    to: 'assigned',
    guard: 'gridLeaderOrStaff',
    event: 'transferred',
    effects: ['notifyHandler', 'notifyReporter'],
    stale: invalidState,
    apply: (r, c, _a, now) => ({
      set: handOver(r, c.handler, now),
      note: `${c.handler.name}：${c.reason}`,
    }),
  },
  reject: {
    from: NOT_TAKEN,
    to: 'rejected',
    guard: 'gridLeaderOrStaff',
    event: 'rejected',
    effects: ['notifyReporter', 'followOriginal'],
    stale: invalidState,
    apply: (_r, c, _a, now) => ({
      set: { duplicateOf: c.duplicateOf, closedAt: now },
      note: c.reason,
    }),
  },
  start: {
    from: ['claimed', 'assigned', 'reopened'],
    to: 'inProgress',
    guard: 'handler',
    event: 'started',
    effects: ['notifyReporter'],
    stale: invalidState,
    // Stryker disable next-line ObjectLiteral: equivalent, transition() spreads a missing `set` as nothing
    apply: () => ({ set: {} }),
  },
  progress: {
    from: ['inProgress'],
    to: null,
    guard: 'handler',
    event: 'progress',
    effects: ['notifyReporter'],
    stale: invalidState,
    apply: (_r, c) => ({ set: {}, note: c.note, photos: c.photos }),
  },
  resolve: {
    from: WORKING,
    to: 'resolved',
    guard: 'handler',
    event: 'resolved',
    effects: ['notifyReporter', 'notifyFollowers'],
    stale: invalidState,
    apply: (r, c, _a, now) => ({
      // A 12345 order's outcome is the handler's result, kept for staff to report back.
      set: {
        resolvedAt: now,
        ...(r.hotline ? { hotline: { ...r.hotline, outcome: c.note } } : {}),
      },
      note: c.note,
      photos: c.photos,
    }),
  },
  confirm: {
    from: ['resolved'],
    to: 'closed',
    guard: 'reporter',
    event: 'confirmed',
    effects: ['notifyHandler', 'writeServiceRecord'],
    stale: (r) => (r.rating ? 'REQUEST.ALREADY_RATED' : 'REQUEST.INVALID_STATE'),
    apply: (_r, c, _a, now) => {
      // The 12345 hotlines' rule: a rating of 1 or 2 triggers a second follow-up (回访).
      const poor = c.rating <= 2
      return {
        set: {
          closedAt: now,
          rating: { stars: c.rating, comment: c.comment, at: now },
          followUp: poor ? { status: 'pending', openedAt: now, doneAt: null, note: null } : null,
        },
        note: c.comment ? `${c.rating} 星：${c.comment}` : `${c.rating} 星`,
        ...(poor ? { also: { event: 'followUpOpened', effects: ['notifyGridLeader'] } } : {}),
      }
    },
  },
  reopen: {
    from: ['resolved'],
    to: 'reopened',
    guard: 'reporter',
    event: 'reopened',
    effects: ['notifyHandler'],
    stale: invalidState,
    apply: (_r, c) => ({ set: { resolvedAt: null }, note: c.reason }),
  },
  cancel: {
    from: NOT_TAKEN,
    to: 'cancelled',
    guard: 'reporter',
    event: 'cancelled',
    effects: [],
    stale: takenUnlessClosed,
    apply: (_r, c, _a, now) => ({
      set: { closedAt: now },
      ...(c.reason ? { note: c.reason } : {}),
    }),
  },
  follow: {
    from: ['open', ...WORKING],
    to: null,
    guard: 'follower',
    event: 'followed',
    effects: [],
    stale: invalidState,
    apply: (_r, _c, a) => ({ set: {}, addFollower: a.openid }),
  },
  recordFollowUp: {
    from: ['closed'],
    to: null,
    guard: 'gridLeaderOrStaff',
    when: 'followUpPending',
    event: 'followUpRecorded',
    effects: [],
    stale: invalidState,
    apply: (r, c, _a, now) => ({
      set: {
        followUp: {
          status: 'done',
          // Stryker disable next-line OptionalChaining: equivalent, the followUpPending condition guarantees a 回访
          openedAt: r.followUp?.openedAt ?? now,
          doneAt: now,
          note: c.note,
        },
      },
      note: c.note,
    }),
  },
  reportBack: {
    from: ['resolved', 'closed'],
    to: null,
    guard: 'staff',
    when: 'hotlineAwaitingReport',
    event: 'reportedBack',
    effects: [],
    stale: invalidState,
    apply: (r, c, _a, now) => ({
      set: r.hotline ? { hotline: { ...r.hotline, reportedBackAt: now } } : {},
      ...(c.note ? { note: c.note } : {}),
    }),
  },
  escalate: {
    from: ACTIVE,
    to: null,
    guard: 'system',
    when: 'escalationDue',
    event: 'escalated',
    effects: ['notifyGridLeader'],
    stale: invalidState,
    apply: (r, _c, _a, now) => {
      const level = escalationDue(r, now)
      return {
        set: { escalationLevel: level },
        note: level === 2 ? '超时未办结，已上报社区' : '已超时，已提醒网格长',
        ...(level === 2 ? { also: { effects: ['notifyStaff'] } } : {}),
      }
    },
  },
  autoClose: {
    from: ['resolved'],
    to: 'closed',
    guard: 'system',
    when: 'unconfirmedForAWeek',
    event: 'autoClosed',
    effects: ['writeServiceRecord'],
    stale: invalidState,
    apply: (_r, _c, _a, now) => ({ set: { closedAt: now }, note: '居民 7 天未确认，自动办结' }),
  },
}
