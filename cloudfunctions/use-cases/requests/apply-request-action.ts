// The one use case that applies any lifecycle action: load → decide (pure) → conditional write →
// effects. A write that lost a race is decided afresh on the fresh document, never forced.
import type { RequestDoc } from '@linli/types'
import type { Actor } from '../../domain/actor'
import { transition } from '../../domain/lifecycle'
import type { Command, Effect } from '../../domain/lifecycle-commands'
import { mayFollow, requestVisibility } from '../../domain/visibility'
import { AppError, notFound } from '../../shared/app-error'
import type { Deps } from '../deps'

/**
 * A write fails only when what the decision rested on changed (someone claimed first): the next
 * round decides afresh and is refused or lands. Non-conflicting writes never retry.
 */
const MAX_ATTEMPTS = 5

export interface ActionRequest {
  id: string
  /** The app's key for this call: a retry with it returns the request as it is, doing nothing. */
  clientRequestId?: string | undefined
  /** Builds the command from the current request (a claim depends on who may claim it now). */
  command: (doc: RequestDoc) => Command
  /** A lookup the command needs (an assignee), awaited alongside the first read of the request. */
  ready?: Promise<unknown> | undefined
  /**
   * Queues a text the content check held (see check-request-text.ts) and answers its hash, which
   * lands with the action's own write; run only once the action is allowed, so a refusal holds
   * nothing.
   */
  hold?: (() => Promise<string>) | undefined
}

const canReach = (doc: RequestDoc, command: Command, actor: Actor): boolean =>
  requestVisibility(doc, actor) !== 'none' || (command.action === 'follow' && mayFollow(doc, actor))

export const applyRequestAction = async (
  request: ActionRequest,
  actor: Actor,
  deps: Deps,
): Promise<RequestDoc> => applyRequestActionThen(request, actor, deps, async (doc) => doc)

/**
 * Applies the action, then runs `next` on the request as written while its effects are recorded:
 * both round trips go out together (the caller's answer need not wait for the outbox write), and
 * a failure of either still fails the call.
 */
export const applyRequestActionThen = async <T>(
  request: ActionRequest,
  actor: Actor,
  deps: Deps,
  next: (doc: RequestDoc) => Promise<T>,
): Promise<T> => {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const [doc] = await Promise.all([
      deps.requests.getById(request.id),
      attempt === 0 ? request.ready : undefined,
    ])
    if (!doc) throw notFound('request')
    const command = request.command(doc)
    if (!canReach(doc, command, actor)) throw notFound('request')
    const key = request.clientRequestId
    if (key !== undefined && doc.appliedKeys.includes(key)) return next(doc)
    const now = deps.now()
    const result = transition(doc, command, actor, now)
    if (!result.ok) throw new AppError(result.code, result.message)
    await deps.writes.spend()
    const heldText = request.hold ? await request.hold() : undefined
    const after = await deps.requests.applyChange(doc._id, result.condition, {
      set: result.set,
      addFollower: result.addFollower,
      events: result.events,
      appliedKey: key,
      heldText,
    })
    if (after) {
      const [answer] = await Promise.all([
        next(after),
        runEffects(after, command, result.effects, actor, deps, now),
      ])
      return answer
    }
    await deps.writes.refund()
  }
  throw new AppError('REQUEST.INVALID_STATE', 'the request kept changing: try again')
}

/**
 * Linking a duplicate happens here; notifications and service records are recorded in the
 * request-event outbox, once per (request, version), for the delivery and points work to consume.
 */
const runEffects = async (
  doc: RequestDoc,
  command: Command,
  effects: readonly Effect[],
  actor: Actor,
  deps: Deps,
  now: Date,
): Promise<void> => {
  const work: Promise<void>[] = []
  const original = command.action === 'reject' ? command.duplicateOf : null
  if (effects.includes('followOriginal') && original && doc.reporterOpenid) {
    work.push(deps.requests.addFollower(original, doc.reporterOpenid))
  }
  const recorded = effects.filter((e) => e !== 'followOriginal')
  if (recorded.length > 0) {
    work.push(
      deps.requestEvents.record({
        communityId: doc.communityId,
        requestId: doc._id,
        version: doc.version,
        action: command.action,
        effects: recorded,
        actorId: actor.personId,
        createdAt: now,
      }),
    )
  }
  await Promise.all(work)
}
