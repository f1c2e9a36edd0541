// Words the notice screens show for statuses and verdicts.
import type { NoticeStatus } from '@linli/types'

export const NOTICE_STATUS_LABEL: Record<NoticeStatus, string> = {
  draft: '草稿',
  scheduled: '定时发送',
  held: '待审核',
  published: '已发送',
  rejected: '未通过审核',
}

/** A percentage for a read bar, 0 when nobody was targeted. */
export const readPercent = (read: number, total: number): number =>
  total === 0 ? 0 : Math.round((read / total) * 100)
