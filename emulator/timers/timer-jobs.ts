// Turns the timer triggers of function bundles into scheduler jobs and CloudBase timer events.

import type { FunctionBundle } from '../functions-host/registry'
import { parseCron } from './cron'
import type { TimerJob } from './scheduler'

/** Every timer trigger of every bundle; a bad cron throws (CloudBase would refuse to deploy it). */
export function timerJobs(bundles: readonly FunctionBundle[]): TimerJob[] {
  return bundles.flatMap((bundle) =>
    bundle.timers.map((trigger) => {
      try {
        return {
          functionName: bundle.name,
          triggerName: trigger.name,
          schedule: parseCron(trigger.config),
        }
      } catch (error) {
        throw new Error(
          `${bundle.name}/config.json trigger "${trigger.name}": ${(error as Error).message}`,
        )
      }
    }),
  )
}

export interface TimerEvent {
  Type: 'Timer'
  TriggerName: string
  /** The scheduled time, ISO 8601 UTC without milliseconds, e.g. "2030-05-01T18:00:00Z". */
  Time: string
  /** The trigger's custom argument; CloudBase's config.json has none, so always "". */
  Message: string
}

/** The event CloudBase passes to main() when a timer trigger fires. */
export function timerEvent(triggerName: string, scheduledAt: Date): TimerEvent {
  return {
    Type: 'Timer',
    TriggerName: triggerName,
    Time: scheduledAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    Message: '',
  }
}
