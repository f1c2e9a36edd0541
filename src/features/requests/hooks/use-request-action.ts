// Sends one action form: checked with the contract's schema, one clientRequestId per form (kept for a
// retry of the same form), loading and a Chinese error, and every list marked stale on success.
import { useCallback, useRef, useState } from 'react'
import type { RequestAction, RequestDetail } from '@linli/types'
import { isApiError } from '@/shared/api/api-error'
import { errorMessage } from '@/shared/api/error-messages'
import { runAction, type ActionFields } from '../api/request-actions'
import { checkActionInput } from '../lib/check-action-input'
import { newClientRequestId } from '../lib/client-request-id'
import { markRequestsChanged } from '../lib/request-freshness'

/** The request moved on under the caller: what they see is out of date. */
const STALE_CODES = new Set([
  'REQUEST.ALREADY_TAKEN',
  'REQUEST.INVALID_STATE',
  'REQUEST.ALREADY_RATED',
])

export function useRequestAction<A extends RequestAction>(
  action: A,
  requestId: string,
  onDone: (detail: RequestDetail) => void,
) {
  const key = useRef(newClientRequestId())
  const inFlight = useRef(false)
  const [sending, setSending] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [stale, setStale] = useState(false)

  const send = useCallback(
    async (fields: ActionFields<A>) => {
      if (inFlight.current) return
      const problem = checkActionInput(action, {
        ...fields,
        id: requestId,
        clientRequestId: key.current,
      })
      if (problem) {
        setError(problem)
        return
      }
      inFlight.current = true
      setSending(true)
      setError(null)
      try {
        const detail = await runAction(action, requestId, key.current, fields)
        markRequestsChanged()
        key.current = newClientRequestId()
        onDone(detail)
      } catch (failure) {
        setError(errorMessage(failure))
        if (isApiError(failure) && STALE_CODES.has(failure.code)) {
          setStale(true)
          markRequestsChanged()
        }
      } finally {
        inFlight.current = false
        setSending(false)
      }
    },
    [action, requestId, onDone],
  )

  return { send, sending, error, stale }
}
