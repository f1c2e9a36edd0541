// A paged list of requests with its first-load, error, empty and footer states.
import { View } from '@tarojs/components'
import type { RequestSummary } from '@linli/types'
import { Notice } from './notice'
import { EmptyState, ErrorState, LoadingState } from './page-state'
import { ListFooter } from './list-footer'
import { RequestCard } from './request-card'
import { errorMessage } from '../api/error-messages'
import type { PagedList } from '../hooks/use-paged-list'
import type { ReactNode } from 'react'

interface PagedRequestListProps {
  list: PagedList<RequestSummary>
  emptyTitle: string
  emptyHint?: string
  emptyAction?: ReactNode
  onOpen: (id: string) => void
}

export function PagedRequestList({
  list,
  emptyTitle,
  emptyHint,
  emptyAction,
  onOpen,
}: PagedRequestListProps) {
  if (list.status === 'loading') return <LoadingState />
  if (list.status === 'error')
    return <ErrorState error={list.error} onRetry={() => void list.refresh()} />
  if (list.items.length === 0) {
    return <EmptyState title={emptyTitle} hint={emptyHint} action={emptyAction} />
  }
  return (
    <View className="request-list" data-testid="request-list">
      {list.refreshError ? (
        <Notice tone="error" testId="refresh-error">
          {`刷新失败：${errorMessage(list.refreshError)}`}
        </Notice>
      ) : null}
      {list.items.map((request) => (
        <RequestCard key={request.id} request={request} onOpen={onOpen} />
      ))}
      <ListFooter
        hasMore={list.nextCursor !== null}
        loadingMore={list.loadingMore}
        loadMoreError={list.loadMoreError}
        onLoadMore={() => void list.loadMore()}
      />
    </View>
  )
}
