// Per-person limits (atomic counters per window): writes a minute for every write action, and
// reports an hour. A refusal is a clear RATE.LIMITED, and staff can see who hit which limit.
import { AppError } from '../shared/app-error'
import type { LimitName } from '../data/limit-hit.repository'
import type { Deps, WriteGate } from './deps'

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

export const takeAllowance = async (
  limit: LimitName,
  who: { openid: string; communityId: string },
  deps: Pick<Deps, 'quotas' | 'limitHits' | 'now'>,
): Promise<Allowance> => {
  const { ms, allowance, message } = WINDOWS[limit]
  const now = deps.now()
  const window = Math.floor(now.getTime() / ms)
  const key = `${limit}:${who.openid}:${window}`
  const allowed = await deps.quotas.take(key, allowance, new Date((window + 1) * ms))
  if (!allowed) {
    await deps.limitHits.record({ ...who, limit, at: now, window })
    throw new AppError('RATE.LIMITED', message)
  }
  return { giveBack: () => deps.quotas.giveBack(key) }
}

/** Reads, the system and in-process tests: nothing to count. */
export const NO_WRITE_GATE: WriteGate = {
  spent: false,
  spend: async () => undefined,
  refund: async () => undefined,
}

export const writeGate = (
  who: { openid: string; communityId: string },
  deps: Pick<Deps, 'quotas' | 'limitHits' | 'now'>,
): WriteGate => {
  let allowance: Allowance | null = null
  return {
    get spent() {
      return allowance !== null
    },
    spend: async () => {
      allowance ??= await takeAllowance('writesPerMinute', who, deps)
    },
    refund: async () => {
      const taken = allowance
      allowance = null
      if (taken) await taken.giveBack()
    },
  }
}

/**
 * Spends the write allowance while `reads` fetch what the write needs, in the same round trip:
 * the refusal still comes before anything is written, and reads that fail (a bad target, a
 * notice not found) give the unit back. The allowance is taken whatever the reads do, so a
 * failed read never leaves it half spent.
 */
export const spendWhile = async <T>(gate: WriteGate, reads: Promise<T>): Promise<T> => {
  const [read, spent] = await Promise.allSettled([reads, gate.spend()])
  if (read.status === 'rejected') {
    if (spent.status === 'fulfilled') await gate.refund()
    throw read.reason
  }
  if (spent.status === 'rejected') throw spent.reason
  return read.value
}
