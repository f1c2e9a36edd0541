// Quota accounting of the delivery worker, on in-memory stand-ins for the outbox, the subscriptions
// and WeChat: one unit per message delivered, kept across retries, zeroed by 43101, given back
// by a final refusal, never spent when there is none.
import type { DeliveryDoc, DeliveryRepository } from '../../data/delivery.repository'
import type { NoticeDoc, NoticeStatus } from '@linli/types'
import type { NoticeRepository } from '../../data/notice.repository'
import type { SubscriptionRepository } from '../../data/subscription.repository'
import type { WeChatOpenApi } from '../../data/wechat-open-api'
import type { SendOutcome } from '../../domain/delivery-policy'
import type { Deps } from '../deps'
import { deliverDue } from './deliver-messages'

const T0 = new Date('2030-03-01T08:00:00Z')
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000)

const anEntry = (overrides: Partial<DeliveryDoc> = {}): DeliveryDoc => ({
  _id: 'notice:n1:p1',
  communityId: 'c1',
  personId: 'p1',
  openid: 'o1',
  template: 'notice',
  page: 'packages/notices/detail/index?id=n1',
  data: { thing1: { value: '停水通知' } },
  status: 'pending',
  attempts: 0,
  quotaTaken: false,
  nextAttemptAt: T0,
  leaseUntil: null,
  lastError: null,
  sentAt: null,
  createdAt: T0,
  ...overrides,
})

/** The outbox, the quota and WeChat in memory; `answers` are WeChat's, in order (then success). */
const world = (
  entries: DeliveryDoc[],
  quota: number,
  answers: SendOutcome[] = [],
  noticeStatus: Record<string, NoticeStatus> = {},
) => {
  const rows = new Map(entries.map((e) => [e._id, { ...e }]))
  let remaining = quota
  const sent: string[] = []
  const deliveries: Pick<DeliveryRepository, 'listDue' | 'lease' | 'settle' | 'postpone'> = {
    postpone: async (id, until) => {
      const row = rows.get(id)
      if (row?.status === 'pending') row.nextAttemptAt = until
    },
    // Copies, as the database answers: the worker's entry is not the stored row.
    listDue: async (now) =>
      [...rows.values()]
        .filter(
          (e) =>
            (e.status === 'pending' && e.nextAttemptAt <= now) ||
            (e.status === 'sending' && e.leaseUntil !== null && e.leaseUntil <= now),
        )
        .map((e) => ({ ...e })),
    lease: async (entry, now, ms) => {
      const row = rows.get(entry._id)
      if (!row || row.status !== entry.status || row.attempts !== entry.attempts) return false
      Object.assign(row, {
        status: 'sending',
        attempts: entry.attempts + 1,
        leaseUntil: new Date(now.getTime() + ms),
      })
      return true
    },
    settle: async (id, attempts, set) => {
      const row = rows.get(id)
      if (!row || row.status !== 'sending' || row.attempts !== attempts) return false
      Object.assign(row, set)
      return true
    },
  }
  const subscriptions: Pick<SubscriptionRepository, 'spend' | 'refund' | 'zero'> = {
    spend: async () => (remaining > 0 ? (remaining--, true) : false),
    refund: async () => {
      remaining++
    },
    zero: async () => {
      remaining = 0
    },
  }
  const wechat: Pick<WeChatOpenApi, 'sendSubscribeMessage'> = {
    sendSubscribeMessage: async (m) => {
      const answer = answers.shift() ?? { ok: true }
      if (answer.ok) sent.push(m.touser)
      return answer
    },
  }
  const notices: Pick<NoticeRepository, 'getByIds'> = {
    getByIds: async (ids) =>
      ids.flatMap((id) => {
        const status = noticeStatus[id]
        return status ? [{ _id: id, status } as NoticeDoc] : []
      }),
  }
  const deps = {
    notices,
    deliveries,
    subscriptions,
    wechat,
    env: {
      LINLI_COMMUNITY_ID: 'c1',
      LINLI_TEMPLATE_NOTICE: 'tn',
      LINLI_TEMPLATE_REQUEST_STATUS: 'ts',
      LINLI_TEMPLATE_NEW_TASK: 'tt',
    },
  } as unknown as Deps
  return { deps, rows, sent, remaining: () => remaining }
}

