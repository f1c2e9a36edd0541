// `inbox` and `read`: a person's notices (urgent pinned, newest first) and opening one, which
// marks it read — from the inbox, a share card or a subscribe message alike.
import type { NoticeDoc, ParsedInput } from '@linli/types'
import { notFound } from '../../shared/app-error'
import type { Caller } from '../caller'
import type { Deps } from '../deps'
import { overseesNotice } from './notice-access'
import { detailOf, summaryOf } from './notice-views'

export const listInbox = async (
  input: ParsedInput<'notices', 'inbox'>,
  caller: Caller,
  deps: Deps,
) => {
  if (!caller.personId) return { items: [], nextCursor: null, unread: 0 }
  const rows = await deps.noticeReceipts.page(caller.personId, input.limit + 1, input.cursor)
  const page = rows.slice(0, input.limit)
  const notices = await Promise.all(page.map((r) => deps.notices.getById(r.noticeId)))
  const items = page.flatMap((r, i) => {
    const notice = notices[i]
    return notice ? [summaryOf(notice, r.readAt !== null)] : []
  })
  const last = page[page.length - 1]
  return {
    items,
    nextCursor: rows.length > input.limit && last ? last.sortKey : null,
    unread: await deps.noticeReceipts.countUnread(caller.personId),
  }
}

export const readNotice = async (
  input: ParsedInput<'notices', 'read'>,
  caller: Caller,
  deps: Deps,
) => {
  const notice: NoticeDoc | null = await deps.notices.getById(input.id)
  if (!notice || notice.communityId !== caller.communityId) throw notFound('notice')
  const receipt =
    caller.personId && notice.status === 'published'
      ? await deps.noticeReceipts.get(notice._id, caller.personId)
      : null
  const oversees = overseesNotice(notice, caller)
  // Nobody sees a notice not meant for them: not a recipient and not overseeing it is "not found".
  if (!receipt && !oversees) throw notFound('notice')
  if (receipt && caller.personId) {
    await deps.noticeReceipts.markRead(notice._id, caller.personId, deps.now(), input.via)
  }
  return detailOf(notice, oversees)
}
