// The message to show while the client retries a call on its own, or null.
import { useEffect, useState } from 'react'
import { currentRetry, retryMessage, subscribeRetry } from './retry-status'
import type { RetryNotice } from './retry-status'

export function useRetryNotice(): string | null {
  const [notice, setNotice] = useState<RetryNotice | null>(currentRetry)
  useEffect(() => subscribeRetry(setNotice), [])
  return notice ? retryMessage(notice) : null
}
