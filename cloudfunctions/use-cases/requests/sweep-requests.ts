// The requests timer (系统调用, no user): escalates overdue requests (grid leader, then staff) and
// closes resolved ones the reporter has not confirmed in 7 days. Each through the lifecycle.
import { ACTIVE_REQUEST_STATUSES } from '../../domain/due-time'
import { systemActor } from '../../domain/actor'
import { AUTO_CLOSE_AFTER_DAYS, ESCALATE_TO_STAFF_AFTER_HOURS } from '../../domain/escalation'
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

/** Requests read at once per community and kind of work: each read costs the same in any city. */
export const SWEEP_PAGE = 100

/**
 * Applies a command to every request a query answers, a page at a time. The command takes each
 * request out of the query, so the next page is the rest; a page where nothing could be done
 * (every request moved on, or was refused) ends it, so a stuck request cannot loop the sweep.
 */
const drain = async (
  page: () => Promise<readonly { _id: string; communityId: string }[]>,
  command: Command,
  deps: Deps,
): Promise<{ done: number; skipped: number }> => {
  const total = { done: 0, skipped: 0 }
  for (;;) {
    const docs = await page()
    const { done, skipped } = await applyAll(docs, command, deps)
    total.done += done
    total.skipped += skipped
    if (docs.length < SWEEP_PAGE || done === 0) return total
  }
}

/**
 * Community by community, so every query is bounded by one community's requests, never the city's:
 * overdue ones not yet escalated (to the grid leader, or straight to staff when a day late), those a
 * day past due at the grid leader (to staff), and resolved ones unconfirmed for a week.
 */
export const sweepRequests = async (now: Date, deps: Deps): Promise<SweepResult> => {
  const staffBefore = new Date(now.getTime() - ESCALATE_TO_STAFF_AFTER_HOURS * 3_600_000)
  const closeBefore = new Date(now.getTime() - AUTO_CLOSE_AFTER_DAYS * 24 * 3_600_000)
  const clock = { ...deps, now: () => now }
  const escalate: Command = { action: 'escalate' }
  const result: SweepResult = { escalated: 0, autoClosed: 0, skipped: 0 }
  for (const communityId of await deps.org.listCommunityIds()) {
    const overdue = (levels: readonly (0 | 1 | null)[], before: Date) => () =>
      deps.requests.listOverdue(communityId, ACTIVE_REQUEST_STATUSES, levels, before, SWEEP_PAGE)
    const runs = [
      await drain(overdue([0, null], now), escalate, clock),
      await drain(overdue([1], staffBefore), escalate, clock),
    ]
    const closed = await drain(
      () => deps.requests.listResolvedBefore(communityId, closeBefore, SWEEP_PAGE),
      { action: 'autoClose' },
      clock,
    )
    for (const run of runs) {
      result.escalated += run.done
      result.skipped += run.skipped
    }
    result.autoClosed += closed.done
    result.skipped += closed.skipped
  }
  return result
}
