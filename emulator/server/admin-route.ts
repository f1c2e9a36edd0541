// POST /admin: the endpoint @cloudbase/node-sdk talks to — database, function and file actions.

import type { IncomingMessage, ServerResponse } from 'node:http'
import { adminError } from './admin-errors'
import { invokeFromAdmin } from './admin-functions'
import { checkAdminSignature } from './admin-signature'
import { batchDeleteFiles, batchDownloadUrls } from './admin-storage'
import { originOf } from './guards'
import { MAX_JSON_BYTES, readJson, sendJson } from './http-io'
import type { ServerState } from './state'

type AdminAction = (body: Record<string, unknown>, state: ServerState) => Promise<unknown>

const ACTIONS: Record<string, AdminAction> = {
  'functions.invokeFunction': invokeFromAdmin,
  'storage.batchGetDownloadUrl': batchDownloadUrls,
  'storage.batchDeleteFile': batchDeleteFiles,
}

export async function handleAdmin(
  req: IncomingMessage,
  res: ServerResponse,
  state: ServerState,
): Promise<void> {
  // The SDK never sends an Origin; a browser always does on a POST. Refusing it keeps every web
  // page open on this machine away from the data, whatever CORS would have said.
  if (originOf(req) !== undefined) {
    const message = 'the admin endpoint does not accept requests from web pages (Origin header)'
    sendJson(res, 403, adminError('INVALID_REQUEST_SOURCE', message))
    return
  }
  if (req.method !== 'POST') {
    sendJson(res, 405, adminError('INVALID_PARAM', 'the admin endpoint accepts POST only'))
    return
  }
  const read = await readJson(req, MAX_JSON_BYTES, undefined)
  if (!read.ok) {
    const status = read.reason === 'too-large' ? 413 : 400
    const code = read.reason === 'too-large' ? 'EXCEED_REQUEST_SIZE_LIMIT' : 'INVALID_PARAM'
    sendJson(res, status, adminError(code, read.message))
    return
  }
  const body = read.value
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    sendJson(res, 400, adminError('INVALID_PARAM', 'the body must be a JSON object with an action'))
    return
  }
  if (state.requireSignature) {
    const signed = checkAdminSignature(req, body as Record<string, unknown>, state.credentials)
    if (!signed.ok) {
      // HTTP 200 with a code, as CloudBase answers: the SDK then throws it by that code.
      sendJson(res, 200, adminError('SIGN_PARAM_INVALID', `/admin refused: ${signed.reason}`))
      return
    }
  }
  sendJson(res, 200, await answer(body as Record<string, unknown>, state))
}

async function answer(body: Record<string, unknown>, state: ServerState): Promise<unknown> {
  const action = body.action
  if (typeof action !== 'string' || action === '') {
    return adminError('INVALID_PARAM', 'missing "action"')
  }
  const run = action.startsWith('database.')
    ? (b: Record<string, unknown>) => state.database.handle(b)
    : Object.hasOwn(ACTIONS, action)
      ? ACTIONS[action]
      : undefined
  if (!run) return adminError('INVALID_ACTION', `action "${action}" is not supported here`)
  try {
    return await run(body, state)
  } catch (error) {
    // A bug, not bad input: answer with its message (the SDK shows it) and keep serving.
    state.log(`[admin] ${action} failed: ${(error as Error).stack ?? String(error)}`)
    return adminError('SYS_ERR', `${action} failed: ${(error as Error).message}`)
  }
}
