import { backoffMs, decideDelivery, MAX_ATTEMPTS } from './delivery-policy'

const NOW = new Date('2026-11-26T02:00:00Z')

describe('decideDelivery', () => {
  it('a success is sent and keeps the quota unit it spent', () => {
    expect(decideDelivery({ ok: true }, 1, NOW)).toEqual({
      status: 'sent',
      nextAttemptAt: null,
      quota: 'keep',
      reason: null,
    })
  })

  it('system busy (-1) is retried later, keeping the unit reserved', () => {
    const d = decideDelivery({ ok: false, errcode: -1 }, 1, NOW)
    expect(d.status).toBe('pending')
    expect(d.quota).toBe('keep')
    expect(d.nextAttemptAt).toEqual(new Date('2026-11-26T02:01:00Z'))
  })

  it('backs off 1, 2, 4 … minutes, capped at an hour', () => {
    expect([1, 2, 3, 4].map(backoffMs)).toEqual([60_000, 120_000, 240_000, 480_000])
    expect(backoffMs(20)).toBe(3_600_000)
  })

  it('43101 is never retried and zeroes the quota', () => {
    expect(decideDelivery({ ok: false, errcode: 43101 }, 1, NOW)).toEqual({
      status: 'failed',
      nextAttemptAt: null,
      quota: 'zero',
      reason: 'errcode 43101',
    })
  })

  it('47003 is never retried and gives the unit back', () => {
    const d = decideDelivery({ ok: false, errcode: 47003 }, 1, NOW)
    expect(d).toMatchObject({ status: 'failed', quota: 'refund', nextAttemptAt: null })
  })

  it('gives up on a transient error after the last attempt', () => {
    expect(decideDelivery({ ok: false, errcode: -1 }, MAX_ATTEMPTS - 1, NOW).status).toBe('pending')
    expect(decideDelivery({ ok: false, errcode: -1 }, MAX_ATTEMPTS, NOW)).toMatchObject({
      status: 'failed',
      quota: 'refund',
    })
  })
})