describe('quota accounting of the delivery worker', () => {
  it('spends one unit for a message retried twice after -1, and sends it once', async () => {
    // GIVEN two units and WeChat busy twice
    const w = world([anEntry()], 2, [
      { ok: false, errcode: -1 },
      { ok: false, errcode: -1 },
    ])
    // WHEN the worker runs until it is delivered (1, then 2 minutes of backoff)
    expect(await deliverDue(minutes(0), w.deps)).toMatchObject({ retrying: 1 })
    expect(w.remaining()).toBe(1)
    expect(await deliverDue(minutes(1), w.deps)).toMatchObject({ retrying: 1 })
    expect(await deliverDue(minutes(2), w.deps)).toMatchObject({ sent: 0, retrying: 0 })
    expect(await deliverDue(minutes(3), w.deps)).toMatchObject({ sent: 1 })
    // THEN one message, three attempts, and exactly one unit spent
    expect(w.sent).toEqual(['o1'])
    expect(w.rows.get('notice:n1:p1')).toMatchObject({ status: 'sent', attempts: 3 })
    expect(w.remaining()).toBe(1)
  })

  it('43101 zeroes the quota, whatever the count said, and is not retried', async () => {
    const w = world([anEntry()], 3, [{ ok: false, errcode: 43101 }])
    expect(await deliverDue(minutes(0), w.deps)).toMatchObject({ failed: 1 })
    await deliverDue(minutes(60), w.deps)
    expect(w.remaining()).toBe(0)
    expect(w.rows.get('notice:n1:p1')).toMatchObject({ status: 'failed', attempts: 1 })
    expect(w.sent).toEqual([])
  })

  it('47003 (a bad field) gives the unit back and is not retried', async () => {
    const w = world([anEntry()], 1, [{ ok: false, errcode: 47003 }])
    expect(await deliverDue(minutes(0), w.deps)).toMatchObject({ failed: 1 })
    expect(w.remaining()).toBe(1)
    expect(w.rows.get('notice:n1:p1')).toMatchObject({ quotaTaken: false })
  })

  it('with one unit for two messages, one is sent and the other skipped without a send', async () => {
    const w = world([anEntry(), anEntry({ _id: 'notice:n2:p1' })], 1)
    expect(await deliverDue(minutes(0), w.deps)).toEqual({
      sent: 1,
      retrying: 0,
      failed: 0,
      skipped: 1,
    })
    expect(w.sent).toEqual(['o1'])
    expect(w.remaining()).toBe(0)
  })

  it('after the last transient failure the unit comes back', async () => {
    const busy = Array.from({ length: 6 }, () => ({ ok: false as const, errcode: -1 }))
    const w = world([anEntry()], 1, busy)
    for (let minute = 0; minute <= 24 * 60; minute += 1) await deliverDue(minutes(minute), w.deps)
    expect(w.rows.get('notice:n1:p1')).toMatchObject({ status: 'failed', attempts: 6 })
    expect(w.remaining()).toBe(1)
    expect(w.sent).toEqual([])
  })

  it("holds a notice's message until the notice is published, and sends it then", async () => {
    // GIVEN a message written beside its notice, which is not marked published yet
    const status: Record<string, NoticeStatus> = { n1: 'scheduled' }
    const w = world([anEntry({ noticeId: 'n1' })], 1, [], status)
    // WHEN the worker runs: nothing is sent, no unit is spent, the entry waits a minute
    expect(await deliverDue(minutes(0), w.deps)).toMatchObject({ sent: 0, skipped: 0 })
    expect(w.sent).toEqual([])
    expect(w.remaining()).toBe(1)
    expect(w.rows.get('notice:n1:p1')).toMatchObject({
      status: 'pending',
      nextAttemptAt: minutes(1),
    })
    // THEN once the notice is published, the next run sends it
    status.n1 = 'published'
    expect(await deliverDue(minutes(1), w.deps)).toMatchObject({ sent: 1 })
    expect(w.sent).toEqual(['o1'])
  })

  it('skips the message of a notice that will never be published, spending nothing', async () => {
    const w = world(
      [anEntry({ noticeId: 'n1' }), anEntry({ _id: 'notice:n2:p1', noticeId: 'n2' })],
      2,
      [],
      {
        n1: 'rejected',
      },
    )
    // n1 was rejected, n2 is gone: neither is sent
    expect(await deliverDue(minutes(0), w.deps)).toMatchObject({ sent: 0, skipped: 2 })
    expect(w.sent).toEqual([])
    expect(w.remaining()).toBe(2)
    expect(w.rows.get('notice:n1:p1')).toMatchObject({
      status: 'skipped',
      lastError: 'notice not published',
    })
  })
})
