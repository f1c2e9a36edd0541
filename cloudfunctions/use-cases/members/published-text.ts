// The one gate for text a member publishes (pledges, progress, service notes, evaluation comments).
import { maskPersonalText } from '../../domain/masking'
import { invalidInput } from '../../shared/app-error'
import type { Caller } from '../caller'
import type { Deps } from '../deps'

/**
 * Public text carries no personal data: a phone, ID or room number the masking rules would hide is
 * refused, so the author can rephrase, rather than published half masked.
 *
 * The content check seam (DESIGN §3 "Text goes through content moderation"): when the WeChat
 * msgSecCheck port lands (`deps.contentCheck`), it is called HERE, after these rules, with the
 * caller's openid, and a 'risky' verdict refused the same way. Every member text goes through this
 * one function, so wiring it here covers them all.
 */
export const checkPublishedText = async (
  text: string,
  caller: Caller,
  deps: Pick<Deps, 'now'>,
  field: string = 'text',
): Promise<string> => {
  void caller
  void deps
  const trimmed = text.trim()
  if (maskPersonalText(trimmed) !== trimmed) {
    throw invalidInput('text carries personal data', [
      { path: [field], message: '公开内容不能包含电话、身份证号或门牌号' },
    ])
  }
  return trimmed
}
