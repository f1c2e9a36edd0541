// /_emulator/faults: read or change the injected faults while the emulator runs (this machine only).

import type { IncomingMessage, ServerResponse } from 'node:http'
import { hostnameOf, isLoopbackAddress, isLoopbackHostname, originOf } from './guards'
import { readJson, sendAppError, sendJson } from './http-io'
import type { ServerState } from './state'

export async function handleFaultControl(
  req: IncomingMessage,
  res: ServerResponse,
  state: ServerState,
): Promise<void> {
  const local =
    isLoopbackAddress(req.socket.remoteAddress) &&
    isLoopbackHostname(hostnameOf(req.headers.host ?? '')) &&
    originOf(req) === undefined
  if (!local) {
    return sendAppError(res, 403, 'AUTH.FORBIDDEN', 'faults are controlled from this machine only')
  }
  if (req.method === 'GET') {
    return sendJson(res, 200, { ...state.faults.settings, counts: state.faults.counts })
  }
  if (req.method !== 'POST') {
    return sendAppError(res, 405, 'HTTP.METHOD_NOT_ALLOWED', 'GET or POST')
  }
  const read = await readJson(req, 4096, {})
  if (!read.ok) return sendAppError(res, 400, 'INPUT.INVALID', read.message)
  const body = read.value as { latencyMs?: unknown; failRate?: unknown }
  const change: { latencyMs?: number; failRate?: number } = {}
  if (body.latencyMs !== undefined) change.latencyMs = Number(body.latencyMs)
  if (body.failRate !== undefined) change.failRate = Number(body.failRate)
  try {
    const settings = state.faults.update(change)
    sendJson(res, 200, { ...settings, counts: state.faults.counts })
  } catch (error) {
    sendAppError(res, 400, 'INPUT.INVALID', (error as Error).message)
  }
}
