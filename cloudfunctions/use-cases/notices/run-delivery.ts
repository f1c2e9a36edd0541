// The `notices` timer (系统调用, no user): publishes scheduled notices whose time came, turns
// request events into messages, then sends what the delivery outbox holds.
import type { Deps } from '../deps'
import { deliverDue, type DeliveryRun } from './deliver-messages'
import { notifyRequestEvents } from './notify-request-events'
import { publishNotice } from './publish-notice'

export interface TimerRun extends DeliveryRun {
  published: number
  requestEvents: number
}

export const runDelivery = async (now: Date, deps: Deps): Promise<TimerRun> => {
  const clock = { ...deps, now: () => now }
  const due = await deps.notices.listDue(now, 20)
  for (const notice of due) await publishNotice(notice, clock, now)
  const requestEvents = await notifyRequestEvents(now, clock)
  const run = await deliverDue(now, clock)
  return { published: due.length, requestEvents, ...run }
}
