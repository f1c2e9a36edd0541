// 内容审核 (staff): the one queue of texts the content check held — notices, request texts, pledges,
// service notes — each approved (published as written) or refused; pull down to refresh.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useCallback, useState } from 'react'
import type { HeldItem, HeldKind } from '@linli/types'
import { ActionButton } from '@/shared/components/action-button'
import { ListFooter } from '@/shared/components/list-footer'
import { Notice } from '@/shared/components/notice'
import { EmptyState, ErrorState, LoadingState } from '@/shared/components/page-state'
import { Section } from '@/shared/components/section'
import { errorMessage } from '@/shared/api/error-messages'
import { usePagedList } from '@/shared/hooks/use-paged-list'
import { formatDateTime } from '@/shared/lib/format-time'
import { listHeld, reviewHeld } from '../api/notices-api'
import './notices.css'

const KIND_LABEL: Record<HeldKind, string> = {
  notice: '通知',
  requestText: '居民诉求',
  pledge: '党员承诺',
  pledgeProgress: '承诺进展',
  serviceNote: '服务纪实',
}

/** What approving does, per kind: staff should know before they tap. */
const APPROVE_HINT: Record<HeldKind, string> = {
  notice: '通过后立即发送给通知对象',
  requestText: '通过后其他居民和党员可以看到这段文字',
  pledge: '通过后在党员风采中公开',
  pledgeProgress: '通过后在党员风采中公开',
  serviceNote: '通过后显示在服务纪实中',
}

export function HeldQueue() {
  const fetchPage = useCallback((cursor?: string) => listHeld(cursor), [])
  const list = usePagedList(fetchPage)
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const decide = async (item: HeldItem, decision: 'approve' | 'reject') => {
    setBusy(item.id)
    setError(null)
    try {
      await reviewHeld(item.id, decision)
      void Taro.showToast({ title: decision === 'approve' ? '已通过' : '已驳回', icon: 'success' })
      await list.refresh()
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setBusy(null)
    }
  }
  if (list.status === 'loading') return <LoadingState />
  if (list.status === 'error')
    return <ErrorState error={list.error} onRetry={() => void list.refresh()} />
  if (list.items.length === 0) {
    return (
      <EmptyState
        title="没有待审核的内容"
        hint="内容安全检查认为需要人工看一眼的通知、诉求和承诺会出现在这里。"
      />
    )
  }
  return (
    <View data-testid="held-queue">
      {error ? (
        <Notice tone="error" testId="held-error">
          {error}
        </Notice>
      ) : null}
      {list.refreshError ? (
        <Notice tone="error">{`刷新失败：${errorMessage(list.refreshError)}`}</Notice>
      ) : null}
      {list.items.map((item) => (
        <Section
          key={item.id}
          testId="held-item"
          title={`${KIND_LABEL[item.kind]} · ${item.label}`}
        >
          <View data-kind={item.kind} data-held-id={item.id}>
            <Text className="notice-body">{item.text}</Text>
            <Text className="notice-card__meta">
              {`${item.authorName || '居民'} · ${formatDateTime(item.createdAt)}`}
            </Text>
            <Text className="notice-card__meta">{APPROVE_HINT[item.kind]}</Text>
            <View className="notice-actions">
              <ActionButton
                testId="held-approve"
                loading={busy === item.id}
                disabled={busy !== null}
                onClick={() => void decide(item, 'approve')}
              >
                通过
              </ActionButton>
              <ActionButton
                variant="secondary"
                testId="held-reject"
                disabled={busy !== null}
                onClick={() => void decide(item, 'reject')}
              >
                驳回
              </ActionButton>
            </View>
          </View>
        </Section>
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
