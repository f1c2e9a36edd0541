// WeChat's open APIs as the emulator answers them: subscribe messages into an outbox kept on disk,
// msgSecCheck v2 from a word list, mediaCheckAsync answered later by a message push to the
// function configured for it; the next N sends can be told to fail.

import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { mediaCheckPacket, mediaVerdictOf, type PushRoute } from './message-push'
import { checkText } from './word-list'

export interface OutboxMessage {
  id: string
  at: string
  touser: string
  templateId: string
  page: string | null
  data: Record<string, { value: string }>
  miniprogramState: string | null
}

export interface MediaCheck {
  traceId: string
  at: string
  openid: string
  mediaUrl: string
  mediaType: number
  verdict: 'pass' | 'review' | 'risky'
  /** Set once the verdict was pushed (and the function answered). */
  pushedAt: string | null
}

/** Calls a function with a push packet, as the platform does (no user, not the app). */
export type PushSender = (functionName: string, packet: Record<string, unknown>) => Promise<void>

/** WeChat pushes within seconds (its documentation allows 30 minutes); here, shortly after. */
const PUSH_DELAY_MS = 200

type Params = Record<string, unknown>
export type WxAnswer = Record<string, unknown> & { errcode: number; errmsg: string }

/** Characters per field type, as subscribeMessage.send checks them (47003 beyond). */
const LIMITS: Record<string, number> = {
  thing: 20,
  phrase: 5,
  name: 10,
  character_string: 32,
  number: 32,
  letter: 32,
  symbol: 5,
  phone_number: 17,
  car_number: 8,
  time: 32,
  date: 32,
  amount: 32,
}

const ok = (extra: Record<string, unknown> = {}): WxAnswer => ({
  errcode: 0,
  errmsg: 'ok',
  ...extra,
})
const error = (errcode: number, errmsg: string): WxAnswer => ({ errcode, errmsg })

export class WeChatService {
  private readonly messages: OutboxMessage[] = []
  private readonly media: MediaCheck[] = []
  private failures: { remaining: number; errcode: number }[] = []
  private readonly queued = new Map<string, { timer: NodeJS.Timeout; send: () => Promise<void> }>()
  private readonly inFlight = new Set<Promise<void>>()
  private routes: readonly PushRoute[] = []
  private sender: PushSender | null = null
  /** Every send attempt, failed or not (tests count retries with it). */
  readonly attempts: { at: string; touser: string; errcode: number }[] = []
  private readonly file: string

  constructor(dataDir: string) {
    const dir = path.join(dataDir, 'wechat')
    fs.mkdirSync(dir, { recursive: true })
    this.file = path.join(dir, 'outbox.jsonl')
    if (fs.existsSync(this.file)) {
      for (const line of fs.readFileSync(this.file, 'utf8').split('\n')) {
        if (line.trim()) this.messages.push(JSON.parse(line) as OutboxMessage)
      }
    }
  }

  /** Newest first. */
  outbox(): OutboxMessage[] {
    return [...this.messages].reverse()
  }

  mediaChecks(): MediaCheck[] {
    return [...this.media]
  }

  /** Where pushes go (message-push.json) and how a function is called; set once functions run. */
  connectPushes(routes: readonly PushRoute[], sender: PushSender): void {
    this.routes = routes
    this.sender = sender
  }

  /** Tests: sends every queued push now and waits until the functions have answered them all. */
  async settlePushes(): Promise<void> {
    for (const [id, push] of [...this.queued]) {
      clearTimeout(push.timer)
      this.queued.delete(id)
      this.track(push.send())
    }
    while (this.inFlight.size > 0) await Promise.all([...this.inFlight])
  }

  /** Stops pending pushes (the emulator is closing). */
  stopPushes(): void {
    for (const push of this.queued.values()) clearTimeout(push.timer)
    this.queued.clear()
  }

  private track(work: Promise<void>): void {
    this.inFlight.add(work)
    void work.finally(() => this.inFlight.delete(work))
  }

  private queuePush(check: MediaCheck): void {
    const route = this.routes.find((r) => r.msgType === 'event' && r.event === 'wxa_media_check')
    const sender = this.sender
    // Like WeChat with no push configured: the verdict is simply never delivered.
    if (!route || !sender) return
    const send = async () => {
      const packet = mediaCheckPacket({
        traceId: check.traceId,
        openid: check.openid,
        appid: 'wx-linli-local',
        suggest: check.verdict,
        at: new Date(),
      })
      await sender(route.function, packet).catch(() => undefined)
      check.pushedAt = new Date().toISOString()
    }
    const timer = setTimeout(() => {
      this.queued.delete(check.traceId)
      this.track(send())
    }, PUSH_DELAY_MS)
    timer.unref()
    this.queued.set(check.traceId, { timer, send })
  }

