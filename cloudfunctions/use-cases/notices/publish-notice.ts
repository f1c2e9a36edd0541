// Publishes a notice: fixes its audience, writes one inbox receipt and one outbox entry per person
// (both keyed, so a re-run after a crash adds nothing twice), then marks it published.
import type { NoticeDoc } from '@linli/types'
import { receiptIdOf, sortKeyOf } from '../../data/notice-receipt.repository'
import type { Deps } from '../deps'
import { loadRecipients } from './notice-audience'
import { noticeDelivery } from './notice-messages'

export const publishNotice = async (
  notice: NoticeDoc,
  deps: Deps,
  now: Date,
): Promise<NoticeDoc> => {
  const recipients = await loadRecipients(notice.target, notice.communityId, deps)
  const urgent = notice.urgency === 'urgent'
  await deps.noticeReceipts.addAll(
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
  )
  // The author reads their own notice in the app; a message to them would be noise.
  const others = recipients.filter((r) => r.personId !== notice.authorId)
  await deps.deliveries.enqueue(
    others.map((r) => noticeDelivery(notice, r, now)),
    now,
  )
  const set = { status: 'published' as const, publishedAt: now, recipientCount: recipients.length }
  await deps.notices.updateIf(notice._id, ['draft', 'scheduled', 'held'], {
    ...set,
    updatedAt: now,
  })
  return { ...notice, ...set, updatedAt: now }
}
