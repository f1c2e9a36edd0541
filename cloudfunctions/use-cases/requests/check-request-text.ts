// Request texts go through the content-check port before anything is written (DESIGN §3, §5):
// `risky` is refused with CONTENT.RISKY and nothing written. `review` is held for staff — but a
// report must still reach the people who act on it at once (holding a resident's burst pipe for a
// moderator would only delay help). So a held text is written as it is and shown in full to the
// reporter, the handler, leaders and staff, who see everything of the request anyway; everyone
// else (members on the board, followers, lists) sees 内容审核中 in its place until staff approve
// it, and 内容未通过审核 if they refuse it. The request keeps the text's hash in `heldTexts`.
import type { ContentScene } from '../../data/content-check'
import { textHashOf } from '../../data/moderation.repository'
import { AppError } from '../../shared/app-error'
import type { Caller } from '../caller'
import type { Deps } from '../deps'
import { holdText } from '../moderation/hold-text'

/** Staff see a held request text under these labels. */
export const REQUEST_TEXT_LABELS = {
  description: '诉求描述',
  note: '诉求进展说明',
  comment: '诉求评价',
  reason: '诉求重新打开的理由',
  followUp: '回访记录',
} as const

export type RequestTextLabel = keyof typeof REQUEST_TEXT_LABELS

/** A text the check asked a person to look at: held by `holdRequestText` once the write is sure. */
export interface HeldRequestText {
  text: string
  label: RequestTextLabel
}

/** Checks one request text: refuses `risky`, answers what to hold for `review`, else null. */
export const checkRequestText = async (
  text: string | null | undefined,
  scene: ContentScene,
  label: RequestTextLabel,
  caller: Caller,
  deps: Pick<Deps, 'contentCheck'>,
): Promise<HeldRequestText | null> => {
  if (!text) return null
  const verdict = await deps.contentCheck.check(text, { openid: caller.openid, scene })
  if (verdict === 'risky') {
    throw new AppError('CONTENT.RISKY', 'the text did not pass the content check')
  }
  return verdict === 'review' ? { text, label } : null
}

/**
 * Queues a held text of request `requestId` for staff and answers the hash the request keeps in
 * `heldTexts`. Called after every check of the input, right before the request's own write, so a
 * refused call writes nothing.
 */
export const holdRequestText = async (
  held: HeldRequestText,
  requestId: string,
  caller: Caller,
  deps: Pick<Deps, 'moderation' | 'now'>,
): Promise<string> => {
  await holdText(
    held.text,
    { kind: 'requestText', refId: requestId, label: REQUEST_TEXT_LABELS[held.label] },
    caller,
    deps,
  )
  return textHashOf(held.text)
}
