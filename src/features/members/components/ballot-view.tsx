// 评议: the resident's ballot, the members of my grid in each open round, one tap each.
import { Text, View } from '@tarojs/components'
import type { Verdict } from '@linli/types'
import { ChoiceChip } from '@/shared/components/choice-chip'
import { EmptyState, ErrorState, LoadingState } from '@/shared/components/page-state'
import { Section } from '@/shared/components/section'
import { ballot, rate } from '../api/members-api'
import { VERDICT_LABELS } from '../lib/labels'
import { useScreenData } from './use-screen-data'
import { useSubmit } from './use-submit'
import './members.css'

const VERDICTS: Verdict[] = ['satisfied', 'basicallySatisfied', 'dissatisfied']

export function BallotView() {
  const { state, reload, replace } = useScreenData(ballot)
  const form = useSubmit()
  if (state.status === 'loading') return <LoadingState />
  if (state.status === 'error')
    return <ErrorState error={state.error} onRetry={() => void reload()} />
  const data = state.data
  if (data.rounds.length === 0) return <EmptyState title="现在没有进行中的评议" />
  const choose = async (roundId: string, memberId: string, verdict: Verdict) => {
    if (!(await form.submit(() => rate(roundId, memberId, verdict), '已评议'))) return
    // Shown at once; the next load confirms it.
    replace({
      rounds: data.rounds.map((r) =>
        r.id !== roundId
          ? r
          : {
              ...r,
              members: r.members.map((m) =>
                m.memberId === memberId ? { ...m, myVerdict: verdict } : m,
              ),
            },
      ),
    })
  }
  return (
    <View data-testid="ballot">
      {form.error ? (
        <Text className="field__error" data-testid="ballot-error">
          {form.error}
        </Text>
      ) : null}
      {data.rounds.map((r) => (
        <Section key={r.id} title={`${r.name}（${r.startsOn} 至 ${r.endsOn}）`}>
          <Text className="pledge__meta">每位党员每轮只能评议一次，党员看不到是谁评议的。</Text>
          {r.members.map((m) => (
            <View key={m.memberId} className="ballot-member" data-testid={`ballot-${m.memberId}`}>
              <Text className="ballot-member__name">{m.name}</Text>
              {m.myVerdict ? (
                <Text data-testid="ballot-done">已评议：{VERDICT_LABELS[m.myVerdict]}</Text>
              ) : (
                <View className="ballot-member__choices">
                  {VERDICTS.map((v) => (
                    <ChoiceChip
                      key={v}
                      label={VERDICT_LABELS[v]}
                      selected={false}
                      testId={`verdict-${v}`}
                      onSelect={() => void choose(r.id, m.memberId, v)}
                    />
                  ))}
                </View>
              )}
            </View>
          ))}
        </Section>
      ))}
    </View>
  )
}
