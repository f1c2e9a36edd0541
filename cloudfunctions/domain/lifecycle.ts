// The pure state machine of a request: `transition()` returns what to write and what to do next,
// `allowedActions()` what a caller may do now. Both read LIFECYCLE; neither does I/O.
import {
  REQUEST_ACTIONS,
  type ErrorCode,
  type LifecycleAction,
  type RequestAction,
  type RequestDoc,
  type RequestStatus,
  type TimelineEvent,
} from '@linli/types'
import { actsForHandler, isLeaderOf, isPostedInGrid, isStaff, type Actor } from './actor'
import { autoCloseDue, escalationDue } from './escalation'
import type { CommandOf, Effect } from './lifecycle-commands'
import { LIFECYCLE, type ConditionName, type GuardName } from './lifecycle-table'
import { mayFollow } from './visibility'

/** Named guards: who may take an action (DESIGN §3). */
const GUARDS: Record<GuardName, (request: RequestDoc, actor: Actor) => boolean> = {
  gridLeaderOrStaff: (r, a) => a.kind === 'person' && isLeaderOf(a, r.gridId),
  claimant: (r, a) => a.kind === 'person' && claimCapacities(r, a).length > 0,
  handler: (r, a) => actsForHandler(r, a),
  reporter: (r, a) => a.kind === 'person' && r.reporterOpenid === a.openid,
  follower: (r, a) => mayFollow(r, a),
  staff: (_r, a) => a.kind === 'person' && isStaff(a.roles),
  system: (_r, a) => a.kind === 'system',
}

const CONDITIONS: Record<ConditionName, (request: RequestDoc, now: Date) => boolean> = {
  followUpPending: (r) => r.followUp?.status === 'pending',
  hotlineAwaitingReport: (r) => r.hotline !== null && r.hotline.reportedBackAt === null,
  escalationDue: (r, now) => escalationDue(r, now) > r.escalationLevel,
  unconfirmedForAWeek: (r, now) => autoCloseDue(r, now),
}

export type ClaimCapacity = { kind: 'member' } | { kind: 'team'; teamId: string; name: string }

/**
 * The ways this actor may claim: as a member posted in the request's grid, or as captain of a team
 * of a suggested kind. Sensitive requests are never claimed: the grid leader assigns them.
 */
export const claimCapacities = (request: RequestDoc, actor: Actor): ClaimCapacity[] => {
  if (request.sensitive || actor.communityId !== request.communityId) return []
  const asMember: ClaimCapacity[] =
    actor.personId && isPostedInGrid(actor.roles, request.gridId) ? [{ kind: 'member' }] : []
  const asTeam: ClaimCapacity[] = actor.captainTeams
    .filter((t) => request.suggestedTeamKinds.includes(t.kind))
    .map((t) => ({ kind: 'team', teamId: t.id, name: t.name }))
  return [...asMember, ...asTeam]
}

/**
 * What the decision rested on, so the write can be conditional on exactly that: the from-states,
 * and the facts the guard and condition read. Writes that do not conflict (two progress notes, two
 * neighbours following) both land; writes that do (two claims) — only one matches.
 */
export interface WriteCondition {
  statusIn: readonly RequestStatus[]
  /** The handler must still be the one the guard checked. */
  handlerKey?: string | null
  /** The follower must not have joined meanwhile. */
  notFollower?: string
  escalationLevel?: number
  resolvedAt?: Date | null
  followUpPending?: true
  hotlineAwaitingReport?: true
}

export type TransitionResult =
  | {
      ok: true
      set: Partial<RequestDoc>
      addFollower?: string
      events: TimelineEvent[]
      effects: Effect[]
      condition: WriteCondition
    }
  | { ok: false; code: ErrorCode; message: string }

const conditionOf = (
  request: RequestDoc,
  action: LifecycleAction,
  actor: Actor,
): WriteCondition => {
  const row = LIFECYCLE[action]
  return {
    statusIn: row.from,
    ...(row.guard === 'handler' ? { handlerKey: request.handlerKey } : {}),
    ...(row.guard === 'follower' ? { notFollower: actor.openid } : {}),
    ...(row.when === 'escalationDue' ? { escalationLevel: request.escalationLevel } : {}),
    ...(row.when === 'unconfirmedForAWeek' ? { resolvedAt: request.resolvedAt } : {}),
    ...(row.when === 'followUpPending' ? { followUpPending: true as const } : {}),
    ...(row.when === 'hotlineAwaitingReport' ? { hotlineAwaitingReport: true as const } : {}),
  }
}

const refuse = (code: ErrorCode, message: string): TransitionResult => ({
  ok: false,
  code,
  message,
})

/** Whether the action applies now, or why not — the guard first, then the state. */
const check = (
  request: RequestDoc,
  action: LifecycleAction,
  actor: Actor,
  now: Date,
): TransitionResult | null => {
  const row = LIFECYCLE[action]
  if (!GUARDS[row.guard](request, actor)) {
    return refuse('AUTH.FORBIDDEN', `${action}: not allowed for this caller (${row.guard})`)
  }
  if (!row.from.includes(request.status)) {
    return refuse(row.stale(request), `${action}: not possible while ${request.status}`)
  }
  if (row.when && !CONDITIONS[row.when](request, now)) {
    return refuse('REQUEST.INVALID_STATE', `${action}: ${row.when} does not hold`)
  }
  return null
}

export const transition = <A extends LifecycleAction>(
  request: RequestDoc,
  command: CommandOf<A>,
  actor: Actor,
  now: Date,
): TransitionResult => {
  const action = command.action as A
  const refused = check(request, action, actor, now)
  if (refused) return refused
  const row = LIFECYCLE[action]
  const outcome = row.apply(request, command, actor, now)
  const by = actor.personId
  const event: TimelineEvent = {
    type: row.event,
    at: now,
    by,
    ...(outcome.note === undefined ? {} : { note: outcome.note }),
    ...(outcome.photos && outcome.photos.length > 0 ? { photos: outcome.photos } : {}),
  }
  const also = outcome.also
  return {
    ok: true,
    set: { ...outcome.set, ...(row.to ? { status: row.to } : {}), updatedAt: now },
    ...(outcome.addFollower ? { addFollower: outcome.addFollower } : {}),
    condition: conditionOf(request, action, actor),
    events: also?.event ? [event, { type: also.event, at: now, by }] : [event],
    effects: [...row.effects, ...(also?.effects ?? [])],
  }
}

/** What this caller may do now: the app shows exactly these buttons. */
export const allowedActions = (request: RequestDoc, actor: Actor, now: Date): RequestAction[] =>
  REQUEST_ACTIONS.filter((action) => check(request, action, actor, now) === null)
