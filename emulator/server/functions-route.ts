// POST /functions/<name>: the app's gateway; calls main(event, context) as a user of the app.

import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Caller } from '../functions-host/context'
import { isFunctionName } from '../functions-host/registry'
import { MAX_JSON_BYTES, readJson, sendAppError, sendJsonText } from './http-io'
import type { ServerState } from './state'

/** The mini-program's appid as local calls report it (WX_APPID), unless X-WX-APPID says otherwise. */
export const LOCAL_APPID = 'wx-linli-local'

// openids are short URL-safe strings; anything else in the header is a client bug worth naming.
const OPENID = /^[A-Za-z0-9_-]{1,128}$/

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

/**
 * Local mode's stand-in for WeChat's signed identity: the X-WX-OPENID header. No header means no
 * user (an empty openid), and the function decides what an anonymous caller may do.
 */
function callerOf(req: IncomingMessage): Caller | null {
  const openid = headerValue(req, 'x-wx-openid')
  if (openid !== '' && !OPENID.test(openid)) return null
  const appid = headerValue(req, 'x-wx-appid') || (openid ? LOCAL_APPID : '')
  return { source: 'client', openid, appid }
}

function headerValue(req: IncomingMessage, name: string): string {
  const value = req.headers[name]
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? ''
}
