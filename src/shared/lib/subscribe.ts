// Asks for WeChat one-time subscriptions at a natural moment and tells the backend what the person
// accepted (each acceptance is one message's quota). Never blocks the flow it sits in.
import Taro from '@tarojs/taro'
import type { TemplateKey } from '@linli/types'
import { call } from '../api/client'

const templateIds = () => call('notices', 'templates', {})
const recordSubscriptions = (accepted: TemplateKey[]) => call('notices', 'subscribe', { accepted })

let cached: Promise<Record<TemplateKey, string>> | null = null

const ids = (): Promise<Record<TemplateKey, string>> => {
  const pending =
    cached ??
    templateIds()
      .then((r) => r.templates)
      .catch((error: unknown) => {
        cached = null
        throw error
      })
  cached = pending
  return pending
}

/** Which of `keys` the person accepted, from WeChat's answer keyed by template id. */
export const acceptedKeys = (
  keys: readonly TemplateKey[],
  templates: Record<TemplateKey, string>,
  answer: Record<string, unknown>,
): TemplateKey[] => keys.filter((k) => answer[templates[k]] === 'accept')

/**
 * WeChat shows the consent dialog only from a tap: call this first thing in a tap handler, before
 * any await of the flow it sits in.
 */
export async function askToSubscribe(keys: readonly TemplateKey[]): Promise<TemplateKey[]> {
  // The H5 build is local only: browsers have no WeChat subscriptions.
  if (process.env.TARO_ENV !== 'weapp') return []
  try {
    const templates = await ids()
    const answer = (await Taro.requestSubscribeMessage({
      tmplIds: keys.map((k) => templates[k]),
    } as Taro.requestSubscribeMessage.Option)) as unknown as Record<string, unknown>
    const accepted = acceptedKeys(keys, templates, answer)
    if (accepted.length > 0) await recordSubscriptions(accepted)
    return accepted
  } catch {
    // Declined, closed, or not supported: the inbox still has everything.
    return []
  }
}
