// The adapter to WeChat's open APIs: the cloud call CloudBase documents for functions
// (wx-server-sdk `cloud.openapi`, permissions in config.json). On this machine the same call
// reaches the emulator through TCB_CONTEXT_CNFG (or serviceUrl), so there is one code path.
import type * as WxServerSdk from 'wx-server-sdk'
import type { SendOutcome } from '../domain/delivery-policy'
import type { TemplateData } from '../domain/template-fields'

export interface SubscribeMessage {
  touser: string
  templateId: string
  page: string
  data: TemplateData
}

export type SecCheckScene = 1 | 2 | 3 | 4

export interface WeChatOpenApi {
  sendSubscribeMessage: (message: SubscribeMessage) => Promise<SendOutcome>
  /** msgSecCheck v2's suggestion; throws when WeChat did not answer with one. */
  msgSecCheck: (input: { content: string; openid: string; scene: SecCheckScene }) => Promise<string>
  /**
   * Starts the asynchronous media check and answers its trace id: the verdict comes later as a
   * `wxa_media_check` message push naming only that id (see use-cases/moderation/media-checks.ts).
   */
  mediaCheckAsync: (input: {
    mediaUrl: string
    openid: string
    scene: SecCheckScene
  }) => Promise<string>
}

let loaded: Promise<typeof WxServerSdk> | undefined

/**
 * wx-server-sdk, initialised once per process (its first init wins). It is loaded on the first
 * open-API call, not with the function: most calls (every read) make none, and loading it costs a
 * cold start about 20 ms. The module is what is awaited, never `cloud.openapi`: that is a proxy
 * turning every property into an API call, `then` included.
 */
const wxServerSdk = (serviceUrl: string | undefined): Promise<typeof WxServerSdk> =>
  (loaded ??= import('wx-server-sdk').then((cloud) => {
    cloud.init({
      env: cloud.DYNAMIC_CURRENT_ENV,
      ...(serviceUrl ? { serviceUrl } : {}),
    } as Parameters<typeof cloud.init>[0])
    return cloud
  }))

/** WeChat's own code for this call, or -1 (system busy) for anything else: retried later. */
const errcodeOf = (error: unknown): number => {
  const code = (error as { errCode?: unknown } | null)?.errCode
  return typeof code === 'number' && code > 0 ? code : -1
}

export const createWeChatOpenApi = (serviceUrl?: string): WeChatOpenApi => ({
  sendSubscribeMessage: async (message) => {
    try {
      const { openapi } = await wxServerSdk(serviceUrl)
      await openapi.subscribeMessage.send({
        touser: message.touser,
        templateId: message.templateId,
        page: message.page,
        data: message.data,
      } as never)
      return { ok: true }
    } catch (error) {
      return { ok: false, errcode: errcodeOf(error) }
    }
  },
  msgSecCheck: async ({ content, openid, scene }) => {
    const { openapi } = await wxServerSdk(serviceUrl)
    const res = (await openapi.security.msgSecCheck({
      content,
      openid,
      scene,
      version: 2,
    } as never)) as { result?: { suggest?: unknown } }
    const suggest = res.result?.suggest
    if (typeof suggest !== 'string') throw new Error('msgSecCheck answered without a suggestion')
    return suggest
  },
  mediaCheckAsync: async ({ mediaUrl, openid, scene }) => {
    // The cloud call turns WeChat's snake_case answer into camelCase: trace_id arrives as traceId.
    const { openapi } = await wxServerSdk(serviceUrl)
    const res = (await openapi.security.mediaCheckAsync({
      mediaUrl,
      mediaType: 2,
      openid,
      scene,
      version: 2,
    } as never)) as { traceId?: unknown }
    if (typeof res.traceId !== 'string' || res.traceId === '') {
      throw new Error('mediaCheckAsync answered without a trace id')
    }
    return res.traceId
  },
})
