// WeChat's message push to cloud functions (消息推送): which function gets which <MsgType, Event>,
// read from cloudfunctions/message-push.json, and the asynchronous media check's verdict packet.

import fs from 'node:fs'

export interface PushRoute {
  msgType: string
  event: string
  function: string
}

/** The routes of a message-push.json; none when the file is absent. A broken file fails loudly. */
export function readPushRoutes(file: string | undefined): PushRoute[] {
  if (!file || !fs.existsSync(file)) return []
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as { pushes?: unknown }
  if (!Array.isArray(parsed.pushes)) throw new Error(`${file}: "pushes" must be an array`)
  return parsed.pushes.map((raw, i) => {
    const r = raw as Partial<PushRoute>
    if (typeof r.msgType !== 'string' || typeof r.event !== 'string' || !r.function) {
      throw new Error(`${file}: pushes[${i}] needs msgType, event and function`)
    }
    return { msgType: r.msgType, event: r.event, function: r.function }
  })
}

/**
 * The emulator's stand-in for WeChat's image model: an image whose name says `risky` (or
 * `review`) gets that verdict, any other passes — so a test or a demo picks the verdict by the
 * file it uploads.
 */
export function mediaVerdictOf(mediaUrl: string): 'pass' | 'review' | 'risky' {
  const name = decodeURIComponent(new URL(mediaUrl, 'http://x').pathname.split('/').pop() ?? '')
  if (/risky/i.test(name)) return 'risky'
  return /review/i.test(name) ? 'review' : 'pass'
}

/** The packet WeChat pushes for a finished media check (version 2), as the function receives it. */
export function mediaCheckPacket(input: {
  traceId: string
  openid: string
  appid: string
  suggest: 'pass' | 'review' | 'risky'
  at: Date
}): Record<string, unknown> {
  const label = input.suggest === 'pass' ? 100 : 20002
  return {
    ToUserName: 'gh_linli_local',
    FromUserName: input.openid,
    CreateTime: Math.floor(input.at.getTime() / 1000),
    MsgType: 'event',
    Event: 'wxa_media_check',
    appid: input.appid,
    trace_id: input.traceId,
    version: 2,
    result: { suggest: input.suggest, label },
    detail: [{ strategy: 'content_model', errcode: 0, suggest: input.suggest, label, prob: 90 }],
  }
}
