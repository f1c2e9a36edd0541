// Notices for integration tests: a valid send input, the delivery timer at a given time.
import { randomUUID } from 'node:crypto'
import type { SendNoticeInput } from '@linli/types'
import { dataOf, type Stack } from './stack'

export const aNotice = (overrides: Partial<SendNoticeInput> = {}): SendNoticeInput => ({
  title: '本周六停水通知',
  body: '因管网维修，本周六8:00-12:00停水，请提前储水。',
  urgency: 'normal',
  target: { kind: 'grid', gridId: 'grid-1' },
  clientRequestId: randomUUID(),
  ...overrides,
})

/** Tests write more than a person may in a minute: the allowances are cleared first. */
export const clearAllowances = async (stack: Stack): Promise<void> => {
  const _ = stack.db.command
  await stack.db
    .collection('quotas')
    .where({ count: _.gte(0) })
    .remove()
}

export const sendNotice = async (
  stack: Stack,
  openid: string,
  overrides: Partial<SendNoticeInput> = {},
): Promise<{ id: string; status: string; recipientCount: number }> => {
  await clearAllowances(stack)
  return dataOf(await stack.call('notices', 'send', aNotice(overrides), openid))
}

/** Runs the notices timer as the system at `at`. */
export const deliverAt = (stack: Stack, at: Date) =>
  stack.system('notices', { Type: 'Timer', TriggerName: 'deliver', Time: at.toISOString() })

export const subscribe = async (stack: Stack, openid: string, times = 1): Promise<void> => {
  for (let i = 0; i < times; i++) {
    await clearAllowances(stack)
    dataOf(await stack.call('notices', 'subscribe', { accepted: ['notice'] }, openid))
  }
}
