// `send`: a leader's notice, checked (scope, then content) and sent now, scheduled, or saved as a
// draft. `risky` text is refused with nothing written; `review` holds it for staff.
import type { ContentVerdict, NoticeDoc, ParsedInput } from '@linli/types'
import { noticeIdFor } from '../../data/notice.repository'
import { AppError, forbidden, notFound } from '../../shared/app-error'
import type { Caller } from '../caller'
import type { Deps } from '../deps'
import { holdText } from '../moderation/hold-text'
import { startMediaChecks } from '../moderation/media-checks'
import { mayTarget } from '../../domain/notice-targeting'
import { spendWhile } from '../limits'
import { checkTarget, loadRecipients } from './notice-audience'
import { markPublished, publishNotice, writeAudience } from './publish-notice'

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
  if (!mayTarget(caller, input.target)) throw forbidden('this target is outside your scope')
  const now = deps.now()
  const text = `${input.title}\n${input.body}`
  // First what refuses a send, so a refused one writes nothing (the allowance is not touched):
  // the target checked and named, and the draft being sent (both read ahead with the caller), and
  // the content check (drafts too: a risky one is refused now rather than at sending time).
  const [targetLabel, verdict, draft] = await Promise.all([
    checkTarget(input.target, caller, deps),
    deps.contentCheck.check(text, { openid: caller.openid, scene: 'post' }),
    input.draftId ? ownDraft(input.draftId, caller, deps) : Promise.resolve(null),
  ])
  if (verdict === 'risky') throw riskyText()
  // Then, while the allowance is spent, the audience of a notice sent now.
  const audience = await spendWhile(
    deps.writes,
    input.mode === 'now'
      ? loadRecipients(input.target, caller.communityId, deps)
      : Promise.resolve(null),
  )
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
  // Sent now: the receipts and messages are written beside the notice (the inbox and the timer
  // leave them alone until it is published), then it is marked published. A draft is published
  // only once it is stored as sent: another send of it may have changed it meanwhile.
  const publishing = audience !== null && isDue(doc, now) && !draft ? audience : null
  const [stored] = await Promise.all([
    storeNotice(doc, draft, deps),
    publishing ? writeAudience(doc, publishing, deps, now) : Promise.resolve(),
  ])
  if (!stored) {
    // A retried send: answer with the notice as it is, finishing its publishing if it stopped.
    const existing = await deps.notices.getById(id)
    if (!existing) throw notFound('notice')
    await queueIfHeld(existing, caller, deps)
    return answer(await finishIfDue(existing, deps, now), verdict)
  }
  const [published] = await Promise.all([
    publishing
      ? markPublished(doc, publishing, deps, now)
      : isDue(doc, now)
        ? publishNotice(doc, deps, now, audience ?? undefined)
        : Promise.resolve(doc),
    queueIfHeld(doc, caller, deps),
    startMediaChecks({ kind: 'notice', id: doc._id }, doc.images, caller, deps),
  ])
  return answer(published, verdict)
}

/** Stores the new notice, or the draft as sent; false for a retried send that stored it already. */
const storeNotice = async (doc: NoticeDoc, draft: NoticeDoc | null, deps: Deps) => {
  if (!draft) return deps.notices.create(doc)
  const { _id, ...fields } = doc
  if (!(await deps.notices.updateIf(_id, ['draft'], fields))) {
    throw new AppError('NOTICE.INVALID_STATE', 'the draft changed meanwhile')
  }
  return true
}

const isDue = (doc: NoticeDoc, now: Date): boolean =>
  doc.status === 'scheduled' && doc.scheduledAt !== null && doc.scheduledAt <= now

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
  isDue(doc, now) ? publishNotice(doc, deps, now) : doc

const answer = (doc: NoticeDoc, verdict: ContentVerdict) => ({
  id: doc._id,
  status: doc.status,
  verdict,
  recipientCount: doc.recipientCount,
})
