// 我的评议: a member's own result in each round they are in (shown from 5 ratings on, never who
// rated), and an appeal to staff with its answer.
import { Text, View } from '@tarojs/components'
import type { ResultRow, RoundView } from '@linli/types'
import { useState } from 'react'
import { ActionButton } from '@/shared/components/action-button'
import { EmptyState, ErrorState, LoadingState } from '@/shared/components/page-state'
import { Section } from '@/shared/components/section'
import { appeal, listRounds, roundResults } from '../api/members-api'
import { TextInput } from './text-input'
import { useScreenData } from './use-screen-data'
import { useSubmit } from './use-submit'

const PHASES: Record<RoundView['phase'], string> = {
  upcoming: '未开始',
  open: '进行中',
  closed: '已结束',
}

const load = async () => {
  const { items } = await listRounds()
  const results = await Promise.all(items.map((r) => roundResults(r.id)))
  return results.flatMap((r) => (r.rows[0] ? [{ round: r.round, row: r.rows[0] }] : []))
}

export const resultLine = (row: ResultRow): string =>
  row.shown && row.satisfactionRate !== null
    ? `${row.ratings} 人评议 · 满意 ${row.satisfied} · 基本满意 ${row.basicallySatisfied} · 不满意 ${row.dissatisfied} · 满意率 ${(row.satisfactionRate * 100).toFixed(1)}%`
    : `${row.ratings} 人评议 · 满 5 人后显示结果`

function AppealForm({ roundId, onSent }: { roundId: string; onSent: () => void }) {
  const [text, setText] = useState('')
  const form = useSubmit()
  const send = async () => {
    if (await form.submit(() => appeal(roundId, text.trim()), '申诉已提交')) onSent()
  }
  return (
    <View className="csv-export">
      <TextInput
        value={text}
        onChange={setText}
        testId="appeal-text"
        placeholder="对结果有异议？写明理由，社区会答复"
        multiline
      />
      {form.error ? (
        <Text className="field__error" data-testid="appeal-error">
          {form.error}
        </Text>
      ) : null}
      <ActionButton
        variant="secondary"
        testId="appeal-submit"
        loading={form.busy}
        onClick={() => void send()}
      >
        提交申诉
      </ActionButton>
    </View>
  )
}

export function MyEvaluations() {
  const { state, reload } = useScreenData(load)
  if (state.status === 'loading') return <LoadingState />
  if (state.status === 'error')
    return <ErrorState error={state.error} onRetry={() => void reload()} />
  if (state.data.length === 0) return <EmptyState title="还没有参加过评议" />
  return (
    <View data-testid="my-evaluations">
      {state.data.map(({ round, row }) => (
        <Section key={round.id} title={round.name} testId={`my-result-${round.id}`}>
          <Text className="pledge__meta">
            {round.startsOn} 至 {round.endsOn} · {PHASES[round.phase]}
          </Text>
          <Text className="pledge__text" data-testid="my-result">
            {resultLine(row)}
          </Text>
          {row.appeal ? (
            <View data-testid="my-appeal">
              <Text className="pledge__meta">申诉：{row.appeal.text}</Text>
              <Text className="pledge__meta">
                {row.appeal.answer ? `社区答复：${row.appeal.answer}` : '等待社区答复'}
              </Text>
            </View>
          ) : (
            <AppealForm roundId={round.id} onSent={() => void reload()} />
          )}
        </Section>
      ))}
    </View>
  )
}
