// Per-person limits (atomic counters per window): writes a minute for every write action, and
// reports an hour. A refusal is a clear RATE.LIMITED, and staff can see who hit which limit.
import { AppError } from '../shared/app-error'
import type { LimitName } from '../data/limit-hit.repository'
import type { Deps } from './deps'

export const WRITES_PER_MINUTE = 30
export const REPORTS_PER_HOUR = 10

const WINDOWS: Record<LimitName, { ms: number; allowance: number; message: string }> = {
  writesPerMinute: {
    ms: 60_000,
    allowance: WRITES_PER_MINUTE,
    message: `at most ${WRITES_PER_MINUTE} changes a minute: wait a moment`,
  },
  reportsPerHour: {
    ms: 3_600_000,
    allowance: REPORTS_PER_HOUR,
    message: `at most ${REPORTS_PER_HOUR} reports an hour: try again after the hour`,
  },
}

export interface Allowance {
  /** Gives the unit back: the call turned out to change nothing (a retried report). */
  giveBack: () => Promise<void>
}

type LimitDeps = Pick<Deps, 'quotas' | 'limitHits' | 'now'>

/** A take under way: started before the caller is known (it needs only the openid). */
export interface PendingAllowance {
  limit: LimitName
  openid: string
  now: Date
  window: number
  key: string
  allowed: Promise<boolean>
}

export const startAllowance = (
  limit: LimitName,
  openid: string,
  deps: LimitDeps,
): PendingAllowance => {
  const { ms, allowance } = WINDOWS[limit]
  const now = deps.now()
  const window = Math.floor(now.getTime() / ms)
  const key = `${limit}:${openid}:${window}`
  const allowed = deps.quotas.take(key, allowance, new Date((window + 1) * ms))
  // Awaited later (settle or cancel); until then a failure must not count as unhandled.
  allowed.catch(() => undefined)
  return { limit, openid, now, window, key, allowed }
}

/** The take's outcome: RATE.LIMITED (the hit recorded for staff) or the unit, to give back if unused. */
export const settleAllowance = async (
  pending: PendingAllowance,
  communityId: string,
  deps: LimitDeps,
): Promise<Allowance> => {
  if (!(await pending.allowed)) {
    const { limit, openid, now, window } = pending
    await deps.limitHits.record({ openid, communityId, limit, at: now, window })
    throw new AppError('RATE.LIMITED', WINDOWS[limit].message)
  }
  return { giveBack: () => deps.quotas.giveBack(pending.key) }
}

/** A call refused before it changed anything: the unit goes back, as if never taken. */
export const cancelAllowance = async (
  pending: PendingAllowance,
  deps: LimitDeps,
): Promise<void> => {
  if (await pending.allowed) await deps.quotas.giveBack(pending.key)
}

export const takeAllowance = (
  limit: LimitName,
  who: { openid: string; communityId: string },
  deps: LimitDeps,
): Promise<Allowance> =>
  settleAllowance(startAllowance(limit, who.openid, deps), who.communityId, deps)
