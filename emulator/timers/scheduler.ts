// Runs timer jobs on their cron schedules against an injectable clock (tests drive a fake one).

import { nextFireTime, type CronSchedule } from './cron'

export interface Clock {
  now(): number
  setTimeout(fn: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms).unref(),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
}

export interface TimerJob {
  functionName: string
  triggerName: string
  schedule: CronSchedule
}

/** Called once per due job with the scheduled fire time; errors are the caller's to log. */
export type FireJob = (job: TimerJob, scheduledAt: Date) => void

export interface Scheduler {
  stop(): void
}

// setTimeout's delay is a signed 32-bit int: a longer wait is done in hops.
const MAX_DELAY_MS = 2 ** 31 - 1

export function startScheduler(
  jobs: readonly TimerJob[],
  fire: FireJob,
  clock: Clock = systemClock,
): Scheduler {
  const next = new Map<TimerJob, number>()
  for (const job of jobs) {
    const at = nextFireTime(job.schedule, clock.now())
    if (at !== null) next.set(job, at)
  }
  let handle: unknown = null
  let stopped = false

  const arm = (): void => {
    if (stopped || next.size === 0) return
    const earliest = Math.min(...next.values())
    const delay = Math.min(Math.max(earliest - clock.now(), 0), MAX_DELAY_MS)
    handle = clock.setTimeout(tick, delay)
  }

  // A late wake-up (a suspended laptop) fires each overdue job once, then resumes from "now",
  // rather than replaying every missed slot.
  const tick = (): void => {
    handle = null
    const now = clock.now()
    for (const [job, at] of [...next]) {
      if (at > now) continue
      fire(job, new Date(at))
      const following = nextFireTime(job.schedule, Math.max(at, now))
      if (following === null) next.delete(job)
      else next.set(job, following)
    }
    arm()
  }

  arm()
  return {
    stop() {
      stopped = true
      if (handle !== null) clock.clearTimeout(handle)
      handle = null
    },
  }
}
