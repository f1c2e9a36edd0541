// `send`: a leader's notice, checked (scope, then content) and sent now, scheduled, or saved as a
// draft. `risky` text is refused with nothing written; `review` holds it for staff.
import type { ContentVerdict, NoticeDoc, ParsedInput } from '@linli/types'
import { noticeIdFor } from '../../data/notice.repository'
import { AppError, forbidden, notFound } from '../../shared/app-error'
import type { Caller } from '../caller'
import type { Deps } from '../deps'
import { holdText } from '../moderation/hold-text'
import { startMediaChecks } from '../moderation/media-checks'
import { checkTarget } from './notice-audience'
import { publishNotice } from './publish-notice'

type Input = ParsedInput<'notices', 'send'>

export const riskyText = (): AppError =>
  new AppError('CONTENT.RISKY', 'the text did not pass the content check')

const statusFor = (input: Input, verdict: ContentVerdict): NoticeDoc['status'] => {
  if (input.mode === 'draft') return 'draft'
  if (verdict === 'review') return 'held'
  // "now" is stored as due now: a crash before publishing leaves it for the timer to finish.
  return 'scheduled'
}

/** The draft being sent, if any: only its author's, only while it is still a draft. */
const ownDraft = async (id: string, caller: Caller, deps: Deps): Promise<NoticeDoc> => {
  const draft = await deps.notices.getById(id)
  if (!draft || draft.communityId !== caller.communityId) throw notFound('notice')
  if (draft.authorId !== caller.personId) throw forbidden('only the author sends a draft')
  if (draft.status !== 'draft') throw new AppError('NOTICE.INVALID_STATE', 'already sent')
  return draft
}

export const sendNotice = async (input: Input, caller: Caller, deps: Deps) => {
  if (!caller.personId) throw forbidden('a notice needs a known author')
  const targetLabel = await checkTarget(input.target, caller, deps)
  const text = `${input.title}\n${input.body}`
  // Drafts are checked too: a risky one is refused now rather than at sending time.
  const verdict = await deps.contentCheck.check(text, { openid: caller.openid, scene: 'post' })
  if (verdict === 'risky') throw riskyText()
  const now = deps.now()
  const draft = input.draftId ? await ownDraft(input.draftId, caller, deps) : null
  const id = draft?._id ?? noticeIdFor(caller.personId, input.clientRequestId)
  const status = statusFor(input, verdict)
  const scheduledAt = input.mode === 'schedule' ? (input.scheduledAt ?? now) : now
  const doc: NoticeDoc = {
    _id: id,
    communityId: caller.communityId,
    authorId: caller.personId,
    authorName: caller.name ?? '',
    title: input.title,
    body: input.body,
    images: input.images,
    urgency: input.urgency,
    target: input.target,
    targetLabel,
    status,
    scheduledAt: status === 'scheduled' ? scheduledAt : null,
    publishedAt: null,
    recipientCount: 0,
    createdAt: draft?.createdAt ?? now,
    updatedAt: now,
  }
  if (draft) {
    const { _id, ...fields } = doc
    if (!(await deps.notices.updateIf(_id, ['draft'], fields))) {
      throw new AppError('NOTICE.INVALID_STATE', 'the draft changed meanwhile')
    }
  } else if (!(await deps.notices.create(doc))) {
    // A retried send: answer with the notice as it is, finishing its publishing if it stopped.
    const existing = await deps.notices.getById(id)
    if (!existing) throw notFound('notice')
    await queueIfHeld(existing, caller, deps)
    return answer(await finishIfDue(existing, deps, now), verdict)
  }
  await queueIfHeld(doc, caller, deps)
  await startMediaChecks({ kind: 'notice', id: doc._id }, doc.images, caller, deps)
  return answer(await finishIfDue(doc, deps, now), verdict)
}

/**
 * A held notice waits in staff's queue. Queued after the notice is stored (it is not published
 * until approved either way), again by a retried send, which finds the same item.
 */
const queueIfHeld = async (notice: NoticeDoc, caller: Caller, deps: Deps) => {
  if (notice.status !== 'held') return
  await holdText(
    `${notice.title}\n${notice.body}`,
    { kind: 'notice', refId: notice._id, label: `通知：${notice.title}` },
    caller,
    deps,
  )
}

const finishIfDue = async (doc: NoticeDoc, deps: Deps, now: Date): Promise<NoticeDoc> =>
  doc.status === 'scheduled' && doc.scheduledAt && doc.scheduledAt <= now
    ? publishNotice(doc, deps, now)
    : doc

const answer = (doc: NoticeDoc, verdict: ContentVerdict) => ({
  id: doc._id,
  status: doc.status,
  verdict,
  recipientCount: doc.recipientCount,
})
