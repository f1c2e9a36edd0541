// Reads a function's answer: returns `data` of `{ ok: true }`, throws ApiError for `{ ok: false }`.
import type { Issue } from '@linli/types'
import { ApiError } from './api-error'

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export const isEnvelope = (value: unknown): value is Record<string, unknown> =>
  isRecord(value) && typeof value.ok === 'boolean'

const readIssues = (value: unknown): Issue[] =>
  Array.isArray(value)
    ? value.filter(
        (i): i is Issue => isRecord(i) && typeof i.message === 'string' && Array.isArray(i.path),
      )
    : []

export const unwrapEnvelope = (payload: unknown): unknown => {
  if (!isEnvelope(payload)) throw new ApiError('RESPONSE.INVALID', 'answer is not an envelope')
  if (payload.ok === true) return payload.data
  const error = isRecord(payload.error) ? payload.error : {}
  const code = typeof error.code === 'string' ? error.code : 'INTERNAL'
  const message = typeof error.message === 'string' ? error.message : code
  throw new ApiError(code, message, readIssues(error.issues))
}
