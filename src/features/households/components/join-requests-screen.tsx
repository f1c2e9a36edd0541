// 入户审核 (grid leader): newcomers asking to join a flat of the leader's grid; approve or reject.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { errorMessage } from '@/shared/api/error-messages'
import { ActionButton } from '@/shared/components/action-button'
import { EmptyState, ErrorState, LoadingState } from '@/shared/components/page-state'
import { Section } from '@/shared/components/section'
import { useScreenData } from '@/shared/hooks/use-screen-data'
import { decideJoin, listJoinRequests } from '../api/households-api'

export function JoinRequestsScreen() {
  const list = useScreenData(() => listJoinRequests())
  const [busyId, setBusyId] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const decide = async (id: string, decision: 'approve' | 'reject') => {
    setBusyId(id)
    setError(null)
    try {
      await decideJoin(id, decision)
      await list.reload()
    } catch (failure) {
      setError(errorMessage(failure))
    } finally {
      setBusyId(null)
    }
  }
  if (list.state.status === 'loading') return <LoadingState />
  if (list.state.status === 'error') {
    return <ErrorState error={list.state.error} onRetry={() => void list.reload()} />
  }
  const items = list.state.data.items
  if (items.length === 0) return <EmptyState title="没有待审核的入户申请" />
  return (
    <View data-testid="join-requests">
      {error ? <Text className="field__error">{error}</Text> : null}
      {items.map((item) => (
        <Section key={item.id} title={`${item.buildingName} ${item.room}`}>
          <View data-testid="join-request">
            <Text className="pledge__text">
              {item.name}
              {item.phone ? ` · ${item.phone}` : ''}
            </Text>
            <Text className="pledge__meta">
              {item.onRoster ? '姓名在该户的住户名册中' : '姓名不在该户的住户名册中，请核实'} ·
              申请于 {item.createdAt.slice(0, 10)}
            </Text>
            <ActionButton
              testId="join-approve"
              loading={busyId === item.id}
              onClick={() => void decide(item.id, 'approve')}
            >
              通过
            </ActionButton>
            <ActionButton
              variant="secondary"
              testId="join-reject"
              disabled={busyId === item.id}
              onClick={() => void decide(item.id, 'reject')}
            >
              不通过
            </ActionButton>
          </View>
        </Section>
      ))}
    </View>
  )
}
