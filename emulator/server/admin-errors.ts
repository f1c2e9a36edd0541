// CloudBase's error answer on /admin: `{ code, message, requestId }`.

import crypto from 'node:crypto'

/** Sent with HTTP 200 (or a 4xx for transport problems); the SDK throws it as a coded error. */
export function adminError(code: string, message: string): Record<string, unknown> {
  return { code, message, requestId: crypto.randomUUID() }
}
