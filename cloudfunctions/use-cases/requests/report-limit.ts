// Reports per person are limited (DESIGN §3): at most 10 an hour, counted atomically.
import { AppError } from '../../shared/app-error'
import type { Deps } from '../deps'

export const REPORTS_PER_HOUR = 10
const HOUR_MS = 3_600_000

export const takeReportAllowance = async (openid: string, deps: Deps): Promise<void> => {
  const now = deps.now()
  const hour = Math.floor(now.getTime() / HOUR_MS)
  const allowed = await deps.quotas.take(
    `report:${openid}:${hour}`,
    REPORTS_PER_HOUR,
    new Date((hour + 1) * HOUR_MS),
  )
  if (!allowed) {
    throw new AppError(
      'RATE.LIMITED',
      `at most ${REPORTS_PER_HOUR} reports an hour: try again after the hour`,
    )
  }
}
