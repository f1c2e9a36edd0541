// The content-check port (DESIGN §5): every text a person publishes goes through msgSecCheck v2
// with the author's openid and the scene of its kind. `risky` is refused, `review` held for people.
import type { ContentVerdict } from '@linli/types'
import type { SecCheckScene, WeChatOpenApi } from './wechat-open-api'

/** msgSecCheck's scenes: 1 资料 (profile), 2 评论 (comment), 3 论坛 (forum post), 4 社交日志 (post). */
export type ContentScene = 'profile' | 'comment' | 'forum' | 'post'

const SCENES: Record<ContentScene, SecCheckScene> = { profile: 1, comment: 2, forum: 3, post: 4 }

export interface ContentCheck {
  check: (text: string, context: { openid: string; scene: ContentScene }) => Promise<ContentVerdict>
}

export const createContentCheck = (wechat: WeChatOpenApi): ContentCheck => ({
  check: async (text, { openid, scene }) => {
    if (text.trim() === '') return 'pass'
    try {
      const suggest = await wechat.msgSecCheck({ content: text, openid, scene: SCENES[scene] })
      return suggest === 'risky' || suggest === 'review' || suggest === 'pass' ? suggest : 'review'
    } catch (error) {
      // Fail closed but not shut: nothing unchecked goes out; a person looks at it instead.
      console.error('[linli] msgSecCheck failed: held for review', error)
      return 'review'
    }
  },
})
