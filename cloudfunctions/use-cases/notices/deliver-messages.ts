// The delivery worker: sends what the outbox holds, one lease at a time. The person's quota unit
// is taken before the first attempt and kept across retries; the policy says what an outcome means.
import { decideDelivery } from '../../domain/delivery-policy'
import type { DeliveryDoc } from '../../data/delivery.repository'
import { requireTemplateIds, type TemplateIds } from '../../shared/env'
import type { Deps } from '../deps'

/** Longer than one send takes; a worker that died mid-send frees its entries after this. */
export const LEASE_MS = 2 * 60_000
const BATCH = 100

export interface DeliveryRun {
  sent: number
  retrying: number
  failed: number
  /** No quota for the template: the inbox still has the notice, WeChat gets nothing. */
  skipped: number
}

type Result = keyof DeliveryRun | null

const deliverOne = async (
  entry: DeliveryDoc,
  ids: TemplateIds,
  now: Date,
  deps: Deps,
): Promise<Result> => {
  if (!(await deps.deliveries.lease(entry, now, LEASE_MS))) return null
  const attempts = entry.attempts + 1
  if (!entry.quotaTaken) {
    if (!(await deps.subscriptions.spend(entry.openid, entry.template))) {
      await deps.deliveries.settle(entry._id, attempts, {
        status: 'skipped',
        leaseUntil: null,
        lastError: 'no subscription quota',
      })
      return 'skipped'
    }
    await deps.deliveries.settle(entry._id, attempts, { quotaTaken: true })
  }
  const outcome = await deps.wechat.sendSubscribeMessage({
    touser: entry.openid,
    templateId: ids[entry.template],
    page: entry.page,
    data: entry.data,
  })
  const decision = decideDelivery(outcome, attempts, now)
  if (decision.quota === 'refund') await deps.subscriptions.refund(entry.openid, entry.template)
  if (decision.quota === 'zero') await deps.subscriptions.zero(entry.openid, entry.template, now)
  await deps.deliveries.settle(entry._id, attempts, {
    status: decision.status,
    leaseUntil: null,
    lastError: decision.reason,
    quotaTaken: decision.quota !== 'refund',
    ...(decision.nextAttemptAt ? { nextAttemptAt: decision.nextAttemptAt } : {}),
    ...(outcome.ok ? { sentAt: now } : {}),
  })
  return decision.status === 'pending' ? 'retrying' : decision.status
}

/** How long a notice's message waits before its notice is looked at again. */
export const HOLD_MS = 60_000

/**
 * A notice's messages are written beside the notice, before it is marked published (one round
 * trip fewer for the sender): one whose notice is not published yet waits, one whose notice will
 * never be (rejected, or gone) is skipped.
 */
const heldBack = async (entries: readonly DeliveryDoc[], deps: Deps) => {
  const ids = [...new Set(entries.flatMap((e) => (e.noticeId ? [e.noticeId] : [])))]
  const found = ids.length > 0 ? await deps.notices.getByIds(ids) : []
  const notices = new Map(found.map((n) => [n._id, n.status]))
  return (entry: DeliveryDoc): 'wait' | 'never' | null => {
    if (!entry.noticeId) return null
    const status = notices.get(entry.noticeId)
    if (status === 'published') return null
    return status === 'scheduled' || status === 'held' || status === 'draft' ? 'wait' : 'never'
  }
}

export const deliverDue = async (now: Date, deps: Deps): Promise<DeliveryRun> => {
  const ids = requireTemplateIds(deps.env)
  const run: DeliveryRun = { sent: 0, retrying: 0, failed: 0, skipped: 0 }
  const due = await deps.deliveries.listDue(now, BATCH)
  const hold = await heldBack(due, deps)
  // One at a time: WeChat's rate limits, and the residents' own calls, come first.
  for (const entry of due) {
    const held = hold(entry)
    if (held === 'wait') {
      await deps.deliveries.postpone(entry._id, new Date(now.getTime() + HOLD_MS))
      continue
    }
    if (held === 'never') {
      if (await deps.deliveries.lease(entry, now, LEASE_MS)) {
        await deps.deliveries.settle(entry._id, entry.attempts + 1, {
          status: 'skipped',
          leaseUntil: null,
          lastError: 'notice not published',
        })
        run.skipped++
      }
      continue
    }
    const result = await deliverOne(entry, ids, now, deps)
    if (result) run[result]++
  }
  return run
}
