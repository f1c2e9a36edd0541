// /wechat/*: the local app's window on the emulated WeChat — the outbox of subscribe messages
// (listed by the H5 outbox page) and, for tests and demos, "fail the next N sends with code X".

import type { IncomingMessage, ServerResponse } from 'node:http'
import { readJson, sendAppError, sendJson } from '../server/http-io'
import type { WeChatService } from './wechat-service'

export async function handleWeChatRoute(
  req: IncomingMessage,
  res: ServerResponse,
  wechat: WeChatService,
  rawPath: string,
  headers: Record<string, string>,
): Promise<void> {
  if (rawPath === '/wechat/outbox' && req.method === 'GET') {
    return sendJson(res, 200, { messages: wechat.outbox(), media: wechat.mediaChecks() }, headers)
  }
  if (rawPath === '/wechat/fail-next' && req.method === 'POST') {
    const read = await readJson(req, 4096, {})
    const body = (read.ok ? read.value : null) as { count?: unknown; errcode?: unknown } | null
    try {
      wechat.failNext(Number(body?.count), Number(body?.errcode))
    } catch (error) {
      return sendAppError(res, 400, 'INPUT.INVALID', (error as Error).message, headers)
    }
    return sendJson(res, 200, { ok: true }, headers)
  }
  sendAppError(res, 404, 'NOT_FOUND', `no route for ${req.method} ${rawPath}`, headers)
}
