// Which calls the client repeats on its own, after which failures, and how long it waits between.
import { API, type FunctionName } from '@linli/types'
import { isApiError } from './api-error'

/**
 * A read (its `kind` in the API map) can be repeated freely; a write only when it carries an
 * idempotency key, so the function files it at most once however often it arrives.
 */
const isRead = (fn: FunctionName, action: string): boolean => {
  const actions = API[fn] as Record<string, { kind: string }>
  return Object.hasOwn(actions, action) && actions[action]?.kind === 'read'
}

const hasIdempotencyKey = (data: unknown): boolean =>
  typeof data === 'object' &&
  data !== null &&
  typeof (data as { clientRequestId?: unknown }).clientRequestId === 'string'

export const isSafeToRetry = (fn: FunctionName, action: string, data: unknown): boolean =>
  isRead(fn, action) || hasIdempotencyKey(data)

/**
 * Failures where the call may not have run, or may succeed if sent again: the network, the
 * gateway, a crashed or slow function. Answers from the function itself (INPUT.INVALID,
 * AUTH.FORBIDDEN, …) would come back the same, so they are never repeated.
 */
const TRANSIENT = new Set([
  'NETWORK.FAILED',
  'NETWORK.TIMEOUT',
  'FUNCTION.FAILED',
  'FUNCTION.TIMEOUT',
])

export const isTransient = (error: unknown): boolean =>
  isApiError(error) && TRANSIENT.has(error.code)

/** Waits before each retry; its length is the number of retries. Tests set it to zeros. */
export const retryTiming = { delaysMs: [400, 1200, 2500] }
