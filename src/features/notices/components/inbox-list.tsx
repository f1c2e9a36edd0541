// 消息: the person's notices, urgent pinned, newest first, with the unread count; pull down to
// refresh, load more at the end. The natural moment to ask for new-notice subscriptions.
import { Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { NoticeSummary, Page } from '@linli/types'
import { ActionButton } from '@/shared/components/action-button'
import { ListFooter } from '@/shared/components/list-footer'
import { Notice } from '@/shared/components/notice'
import { EmptyState, ErrorState, LoadingState } from '@/shared/components/page-state'
import { usePagedList } from '@/shared/hooks/use-paged-list'
import { errorMessage } from '@/shared/api/error-messages'
import { noticeDetailUrl } from '@/shared/lib/routes'
import { listInbox } from '../api/notices-api'
import { askToSubscribe } from '@/shared/lib/subscribe'
import { inboxVersion, onInboxStale, wasReadHere } from '../lib/inbox-freshness'
import { NoticeCard } from './notice-card'
import './notices.css'

/** An inbox page with the version of the app's reads it was asked after (see inbox-freshness). */
type InboxPage = Page<NoticeSummary> & { unread: number; asked: number }

export function InboxList() {
  // The unread count and the version come with the page the list keeps: an answer dropped for a
  // newer refresh (two run when the inbox shows again after a read) changes neither.
  const fetchPage = useCallback(async (cursor?: string): Promise<InboxPage> => {
    const asked = inboxVersion()
    const page = await listInbox(cursor)
    return { ...page, asked }
  }, [])
  const list = usePagedList(fetchPage)
  const fetchedAt = useRef(inboxVersion())
  if (list.head) fetchedAt.current = list.head.asked
  const unread = list.head?.unread ?? 0
  // Re-render when a notice is read here (its mark shows at once), and reload unless the newest
  // answer kept was asked after that read: a load that started before it, or failed, does not count.
  const [, setReads] = useState(inboxVersion())
  const { refresh } = list
  const refreshIfStale = useCallback(() => {
    setReads(inboxVersion())
    if (fetchedAt.current !== inboxVersion()) void refresh()
  }, [refresh])
  useDidShow(refreshIfStale)
  // In the H5 build the inbox stays mounted behind the notice: it reloads as soon as it is read.
  useEffect(() => onInboxStale(refreshIfStale), [refreshIfStale])
  const items = list.items.map((n) => (!n.read && wasReadHere(n.id) ? { ...n, read: true } : n))
  // The count may be from before a read made here: those on screen are taken off at once.
  const shownUnread = Math.max(
    0,
    unread - list.items.filter((n) => !n.read && wasReadHere(n.id)).length,
  )
  if (list.status === 'loading') return <LoadingState />
  if (list.status === 'error')
    return <ErrorState error={list.error} onRetry={() => void list.refresh()} />
  return (
    <View data-testid="inbox">
      <View className="notice-actions">
        <Text className="notice-card__meta">
          未读{' '}
          <Text className="notice-unread-badge" data-testid="unread-count">
            {shownUnread}
          </Text>
        </Text>
        <ActionButton
          variant="secondary"
          testId="subscribe-notices"
          onClick={() => void askToSubscribe(['notice'])}
        >
          新通知提醒我
        </ActionButton>
      </View>
      {list.refreshError ? (
        <Notice tone="error">{`刷新失败：${errorMessage(list.refreshError)}`}</Notice>
      ) : null}
      {items.length === 0 ? (
        <EmptyState title="还没有通知" hint="网格长和社区发来的通知会出现在这里。" />
      ) : (
        items.map((n) => (
          <NoticeCard
            key={n.id}
            notice={n}
            onOpen={() => void Taro.navigateTo({ url: noticeDetailUrl(n.id, 'inbox') })}
          />
        ))
      )}
      {list.items.length > 0 ? (
        <ListFooter
          hasMore={list.nextCursor !== null}
          loadingMore={list.loadingMore}
          loadMoreError={list.loadMoreError}
          onLoadMore={() => void list.loadMore()}
        />
      ) : null}
    </View>
  )
}
