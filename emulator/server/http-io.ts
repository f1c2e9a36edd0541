// Reads request bodies under a size limit and writes JSON answers.

import type { IncomingMessage, ServerResponse } from 'node:http'

/** CloudBase refuses request bodies over 6 MB. */
export const MAX_JSON_BYTES = 6 * 1024 * 1024

export type BodyResult = { ok: true; body: Buffer } | { ok: false; reason: 'too-large' | 'aborted' }

/**
 * Collects the body, giving up as soon as it passes `limit` (a declared Content-Length says so
 * before a byte is read), so an oversized upload is never held in memory.
 */
export async function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  const declared = Number(req.headers['content-length'] ?? NaN)
  if (declared > limit) return { ok: false, reason: 'too-large' }
  return await new Promise((resolve) => {
    const chunks: Buffer[] = []
    let size = 0
    const finish = (result: BodyResult): void => {
      req.off('data', onData)
      req.off('end', onEnd)
      req.off('error', onAbort)
      req.off('close', onAbort)
      resolve(result)
    }
    const onData = (chunk: Buffer): void => {
      size += chunk.length
      if (size <= limit) chunks.push(chunk)
      else {
        req.pause()
        finish({ ok: false, reason: 'too-large' })
      }
    }
    const onEnd = (): void => finish({ ok: true, body: Buffer.concat(chunks) })
    const onAbort = (): void => finish({ ok: false, reason: 'aborted' })
    req.on('data', onData)
    req.on('end', onEnd)
    req.on('error', onAbort)
    req.on('close', onAbort)
  })
}

export type JsonResult =
  | { ok: true; value: unknown }
  | { ok: false; reason: 'too-large' | 'aborted' | 'malformed'; message: string }

/** The body parsed as JSON; an empty body reads as `emptyAs`. */
/**
 * No call of the app nests anywhere near this deep; thousands of levels would overflow the stack
 * when the event is handed to the function's process, so they are refused as malformed input.
 */
export const MAX_JSON_DEPTH = 512

/** Iterative, so the check itself cannot overflow on the input it guards against. */
function depthOver(value: unknown, max: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 1]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number]
    if (node === null || typeof node !== 'object') continue
    if (depth > max) return true
    for (const child of Object.values(node)) stack.push([child, depth + 1])
  }
  return false
}

export async function readJson(
  req: IncomingMessage,
  limit: number,
  emptyAs: unknown,
): Promise<JsonResult> {
  const read = await readBody(req, limit)
  if (!read.ok) {
    const message =
      read.reason === 'too-large'
        ? `request body is larger than ${limit / 1024 / 1024} MB`
        : 'request was aborted'
    return { ok: false, reason: read.reason, message }
  }
  const text = read.body.toString('utf8')
  if (text.trim() === '') return { ok: true, value: emptyAs }
  try {
    const value: unknown = JSON.parse(text)
    if (depthOver(value, MAX_JSON_DEPTH)) {
      return {
        ok: false,
        reason: 'malformed',
        message: `JSON nested deeper than ${MAX_JSON_DEPTH} levels`,
      }
    }
    return { ok: true, value }
  } catch (error) {
    return {
      ok: false,
      reason: 'malformed',
      message: `malformed JSON: ${(error as Error).message}`,
    }
  }
}

/** Sends JSON that is already text (a function's result travels that way from its process). */
export function sendJsonText(
  res: ServerResponse,
  status: number,
  json: string,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent || res.destroyed) return
  // After refusing an oversized body, close the connection rather than read the rest of it.
  const close = status === 413 ? { connection: 'close' } : {}
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(json)),
    ...close,
    ...headers,
  })
  res.end(json)
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  sendJsonText(res, status, JSON.stringify(body), headers)
}

/** The error shape the app's API client reads: the same envelope the functions answer with. */
export function sendAppError(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): void {
  sendJson(res, status, { ok: false, error: { code, message } }, headers)
}

/** The path of a request without its query, still percent-encoded (decoding is the route's job). */
export function rawPathOf(req: IncomingMessage): string {
  return (req.url ?? '/').split('?')[0] ?? '/'
}

export function queryOf(req: IncomingMessage): URLSearchParams {
  const url = req.url ?? '/'
  const at = url.indexOf('?')
  return new URLSearchParams(at < 0 ? '' : url.slice(at + 1))
}
