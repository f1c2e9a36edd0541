// Staff's 报到审核: pending 双报到 registrations, approve or decline with a reason.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { ActionButton } from '@/shared/components/action-button'
import { EmptyState, ErrorState, LoadingState } from '@/shared/components/page-state'
import { Section } from '@/shared/components/section'
import { pendingRegistrations, reviewRegistration } from '../api/members-api'
import { TEAM_KIND_LABELS } from '../lib/labels'
import { TextInput } from './text-input'
import { useScreenData } from './use-screen-data'
import { useSubmit } from './use-submit'

export function CheckInReviews() {
  const { state, reload } = useScreenData(pendingRegistrations)
  const [reason, setReason] = useState('')
  const form = useSubmit()
  if (state.status === 'loading') return <LoadingState />
  if (state.status === 'error')
    return <ErrorState error={state.error} onRetry={() => void reload()} />
  const review = async (id: string, approve: boolean) => {
    const decision = approve
      ? { kind: 'approve' as const }
      : { kind: 'decline' as const, reason: reason.trim() }
    if (await form.submit(() => reviewRegistration(id, decision), approve ? '已通过' : '已退回')) {
      setReason('')
      void reload()
    }
  }
  if (state.data.items.length === 0) return <EmptyState title="没有待审核的报到" />
  return (
    <View data-testid="check-in-reviews">
      {form.error ? <Text className="field__error">{form.error}</Text> : null}
      {state.data.items.map((r) => (
        <Section key={r.id} testId={`check-in-${r.id}`} title={r.name}>
          <Text className="member-card__line">
            {r.unit.name} · {r.partyOrgName}
          </Text>
          <Text className="member-card__line">
            定岗：{r.grid.name}
            {r.teams.length > 0 ? ` · ${r.teams.map((t) => t.name).join('、')}` : ''}
          </Text>
          {r.specialties.length > 0 ? (
            <Text className="member-card__line">
              特长：{r.specialties.map((s) => TEAM_KIND_LABELS[s]).join('、')}
            </Text>
          ) : null}
          <ActionButton
            testId="check-in-approve"
            loading={form.busy}
            onClick={() => void review(r.id, true)}
          >
            通过
          </ActionButton>
          <TextInput
            value={reason}
            onChange={setReason}
            testId="check-in-reason"
            placeholder="退回原因"
          />
          <ActionButton
            variant="secondary"
            loading={form.busy}
            onClick={() => void review(r.id, false)}
          >
            退回
          </ActionButton>
        </Section>
      ))}
    </View>
  )
}
