// What a subscribe-message send's outcome means for its outbox entry and the person's quota:
// retry with backoff on WeChat's transient errors, never on 43101 (no quota) or 47003 (bad field).
export type SendOutcome = { ok: true } | { ok: false; errcode: number }

export type QuotaMove = 'keep' | 'refund' | 'zero'

export interface DeliveryDecision {
  status: 'sent' | 'pending' | 'failed'
  /** When to try again (pending only). */
  nextAttemptAt: Date | null
  /** keep: the unit taken for this entry stays spent (or reserved for the retry). */
  quota: QuotaMove
  reason: string | null
}

/** -1 system busy; 45009 / 45011 rate limits: WeChat says try later. */
const TRANSIENT = new Set([-1, 45009, 45011])
/** The user has no subscription left (or withdrew it). */
export const NO_QUOTA = 43101

export const MAX_ATTEMPTS = 6
const BASE_DELAY_MS = 60_000
const MAX_DELAY_MS = 3_600_000

/** 1, 2, 4, 8 … minutes after the n-th failed attempt, capped at an hour. */
export const backoffMs = (attempts: number): number =>
  Math.min(BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1), MAX_DELAY_MS)

/**
 * Only a code WeChat gave for this message (43101, 47003, 40003 …) is final; the adapter reports
 * failures outside WeChat's own (the network, the platform's SYS_ERR) as -1.
 */
export const isTransient = (errcode: number): boolean => TRANSIENT.has(errcode)

/** `attempts` counts this one. */
export const decideDelivery = (
  outcome: SendOutcome,
  attempts: number,
  now: Date,
): DeliveryDecision => {
  if (outcome.ok) return { status: 'sent', nextAttemptAt: null, quota: 'keep', reason: null }
  const reason = `errcode ${outcome.errcode}`
  if (outcome.errcode === NO_QUOTA) {
    // WeChat knows better than our count: the person has nothing left for this template.
    return { status: 'failed', nextAttemptAt: null, quota: 'zero', reason }
  }
  if (isTransient(outcome.errcode) && attempts < MAX_ATTEMPTS) {
    const nextAttemptAt = new Date(now.getTime() + backoffMs(attempts))
    return { status: 'pending', nextAttemptAt, quota: 'keep', reason }
  }
  // Not delivered, and never will be: the consent it reserved is the person's again.
  return { status: 'failed', nextAttemptAt: null, quota: 'refund', reason }
}