  /** The next `count` subscribe-message sends answer `errcode` (queued after earlier orders). */
  failNext(count: number, errcode: number): void {
    if (!Number.isInteger(count) || count < 1) throw new Error('count must be a positive integer')
    if (!Number.isInteger(errcode) || errcode === 0) throw new Error('errcode must be non-zero')
    this.failures.push({ remaining: count, errcode })
  }

  call(apiName: string, params: Params): WxAnswer {
    switch (apiName) {
      case 'subscribeMessage.send':
        return this.send(params)
      case 'security.msgSecCheck':
        return msgSecCheck(params)
      case 'security.mediaCheckAsync':
        return this.mediaCheckAsync(params)
      default:
        // WeChat's "api unauthorized" for a cloud call the emulator does not know.
        return error(48001, `api unauthorized: ${apiName} is not emulated`)
    }
  }

  private send(params: Params): WxAnswer {
    const touser = typeof params.touser === 'string' ? params.touser : ''
    const answer = this.injectedFailure() ?? validateSend(params)
    this.attempts.push({ at: new Date().toISOString(), touser, errcode: answer?.errcode ?? 0 })
    if (answer) return answer
    const message: OutboxMessage = {
      id: crypto.randomUUID(),
      at: new Date().toISOString(),
      touser,
      templateId: params.template_id as string,
      page: typeof params.page === 'string' ? params.page : null,
      data: params.data as OutboxMessage['data'],
      miniprogramState:
        typeof params.miniprogram_state === 'string' ? params.miniprogram_state : null,
    }
    this.messages.push(message)
    fs.appendFileSync(this.file, `${JSON.stringify(message)}\n`)
    return ok({ msgid: message.id })
  }

  private injectedFailure(): WxAnswer | null {
    const head = this.failures[0]
    if (!head) return null
    head.remaining--
    if (head.remaining === 0) this.failures.shift()
    return error(head.errcode, head.errcode === -1 ? 'system error' : 'injected failure')
  }

  private mediaCheckAsync(params: Params): WxAnswer {
    if (params.version !== 2) return error(47001, 'version must be 2')
    if (typeof params.openid !== 'string' || !params.openid) return error(40003, 'invalid openid')
    if (typeof params.media_url !== 'string') return error(47001, 'media_url is required')
    const check: MediaCheck = {
      traceId: crypto.randomUUID(),
      at: new Date().toISOString(),
      openid: params.openid,
      mediaUrl: params.media_url,
      mediaType: typeof params.media_type === 'number' ? params.media_type : 2,
      verdict: mediaVerdictOf(params.media_url),
      pushedAt: null,
    }
    this.media.push(check)
    this.queuePush(check)
    return ok({ trace_id: check.traceId })
  }
}

function validateSend(params: Params): WxAnswer | null {
  if (typeof params.touser !== 'string' || !params.touser) return error(40003, 'invalid openid')
  if (typeof params.template_id !== 'string' || !params.template_id) {
    return error(40037, 'invalid template_id')
  }
  const data = params.data
  if (!data || typeof data !== 'object') return error(47003, 'argument invalid! data is empty')
  for (const [key, field] of Object.entries(data as Record<string, unknown>)) {
    const value = (field as { value?: unknown } | null)?.value
    const limit = LIMITS[key.replace(/\d+$/, '')]
    if (typeof value !== 'string' || value.length === 0) {
      return error(47003, `argument invalid! data.${key}.value is empty`)
    }
    if (limit !== undefined && [...value].length > limit) {
      return error(47003, `argument invalid! data.${key}.value exceeds ${limit} characters`)
    }
  }
  return null
}

/** msgSecCheck version 2: needs the author's openid and a scene (1 资料 2 评论 3 论坛 4 社交日志). */
function msgSecCheck(params: Params): WxAnswer {
  if (params.version !== 2) return error(47001, 'only version 2 is emulated')
  if (typeof params.openid !== 'string' || !params.openid) return error(40003, 'invalid openid')
  if (![1, 2, 3, 4].includes(params.scene as number)) return error(47001, 'scene must be 1-4')
  if (typeof params.content !== 'string') return error(47001, 'content is required')
  const found = checkText(params.content)
  return ok({
    trace_id: crypto.randomUUID(),
    result: { suggest: found.suggest, label: found.label },
    detail: [
      {
        strategy: 'keyword',
        errcode: 0,
        suggest: found.suggest,
        label: found.label,
        ...(found.keyword ? { keyword: found.keyword } : {}),
      },
    ],
  })
}
