// Reports per person are limited (DESIGN §3): at most 10 an hour, counted atomically.
import { AppError } from '../../shared/app-error'
import type { Deps } from '../deps'

export const REPORTS_PER_HOUR = 10
const HOUR_MS = 3_600_000

/** Takes one report of the hour's allowance; answers how to give it back if nothing was filed. */
export const takeReportAllowance = async (
  openid: string,
  deps: Deps,
): Promise<{ giveBack: () => Promise<void> }> => {
  const now = deps.now()
  const hour = Math.floor(now.getTime() / HOUR_MS)
  const key = `report:${openid}:${hour}`
  const allowed = await deps.quotas.take(key, REPORTS_PER_HOUR, new Date((hour + 1) * HOUR_MS))
  if (!allowed) {
    throw new AppError(
      'RATE.LIMITED',
      `at most ${REPORTS_PER_HOUR} reports an hour: try again after the hour`,
    )
  }
  return { giveBack: () => deps.quotas.giveBack(key) }
}
