// Local mode's stand-in for WeChat's signed identity: the X-WX-OPENID (and X-WX-APPID) headers.

import type { IncomingMessage } from 'node:http'
import type { Caller } from '../functions-host/context'

/** The mini-program's appid as local calls report it (WX_APPID), unless X-WX-APPID says otherwise. */
export const LOCAL_APPID = 'wx-linli-local'

// openids are short URL-safe strings; anything else in the header is a client bug worth naming.
const OPENID = /^[A-Za-z0-9_-]{1,128}$/

/**
 * No header means no user (an empty openid), and the function decides what an anonymous caller
 * may do; a malformed header is null, which the routes answer with 400.
 */
export function callerOf(req: IncomingMessage): Caller | null {
  const openid = headerValue(req, 'x-wx-openid')
  if (openid !== '' && !OPENID.test(openid)) return null
  const appid = headerValue(req, 'x-wx-appid') || (openid ? LOCAL_APPID : '')
  return { source: 'client', openid, appid }
}

function headerValue(req: IncomingMessage, name: string): string {
  const value = req.headers[name]
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? ''
}
