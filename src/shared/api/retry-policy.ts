// Which calls the client repeats on its own, after which failures, and how long it waits between.
import type { FunctionName } from '@linli/types'
import { isApiError } from './api-error'

/**
 * Actions that only read. A read can be repeated freely; a write only when it carries an
 * idempotency key, so the function files it at most once however often it arrives. (The API map
 * in types/ could carry this flag; until it does, the list lives here.)
 */
const READS: ReadonlySet<`${FunctionName}.${string}`> = new Set([
  'org.me',
  'org.listBuildings',
  'requests.get',
  'requests.listMine',
  'requests.listForGrid',
] as const)

const hasIdempotencyKey = (data: unknown): boolean =>
  typeof data === 'object' &&
  data !== null &&
  typeof (data as { clientRequestId?: unknown }).clientRequestId === 'string'

export const isSafeToRetry = (fn: FunctionName, action: string, data: unknown): boolean =>
  READS.has(`${fn}.${action}`) || hasIdempotencyKey(data)

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
