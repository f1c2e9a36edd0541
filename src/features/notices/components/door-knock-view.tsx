// 上门通知名单: households where nobody read an urgent notice in time; the building's leader (or
// the grid leader) ticks each off as visited, with a note.
import { Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { errorMessage } from '@/shared/api/error-messages'
import { ActionButton } from '@/shared/components/action-button'
import { EmptyState, ErrorState, LoadingState } from '@/shared/components/page-state'
import { Notice } from '@/shared/components/notice'
import { Section } from '@/shared/components/section'
import { useAsyncData } from '@/shared/hooks/use-async-data'
import { formatDateTime } from '@/shared/lib/format-time'
import { doorKnockList, markVisited } from '../api/notices-api'
import './notices.css'

export function DoorKnockView({ id }: { id: string }) {
  const { state, reload } = useAsyncData(() => doorKnockList(id), id)
  const [notes, setNotes] = useState<Record<string, string>>({})
  const [error, setError] = useState<unknown>(null)
  if (state.status === 'loading') return <LoadingState />
  if (state.status === 'error')
    return <ErrorState error={state.error} onRetry={() => void reload()} />
  const list = state.data
  if (!list.due) {
    return (
      <EmptyState
        title="还没到上门的时间"
        hint={
          list.dueAt
            ? `${formatDateTime(list.dueAt)} 后仍未读的住户会列在这里`
            : '只有紧急通知需要上门告知'
        }
      />
    )
  }
  if (list.items.length === 0) return <EmptyState title="所有住户都已读" />
  const visit = async (householdId: string) => {
    setError(null)
    try {
      await markVisited(id, householdId, notes[householdId])
      await reload()
    } catch (e) {
      setError(e)
    }
  }
  return (
    <View data-testid="door-knock">
      {error ? <Notice tone="error">{errorMessage(error)}</Notice> : null}
      {list.items.map((h) => (
        <Section key={h.householdId} testId="door-knock-item">
          <Text className="notice-card__title">{`${h.buildingName} ${h.room}`}</Text>
          {h.visited ? (
            <Text className="notice-card__meta">{`已上门${h.note ? `：${h.note}` : ''}`}</Text>
          ) : (
            <View>
              <Input
                className="notice-input"
                placeholder="备注（可不填）"
                value={notes[h.householdId] ?? ''}
                onInput={(e) => setNotes((n) => ({ ...n, [h.householdId]: e.detail.value }))}
              />
              <ActionButton
                variant="secondary"
                testId="mark-visited"
                onClick={() => void visit(h.householdId)}
              >
                已上门告知
              </ActionButton>
            </View>
          )}
        </Section>
      ))}
    </View>
  )
}
