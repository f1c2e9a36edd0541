// Publishes a notice: fixes its audience, writes one inbox receipt and one outbox entry per person
// (both keyed, so a re-run after a crash adds nothing twice), then marks it published. Until it is
// marked, the inbox leaves its receipts out and the timer holds its messages: a send writes them
// beside the notice itself, in one round trip.
import type { NoticeDoc } from '@linli/types'
import type { Recipient } from '../../domain/notice-targeting'
import { receiptIdOf, sortKeyOf } from '../../data/notice-receipt.repository'
import type { Deps } from '../deps'
import { loadRecipients } from './notice-audience'
import { noticeDelivery } from './notice-messages'

/** The receipts and messages of `notice` for `recipients`, written together. */
export const writeAudience = async (
  notice: NoticeDoc,
  recipients: readonly Recipient[],
  deps: Deps,
  now: Date,
): Promise<void> => {
  const urgent = notice.urgency === 'urgent'
  // The author reads their own notice in the app; a message to them would be noise.
  const others = recipients.filter((r) => r.personId !== notice.authorId)
  await Promise.all([
    deps.noticeReceipts.addAll(
      recipients.map((r) => ({
        _id: receiptIdOf(notice._id, r.personId),
        communityId: notice.communityId,
        noticeId: notice._id,
        personId: r.personId,
        householdId: r.householdId,
        buildingId: r.buildingId,
        urgent,
        publishedAt: now,
        sortKey: sortKeyOf(urgent, now, notice._id),
        readAt: null,
        readVia: null,
      })),
    ),
    deps.deliveries.enqueue(
      others.map((r) => noticeDelivery(notice, r, now)),
      now,
    ),
  ])
}

/** Marks a notice whose audience is written as published. */
export const markPublished = async (
  notice: NoticeDoc,
  recipients: readonly Recipient[],
  deps: Deps,
  now: Date,
): Promise<NoticeDoc> => {
  const set = { status: 'published' as const, publishedAt: now, recipientCount: recipients.length }
  await deps.notices.updateIf(notice._id, ['draft', 'scheduled', 'held'], {
    ...set,
    updatedAt: now,
  })
  return { ...notice, ...set, updatedAt: now }
}

export const publishNotice = async (
  notice: NoticeDoc,
  deps: Deps,
  now: Date,
  audience?: readonly Recipient[],
): Promise<NoticeDoc> => {
  const recipients = audience ?? (await loadRecipients(notice.target, notice.communityId, deps))
  await writeAudience(notice, recipients, deps, now)
  return markPublished(notice, recipients, deps, now)
}
