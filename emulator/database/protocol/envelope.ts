// The JSON bodies the SDK parses: a success body carries requestId, a failure carries {code, message}.
import { randomUUID } from 'node:crypto'
import { DbError } from './errors'

export type ResponseBody = Record<string, unknown>

export function newRequestId(): string {
  return randomUUID()
}

export function success(fields: ResponseBody): ResponseBody {
  return { requestId: newRequestId(), ...fields }
}

/** Every failure is answered with HTTP 200: the SDK turns any other status into a code-less error. */
export function failure(error: unknown): ResponseBody {
  if (error instanceof DbError) {
    return { requestId: newRequestId(), code: error.code, message: error.message }
  }
  const detail = error instanceof Error ? error.message : String(error)
  return { requestId: newRequestId(), code: 'SYS_ERR', message: `[InternalError] ${detail}` }
}
