// Keeps web pages away from the emulator: Host and Origin rules, and CORS for the local app only.

import type { IncomingMessage } from 'node:http'

const LOOPBACK_HOSTNAMES = new Set(['127.0.0.1', 'localhost', '[::1]', '::1'])

export function isLoopbackHostname(hostname: string): boolean {
  return LOOPBACK_HOSTNAMES.has(hostname.toLowerCase())
}

/** "127.0.0.1:8787" → "127.0.0.1", "[::1]:8787" → "[::1]". */
export function hostnameOf(host: string): string {
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1)
  return host.split(':')[0] ?? ''
}

/**
 * DNS rebinding guard: a page on evil.example whose name resolves to 127.0.0.1 reaches us with
 * `Host: evil.example`. When we listen on loopback only, every honest client names a loopback host.
 */
export function hostAllowed(req: IncomingMessage, exposed: boolean): boolean {
  if (exposed) return true
  return isLoopbackHostname(hostnameOf(req.headers.host ?? ''))
}

/** The Origin a browser attached, if any (browsers send it on every cross-origin request and POST). */
export function originOf(req: IncomingMessage): string | undefined {
  return req.headers.origin
}

/**
 * Whether a browser may call from this origin: the server's own (the H5 build served here) or one
 * named in `allowedOrigins`. Not "any loopback page": every local dev server, notebook or
 * compromised page on this machine would otherwise act as any user.
 */
export function originTrusted(
  origin: string,
  req: IncomingMessage,
  allowedOrigins: readonly string[],
): boolean {
  let url: URL
  try {
    url = new URL(origin)
  } catch {
    return false
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false
  const sameOrigin = url.protocol === 'http:' && url.host === req.headers.host
  return sameOrigin || allowedOrigins.includes(url.origin)
}

/** 127.0.0.0/8 and ::1, also as IPv4-mapped IPv6 addresses. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false
  const v4 = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address
  return v4.startsWith('127.') || address === '::1'
}

/**
 * X-WX-OPENID is local mode's stand-in for WeChat's signed identity, so only this machine may use
 * it, under a loopback name: another machine (when exposed) or a rebound DNS name is refused.
 */
export function identityHeaderAllowed(req: IncomingMessage): boolean {
  if (req.headers['x-wx-openid'] === undefined) return true
  return (
    isLoopbackAddress(req.socket.remoteAddress) &&
    isLoopbackHostname(hostnameOf(req.headers.host ?? ''))
  )
}

export function corsHeaders(origin: string | undefined): Record<string, string> {
  if (origin === undefined) return {}
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-methods': 'GET, POST, OPTIONS',
    'access-control-allow-headers': 'content-type, x-wx-openid, x-wx-appid',
    'access-control-max-age': '600',
    vary: 'Origin',
  }
}
