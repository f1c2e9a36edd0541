// The one gate for text a member publishes (pledges, progress, service notes, evaluation comments).
import { HELD_TEXT } from '@linli/types'
import { maskPersonalText } from '../../domain/masking'
import { AppError, invalidInput } from '../../shared/app-error'
import type { Caller } from '../caller'
import type { Deps } from '../deps'
import { holdText, type HeldRef } from '../moderation/hold-text'

/**
 * Public text carries no personal data: a phone, ID or room number the masking rules would hide is
 * refused, so the author can rephrase, rather than published half masked. Then it passes the same
 * content check as request text (msgSecCheck through `deps.contentCheck`, DESIGN §3): `risky` is
 * refused with CONTENT.RISKY and nothing written. `review` with `held` (what the text will be
 * part of: a pledge, a progress note, a service note, which residents read) queues the text for
 * staff and answers 内容审核中 to store in its place until they approve it — the author sees the
 * placeholder too, as WeChat's own posts do. Without `held` (a ballot comment, an appeal: read
 * by staff and leaders only, never published) the text is kept as written.
 * Call it after the input's other checks: a held text is queued at once.
 * Every member text goes through this one function.
 */
export const checkPublishedText = async (
  text: string,
  caller: Caller,
  deps: Pick<Deps, 'contentCheck' | 'moderation' | 'now'>,
  field: string = 'text',
  held?: HeldRef,
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
  if (verdict !== 'review' || !held) return trimmed
  await holdText(trimmed, held, caller, deps)
  return HELD_TEXT
}
