// The one error the API client throws: a stable code (types' ERROR_CODES or the client's own below).
import type { Issue } from '@linli/types'

/** Failures the app sees before any function answers: the network, the gateway, the platform. */
export const CLIENT_ERROR_CODES = [
  'NETWORK.FAILED',
  'NETWORK.TIMEOUT',
  'FUNCTION.FAILED',
  'FUNCTION.NOT_FOUND',
  'RESPONSE.INVALID',
] as const
export type ClientErrorCode = (typeof CLIENT_ERROR_CODES)[number]

export class ApiError extends Error {
  readonly code: string
  readonly issues: Issue[]

  constructor(code: string, message: string, issues: Issue[] = []) {
    super(message)
    this.name = 'ApiError'
    this.code = code
    this.issues = issues
  }
}

/** By name and code, not `instanceof`: transpiled subclasses of Error can lose their prototype. */
export const isApiError = (value: unknown): value is ApiError =>
  typeof value === 'object' &&
  value !== null &&
  (value as { name?: unknown }).name === 'ApiError' &&
  typeof (value as { code?: unknown }).code === 'string'
