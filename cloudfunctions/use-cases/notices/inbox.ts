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
  // A receipt is written beside its notice before the notice is marked published: until then,
  // and for a notice that never was, it is left out.
  const items = page.flatMap((r, i) => {
    const notice = notices[i]
    return notice?.status === 'published' ? [summaryOf(notice, r.readAt !== null)] : []
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
  // The notice was read ahead with the caller. Everything that refuses comes before the
  // allowance is spent, so a refused read writes nothing; only an unread receipt is a write here.
  const notice: NoticeDoc | null = await deps.notices.getById(input.id)
  if (!notice || notice.communityId !== caller.communityId) throw notFound('notice')
  const personId = caller.personId
  const receipt =
    personId && notice.status === 'published'
      ? await deps.noticeReceipts.get(notice._id, personId)
      : null
  const oversees = overseesNotice(notice, caller)
  // Nobody sees a notice not meant for them: not a recipient and not overseeing it is "not found".
  if (!receipt && !oversees) throw notFound('notice')
  if (receipt && personId && receipt.readAt === null) {
    await deps.writes.spend()
    await deps.noticeReceipts.markRead(notice._id, personId, deps.now(), input.via)
  }
  return detailOf(notice, oversees)
}
