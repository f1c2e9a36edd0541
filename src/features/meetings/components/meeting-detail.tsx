// 议事详情: the meeting's participants, the requests it discussed, its decisions and their progress;
// staff and each decision's owner update it here.
import { Text, View } from '@tarojs/components'
import type { DecisionStatus } from '@linli/types'
import { useState } from 'react'
import { errorMessage } from '@/shared/api/error-messages'
import { ErrorState, LoadingState } from '@/shared/components/page-state'
import { useScreenData } from '@/shared/hooks/use-screen-data'
import { getMeeting, updateDecision } from '../api/meetings-api'
import { DecisionCard } from './decision-card'
import './meetings.css'

export function MeetingDetail({ id }: { id: string }) {
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const { state, reload } = useScreenData(() => getMeeting(id), id)
  const update = async (decisionId: string, status: DecisionStatus, note: string) => {
    if (!note) {
      setError('请填写进展说明')
      return
    }
    setBusy(decisionId)
    setError(null)
    try {
      await updateDecision(id, decisionId, status, note)
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setBusy(null)
      await reload()
    }
  }
  if (state.status === 'loading') return <LoadingState />
  if (state.status === 'error')
    return <ErrorState error={state.error} onRetry={() => void reload()} />
  const m = state.data
  return (
    <View className="meeting" data-testid="meeting-detail">
      <Text className="meeting__title">{m.topic}</Text>
      <Text className="meeting__meta">召开日期：{m.heldOn}</Text>
      {m.participants.length > 0 ? (
        <Text className="meeting__meta">参会：{m.participants.map((p) => p.name).join('、')}</Text>
      ) : null}
      {m.requestIds.length > 0 ? (
        <Text className="meeting__meta">关联诉求 {m.requestIds.length} 条</Text>
      ) : null}
      <Text className="meeting__meta">
        决议 {m.total} 项，已完成 {m.done} 项
      </Text>
      {error ? <Text className="field__error">{error}</Text> : null}
      {m.decisions.map((d) => (
        <DecisionCard
          key={d.id}
          d={d}
          busy={busy === d.id}
          onUpdate={(status, note) => void update(d.id, status, note)}
        />
      ))}
    </View>
  )
}
