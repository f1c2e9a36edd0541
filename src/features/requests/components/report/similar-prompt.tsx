// 同一个问题？: open requests of the last 14 days in the same building and category. Joining one
// (附议) makes the resident a follower instead of filing a duplicate; "不是" goes on with the report.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { RequestCategoryId } from '@linli/types'
import { errorMessage } from '@/shared/api/error-messages'
import { ActionButton } from '@/shared/components/action-button'
import { StatusTag } from '@/shared/components/status-tag'
import { useAsyncData } from '@/shared/hooks/use-async-data'
import { formatRelative } from '@/shared/lib/format-time'
import { listSimilar } from '../../api/requests-api'
import { runAction } from '../../api/request-actions'
import { newClientRequestId } from '../../lib/client-request-id'
import { markRequestsChanged } from '../../lib/request-freshness'
import './similar-prompt.css'

interface SimilarPromptProps {
  category: RequestCategoryId
  buildingId: string
  /** After 附议 (or when already following): open that request instead of filing a new one. */
  onJoined: (id: string) => void
}

export function SimilarPrompt({ category, buildingId, onJoined }: SimilarPromptProps) {
  const key = `${category}:${buildingId}`
  const { state } = useAsyncData(() => listSimilar(category, buildingId), key)
  const [dismissed, setDismissed] = useState<string | null>(null)
  const [joining, setJoining] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  // A failed look-up must not stand between the resident and their report: show nothing.
  if (state.status !== 'ready' || state.data.items.length === 0 || dismissed === key) return null

  const join = async (id: string) => {
    if (joining) return
    setJoining(id)
    setError(null)
    try {
      await runAction('follow', id, newClientRequestId(), {})
      markRequestsChanged()
      onJoined(id)
    } catch (failure) {
      setError(errorMessage(failure))
    } finally {
      setJoining(null)
    }
  }

  return (
    <View className="similar" data-testid="similar-prompt">
      <Text className="similar__title">同一个问题？</Text>
      <Text className="similar__hint">
        这栋楼最近有人反映过同类问题。如果是同一件事，点“附议”一起跟进，不用重复提交。
      </Text>
      {state.data.items.map((item) => (
        <View
          key={item.id}
          className="similar__item"
          data-testid="similar-item"
          data-request-id={item.id}
        >
          <View className="similar__head">
            <StatusTag status={item.status} />
            <Text className="similar__time">{formatRelative(item.createdAt)}</Text>
          </View>
          <Text className="similar__excerpt">{item.excerpt}</Text>
          {item.following ? (
            <ActionButton
              variant="secondary"
              testId="similar-open"
              onClick={() => onJoined(item.id)}
            >
              已附议，去看看进展
            </ActionButton>
          ) : (
            <ActionButton
              testId="similar-follow"
              loading={joining === item.id}
              disabled={joining !== null && joining !== item.id}
              onClick={() => void join(item.id)}
            >
              {joining === item.id ? '正在附议…' : '附议（是同一个问题）'}
            </ActionButton>
          )}
        </View>
      ))}
      {error ? (
        <Text className="field__error" data-testid="similar-error">
          {error}
        </Text>
      ) : null}
      <ActionButton variant="secondary" testId="similar-dismiss" onClick={() => setDismissed(key)}>
        不是，继续提交
      </ActionButton>
    </View>
  )
}
