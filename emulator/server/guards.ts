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
export function hostAllowed(req: IncomingMessage, loopbackOnly: boolean): boolean {
  if (!loopbackOnly) return true
  return isLoopbackHostname(hostnameOf(req.headers.host ?? ''))
}

/** The Origin a browser attached, if any (browsers send it on every cross-origin request and POST). */
export function originOf(req: IncomingMessage): string | undefined {
  return req.headers.origin
}

/**
 * Whether the app may call from this origin: its own origin (the H5 build served here) or a page
 * on this machine's loopback, such as the Taro dev server on another port.
 */
export function originTrusted(origin: string, req: IncomingMessage): boolean {
  let url: URL
  try {
    url = new URL(origin)
  } catch {
    return false
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false
  return url.host === req.headers.host || isLoopbackHostname(url.hostname)
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
