// Notices as callers see them, built field by field (never by spreading a stored document).
import type { NoticeDetail, NoticeDoc, NoticeSummary } from '@linli/types'

const EXCERPT = 60

export const excerptOf = (body: string): string => {
  const chars = [...body.replace(/\s+/g, ' ').trim()]
  return chars.length > EXCERPT ? `${chars.slice(0, EXCERPT).join('')}…` : chars.join('')
}

export const summaryOf = (notice: NoticeDoc, read: boolean): NoticeSummary => ({
  id: notice._id,
  title: notice.title,
  excerpt: excerptOf(notice.body),
  urgency: notice.urgency,
  authorName: notice.authorName,
  targetLabel: notice.targetLabel,
  publishedAt: notice.publishedAt?.toISOString() ?? null,
  read,
})

export const detailOf = (notice: NoticeDoc, canSeeStats: boolean): NoticeDetail => ({
  id: notice._id,
  title: notice.title,
  body: notice.body,
  images: notice.images,
  urgency: notice.urgency,
  authorName: notice.authorName,
  targetLabel: notice.targetLabel,
  status: notice.status,
  publishedAt: notice.publishedAt?.toISOString() ?? null,
  canSeeStats,
})
