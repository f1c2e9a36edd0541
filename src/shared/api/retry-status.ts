// The client's retries as the UI sees them: who is retrying now, and what to tell the person.

export interface RetryNotice {
  fn: string
  action: string
  /** 1 for the first retry. */
  attempt: number
  maxRetries: number
}

type Listener = (notice: RetryNotice | null) => void

const active = new Map<number, RetryNotice>()
const listeners = new Set<Listener>()

/** The most recent retry still going on, or null. */
export const currentRetry = (): RetryNotice | null => [...active.values()].pop() ?? null

const notify = (): void => {
  const notice = currentRetry()
  for (const listener of listeners) listener(notice)
}

export const announceRetry = (callId: number, notice: RetryNotice): void => {
  active.delete(callId)
  active.set(callId, notice)
  notify()
}

/** The call settled (answered or gave up): its notice goes. */
export const endRetry = (callId: number): void => {
  if (active.delete(callId)) notify()
}

export const subscribeRetry = (listener: Listener): (() => void) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export const retryMessage = (notice: RetryNotice): string =>
  `网络不稳定，正在第 ${notice.attempt} 次重试（最多 ${notice.maxRetries} 次）…`
