// H5 transport: POST {action, data} to the local gateway, identity in the X-WX-OPENID header.
import { ApiError } from './api-error'
import { getDevOpenid } from './dev-identity'
import { isEnvelope } from './envelope'

export const REQUEST_TIMEOUT_MS = 15000

/** Same origin unless the build set LINLI_API_BASE (the local server serves app and gateway together). */
const apiBase = (): string => (process.env.LINLI_API_BASE ?? '').replace(/\/+$/, '')

const send = async (url: string, init: RequestInit): Promise<Response> => {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS)
  try {
    return await fetch(url, { ...init, signal: controller.signal })
  } catch {
    throw controller.signal.aborted
      ? new ApiError('NETWORK.TIMEOUT', 'request timed out')
      : new ApiError('NETWORK.FAILED', 'network request failed')
  } finally {
    clearTimeout(timer)
  }
}

export const postToGateway = async (fn: string, body: { action: string; data: unknown }) => {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  const openid = getDevOpenid()
  if (openid) headers['X-WX-OPENID'] = openid
  const response = await send(`${apiBase()}/functions/${fn}`, {
    method: 'POST',
    headers,
    body: JSON.stringify(body),
  })
  const payload: unknown = await response.json().catch(() => null)
  // The gateway answers its own failures (FUNCTION.*) as envelopes too; anything else is mapped here.
  if (isEnvelope(payload)) return payload
  const code = response.status === 404 ? 'FUNCTION.NOT_FOUND' : 'FUNCTION.FAILED'
  throw new ApiError(code, `gateway answered HTTP ${response.status}`)
}
