// Checks the TC3-HMAC-SHA256 signature @cloudbase/node-sdk puts on every /admin request.
//
// The SDK signs with @cloudbase/signature-nodejs: the method, the URL, the headers it lists in
// SignedHeaders and every top-level body field, under a key derived from the secret key and the
// day. We recompute it with the same library from what arrived, so a request passes only when it
// was signed with the emulator's key and nothing signed was changed on the way.

import crypto from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import { Signer } from '@cloudbase/signature-nodejs'
import type { AdminCredentials } from './admin-credentials'

/** The SDK sends X-Signature-Expires: 600. */
const MAX_AGE_SECONDS = 600

const AUTHORIZATION =
  /^TC3-HMAC-SHA256 Credential=([^/\s]+)\/([^,]+),(?: SignedParams=[^,]*,)? SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/

export type SignatureCheck = { ok: true } | { ok: false; reason: string }

export function checkAdminSignature(
  req: IncomingMessage,
  body: Record<string, unknown>,
  credentials: AdminCredentials,
  nowSeconds = Math.floor(Date.now() / 1000),
): SignatureCheck {
  const found = AUTHORIZATION.exec(header(req, 'authorization'))
  if (!found) return { ok: false, reason: 'missing or malformed TC3 Authorization header' }
  const [, secretId = '', , signedHeaderList = '', signature = ''] = found
  if (secretId !== credentials.secretId) {
    return { ok: false, reason: 'signed with a key this emulator did not issue' }
  }
  const timestamp = Number(header(req, 'x-timestamp'))
  if (!Number.isInteger(timestamp) || Math.abs(nowSeconds - timestamp) > MAX_AGE_SECONDS) {
    return { ok: false, reason: 'the signature is expired or its X-Timestamp is missing' }
  }
  const headers: Record<string, string> = {}
  for (const name of signedHeaderList.split(';')) headers[name] = header(req, name)
  const url = `http://${header(req, 'host')}${req.url ?? '/'}`
  const signer = new Signer(credentials, 'tcb')
  // The SDK passes its method as written ('post' for database calls, 'POST' in a few places).
  // The library throws when Host or Content-Type is not among the signed headers: not ours, then.
  const matches = ['post', 'POST'].some((method) => {
    try {
      const expected = signer.tc3sign(method, url, headers, body, timestamp, {
        withSignedParams: true,
      }).signature
      return sameHex(String(expected), signature)
    } catch {
      return false
    }
  })
  return matches ? { ok: true } : { ok: false, reason: 'the signature does not match the request' }
}

function header(req: IncomingMessage, name: string): string {
  const value = req.headers[name]
  return (Array.isArray(value) ? value.join(',') : value) ?? ''
}

function sameHex(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8')
  const right = Buffer.from(b, 'utf8')
  return left.length === right.length && crypto.timingSafeEqual(left, right)
}
