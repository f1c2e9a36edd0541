// Dispatches each HTTP request to its route, after the Host and Origin checks, and never lets one
// request's failure take the server down.

import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http'
import { adminError } from './admin-errors'
import { handleAdmin } from './admin-route'
import { loseAnswer } from './faults'
import { handleFaultControl } from './faults-route'
import { handleFunctionCall } from './functions-route'
import { corsHeaders, hostAllowed, identityHeaderAllowed, originOf, originTrusted } from './guards'
import { rawPathOf, sendAppError, sendJson } from './http-io'
import type { ServerState } from './state'
import { handleStatic } from './static-route'
import { handleDownload, handleUpload } from './storage-route'

export function createRouter(state: ServerState): RequestListener {
  return (req, res) => {
    route(req, res, state).catch((error: unknown) => {
      state.log(`[server] ${req.method} ${req.url}: ${(error as Error).stack ?? String(error)}`)
      if (!res.headersSent) sendAppError(res, 500, 'SYS_ERR', 'internal emulator error')
      else res.destroy()
    })
  }
}

async function route(req: IncomingMessage, res: ServerResponse, state: ServerState): Promise<void> {
  if (!hostAllowed(req, state.exposed)) {
    return sendAppError(
      res,
      403,
      'AUTH.FORBIDDEN',
      'this emulator answers loopback host names only',
    )
  }
  const rawPath = rawPathOf(req)
  if (rawPath === '/_emulator/faults') return await handleFaultControl(req, res, state)
  if (rawPath === '/admin') {
    const refuse = () => sendJson(res, 503, adminError('SYS_ERR', 'injected fault: refused'))
    return await withFaults(res, state, refuse, () => handleAdmin(req, res, state))
  }
  if (rawPath === '/healthz') {
    return sendJson(res, state.ready ? 200 : 503, { ok: state.ready })
  }
  if (rawPath.startsWith('/functions/') || rawPath.startsWith('/storage/')) {
    return await routeAppApi(req, res, state, rawPath)
  }
  if (state.staticDir) return await handleStatic(req, res, state.staticDir, rawPath)
  sendAppError(res, 404, 'NOT_FOUND', `no route for ${req.method} ${rawPath}`)
}

/** The routes the app calls: from its own origin, or an origin the options allow (via CORS). */
async function routeAppApi(
  req: IncomingMessage,
  res: ServerResponse,
  state: ServerState,
  rawPath: string,
): Promise<void> {
  const origin = originOf(req)
  if (origin !== undefined && !originTrusted(origin, req, state.allowedOrigins)) {
    return sendAppError(res, 403, 'AUTH.FORBIDDEN', `requests from ${origin} are not accepted`)
  }
  const headers = corsHeaders(origin)
  if (!identityHeaderAllowed(req)) {
    const message = 'X-WX-OPENID is accepted from this machine only, under a loopback host name'
    return sendAppError(res, 403, 'AUTH.FORBIDDEN', message, headers)
  }
  if (req.method === 'OPTIONS') {
    res.writeHead(204, headers)
    return void res.end()
  }
  const refuse = () =>
    sendAppError(
      res,
      503,
      'FUNCTION.FAILED',
      'injected fault: the gateway refused the call',
      headers,
    )
  await withFaults(res, state, refuse, () => dispatchAppApi(req, res, state, rawPath, headers))
}

/** Injected faults (none by default): latency, then pass, refuse before running, or lose the answer. */
async function withFaults(
  res: ServerResponse,
  state: ServerState,
  refuse: () => void,
  handle: () => Promise<void>,
): Promise<void> {
  const outcome = await state.faults.decide()
  if (outcome === 'refuse') return refuse()
  if (outcome === 'drop') loseAnswer(res)
  await handle()
}

async function dispatchAppApi(
  req: IncomingMessage,
  res: ServerResponse,
  state: ServerState,
  rawPath: string,
  headers: Record<string, string>,
): Promise<void> {
  if (rawPath.startsWith('/functions/')) {
    const name = rawPath.slice('/functions/'.length)
    return await handleFunctionCall(req, res, state, name, headers)
  }
  if (rawPath === '/storage/upload') return await handleUpload(req, res, state, headers)
  return await handleDownload(req, res, state, rawPath.slice('/storage/'.length), headers)
}
