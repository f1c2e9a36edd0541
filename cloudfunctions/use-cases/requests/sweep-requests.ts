// The requests timer (系统调用, no user): escalates overdue requests (grid leader, then staff) and
// closes resolved ones the reporter has not confirmed in 7 days. Each through the lifecycle.
import { ACTIVE_REQUEST_STATUSES } from '../../domain/due-time'
import { systemActor } from '../../domain/actor'
import { AUTO_CLOSE_AFTER_DAYS } from '../../domain/escalation'
import type { Command } from '../../domain/lifecycle-commands'
import { AppError } from '../../shared/app-error'
import type { Deps } from '../deps'
import { applyRequestAction } from './apply-request-action'

export interface SweepResult {
  escalated: number
  autoClosed: number
  /** Requests that moved on between the read and the write (someone acted first): fine. */
  skipped: number
}

const applyAll = async (
  docs: readonly { _id: string; communityId: string }[],
  command: Command,
  deps: Deps,
): Promise<{ done: number; skipped: number }> => {
  let done = 0
  let skipped = 0
  // One at a time: a sweep is background work and must not crowd out residents' calls.
  for (const doc of docs) {
    try {
      await applyRequestAction(
        { id: doc._id, command: () => command },
        systemActor(doc.communityId),
        deps,
      )
      done++
    } catch (error) {
      if (!(error instanceof AppError)) throw error
      skipped++
    }
  }
  return { done, skipped }
}

export const sweepRequests = async (now: Date, deps: Deps): Promise<SweepResult> => {
  const closeBefore = new Date(now.getTime() - AUTO_CLOSE_AFTER_DAYS * 24 * 3_600_000)
  const clock = { ...deps, now: () => now }
  const [overdue, unconfirmed] = await Promise.all([
    deps.requests.listOverdue(now, ACTIVE_REQUEST_STATUSES),
    deps.requests.listResolvedBefore(closeBefore),
  ])
  const escalated = await applyAll(overdue, { action: 'escalate' }, clock)
  const closed = await applyAll(unconfirmed, { action: 'autoClose' }, clock)
  return {
    escalated: escalated.done,
    autoClosed: closed.done,
    skipped: escalated.skipped + closed.skipped,
  }
}
