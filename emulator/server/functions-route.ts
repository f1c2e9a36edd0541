// POST /functions/<name>: the app's gateway; calls main(event, context) as a user of the app.

import type { IncomingMessage, ServerResponse } from 'node:http'
import { isFunctionName } from '../functions-host/registry'
import { MAX_JSON_BYTES, readJson, sendAppError, sendJsonText } from './http-io'
import { callerOf } from './local-caller'
import type { ServerState } from './state'

const FAILURE_STATUS = { failed: 500, timeout: 504 } as const
const FAILURE_CODE = { failed: 'FUNCTION.FAILED', timeout: 'FUNCTION.TIMEOUT' } as const

export async function handleFunctionCall(
  req: IncomingMessage,
  res: ServerResponse,
  state: ServerState,
  name: string,
  headers: Record<string, string>,
): Promise<void> {
  if (req.method !== 'POST') {
    sendAppError(res, 405, 'HTTP.METHOD_NOT_ALLOWED', 'call a function with POST', headers)
    return
  }
  const caller = callerOf(req)
  if (caller === null) {
    sendAppError(res, 400, 'INPUT.INVALID', 'X-WX-OPENID must be 1-128 of A-Z a-z 0-9 _ -', headers)
    return
  }
  if (!isFunctionName(name) || !state.functions) {
    sendAppError(res, 404, 'FUNCTION.NOT_FOUND', `no function named "${name}"`, headers)
    return
  }
  const read = await readJson(req, MAX_JSON_BYTES, {})
  if (!read.ok) {
    const status = read.reason === 'too-large' ? 413 : 400
    const code = read.reason === 'too-large' ? 'INPUT.TOO_LARGE' : 'INPUT.INVALID'
    sendAppError(res, status, code, read.message, headers)
    return
  }
  const result = await state.functions.invoke(name, read.value, caller)
  if (result.kind === 'ok') sendJsonText(res, 200, result.json, headers)
  else if (result.kind === 'not-found') {
    sendAppError(res, 404, 'FUNCTION.NOT_FOUND', result.message, headers)
  } else {
    state.log(`[gateway] ${name}: ${result.message}`)
    sendAppError(
      res,
      FAILURE_STATUS[result.kind],
      FAILURE_CODE[result.kind],
      result.message,
      headers,
    )
  }
}
