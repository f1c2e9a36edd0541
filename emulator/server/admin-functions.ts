// /admin action functions.invokeFunction: one function calling another through the SDK.

import crypto from 'node:crypto'
import { adminError } from './admin-errors'
import type { ServerState } from './state'

/**
 * Request: `{ function_name, request_data }` with the event as a JSON string ('' for none).
 * Answer: `{ requestId, data: { response_data } }`, the result again as a JSON string, which the
 * SDK parses into `callFunction(...).result`. Failures answer CloudBase's codes, which the SDK
 * throws. The callee sees no user: the SDK cannot forward one, and identity never comes from a
 * payload — it only sees TCB_SOURCE "scf".
 */
export async function invokeFromAdmin(
  body: Record<string, unknown>,
  state: ServerState,
): Promise<unknown> {
  const name = body.function_name
  if (typeof name !== 'string' || name === '') {
    return adminError('INVALID_PARAM', 'missing "function_name"')
  }
  const event = parseEvent(body.request_data)
  if (event === INVALID) return adminError('INVALID_PARAM', '"request_data" is not a JSON string')
  if (!state.functions) return adminError('SYS_ERR', 'the functions host is not running')
  const result = await state.functions.invoke(name, event, {
    source: 'function',
    openid: '',
    appid: '',
  })
  switch (result.kind) {
    case 'ok':
      return { requestId: crypto.randomUUID(), data: { response_data: result.json } }
    case 'not-found':
      return adminError('FUNCTION_NOT_FOUND', result.message)
    case 'failed':
      return adminError('FUNCTIONS_EXECUTE_FAIL', result.message)
    case 'timeout':
      return adminError('FUNCTIONS_TIME_LIMIT_EXCEEDED', result.message)
  }
}

const INVALID = Symbol('invalid')

function parseEvent(data: unknown): unknown {
  if (data === undefined || data === null || data === '') return {}
  if (typeof data !== 'string') return INVALID
  try {
    return JSON.parse(data)
  } catch {
    return INVALID
  }
}
