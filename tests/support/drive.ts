// Drives a fresh request through the gateway to the state a test needs, as the people who would.
import { randomUUID } from 'node:crypto'
import type { ReportRequestInput } from '@linli/types'
import { aReport } from './factories'
import { dataOf, type Stack } from './stack'

export type DrivenState =
  | 'submitted'
  | 'open'
  | 'claimed'
  | 'assigned'
  | 'inProgress'
  | 'resolved'
  | 'reopened'
  | 'closed'
  /** Closed with a 1-star rating: its 回访 is pending. */
  | 'closedPoorly'
  | 'rejected'
  | 'cancelled'

export interface DriveOptions {
  /** Who reports (default demo-resident; demo-newcomer for `submitted`). */
  reporter?: string
  report?: Partial<ReportRequestInput>
  /** Who claims and handles it (default demo-member). */
  handler?: string
  /** A 12345 work order recorded by staff for the reporter's household instead of a report. */
  hotline?: { householdId: string; dueAt: Date }
}

export const key = () => randomUUID()

/**
 * Tests create more requests than a person may report in an hour: the allowance is cleared before
 * each report the driver files (the limit itself is tested on its own, without the driver).
 */
export const clearReportAllowances = async (stack: Stack): Promise<void> => {
  const _ = stack.db.command
  await stack.db
    .collection('quotas')
    .where({ count: _.gte(0) })
    .remove()
}

const fileRequest = async (
  stack: Stack,
  state: DrivenState,
  options: DriveOptions,
): Promise<string> => {
  if (options.hotline) {
    const order = {
      householdId: options.hotline.householdId,
      category: options.report?.category ?? 'repair',
      description: options.report?.description ?? '12345 转来：小区路灯不亮',
      channel: 'hotline12345',
      hotline: { orderNo: `GD${Date.now()}`, dueAt: options.hotline.dueAt.toISOString() },
      clientRequestId: key(),
    }
    return dataOf(await stack.call('requests', 'reportOnBehalf', order, 'demo-staff')).id
  }
  const newcomer = state === 'submitted'
  const reporter = options.reporter ?? (newcomer ? 'demo-newcomer' : 'demo-resident')
  const report = aReport({ ...(newcomer ? { buildingId: 'bldg-01' } : {}), ...options.report })
  await clearReportAllowances(stack)
  const filed = dataOf(await stack.call('requests', 'report', report, reporter))
  const expected = newcomer ? 'submitted' : 'open'
  if (filed.status !== expected) throw new Error(`reported as ${filed.status}, not ${expected}`)
  return filed.id
}

type Step = (stack: Stack, id: string, options: DriveOptions) => Promise<unknown>

const act =
  (action: string, who: (o: DriveOptions) => string, data: Record<string, unknown> = {}): Step =>
  async (stack, id, options) =>
    dataOf(await stack.call('requests', action as 'claim', { id, ...data }, who(options)))

const handler = (o: DriveOptions) => o.handler ?? 'demo-member'
const reporter = (o: DriveOptions) => o.reporter ?? 'demo-resident'
const leader = () => 'demo-grid-leader'

const claim = act('claim', handler)
const start = act('start', handler)
const resolve = act('resolve', handler, { note: '已更换灯泡，恢复照明' })

/** The steps after filing, per state. */
const STEPS: Record<DrivenState, Step[]> = {
  submitted: [],
  open: [],
  claimed: [claim],
  assigned: [act('assign', leader, { to: { kind: 'member', id: 'person-demo-member-2' } })],
  inProgress: [claim, start],
  resolved: [claim, start, resolve],
  reopened: [claim, start, resolve, act('reopen', reporter, { reason: '灯又不亮了' })],
  closed: [claim, start, resolve, act('confirm', reporter, { rating: 5 })],
  closedPoorly: [claim, start, resolve, act('confirm', reporter, { rating: 1 })],
  rejected: [act('reject', leader, { reason: '不属于社区受理范围' })],
  cancelled: [act('cancel', reporter, { reason: '已自行解决' })],
}

/** A fresh request in `state`; its id. */
export const requestIn = async (
  stack: Stack,
  state: DrivenState,
  options: DriveOptions = {},
): Promise<string> => {
  const id = await fileRequest(stack, state, options)
  for (const step of STEPS[state]) await step(stack, id, options)
  return id
}

/** The request as stored, straight from the database. */
export const storedRequest = async (stack: Stack, id: string): Promise<Record<string, any>> => {
  const doc = (await stack.db.collection('requests').doc(id).get()).data[0]
  if (!doc) throw new Error(`no request ${id}`)
  return doc as Record<string, any>
}

export const eventsOf = (doc: Record<string, any>, type: string) =>
  (doc.timeline as { type: string }[]).filter((e) => e.type === type)

/** Adds `count` verified members posted in `gridId` (openids `${prefix}-1`…); their openids. */
export const addPostedMembers = async (
  stack: Stack,
  count: number,
  gridId: string,
  prefix: string,
): Promise<string[]> => {
  const openids = Array.from({ length: count }, (_, i) => `${prefix}-${i + 1}`)
  await Promise.all(
    openids.map((openid, i) =>
      stack.db.collection('persons').add({
        _id: `person-${openid}`,
        communityId: 'chengxi',
        openid,
        name: `党员${i + 1}`,
        phone: null,
        verified: true,
        roles: [{ role: 'member', gridId }],
        member: null,
      }),
    ),
  )
  return openids
}
