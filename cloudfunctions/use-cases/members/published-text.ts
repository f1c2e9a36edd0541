// The one gate for text a member publishes (pledges, progress, service notes, evaluation comments).
import { maskPersonalText } from '../../domain/masking'
import { AppError, invalidInput } from '../../shared/app-error'
import type { Caller } from '../caller'
import type { Deps } from '../deps'

/**
 * Public text carries no personal data: a phone, ID or room number the masking rules would hide is
 * refused, so the author can rephrase, rather than published half masked. Then it passes the same
 * content check as request text (msgSecCheck through `deps.contentCheck`, DESIGN §3): `risky` is
 * refused with CONTENT.RISKY and nothing written; `review` is published, as request texts are.
 * Every member text goes through this one function.
 */
export const checkPublishedText = async (
  text: string,
  caller: Caller,
  deps: Pick<Deps, 'contentCheck'>,
  field: string = 'text',
): Promise<string> => {
  const trimmed = text.trim()
  if (maskPersonalText(trimmed) !== trimmed) {
    throw invalidInput('text carries personal data', [
      { path: [field], message: '公开内容不能包含电话、身份证号或门牌号' },
    ])
  }
  const verdict = await deps.contentCheck.check(trimmed, {
    openid: caller.openid,
    scene: 'profile',
  })
  if (verdict === 'risky') {
    throw new AppError('CONTENT.RISKY', 'the text did not pass the content check')
  }
  return trimmed
}
