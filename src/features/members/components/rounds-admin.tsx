// Staff's 评议与申诉: open a round, see each round's table per member, answer appeals.
import { Text, View } from '@tarojs/components'
import { chinaDateOf, type ResultsOutput } from '@linli/types'
import { useState } from 'react'
import { ActionButton } from '@/shared/components/action-button'
import { Field } from '@/shared/components/field'
import { ErrorState, LoadingState } from '@/shared/components/page-state'
import { Section } from '@/shared/components/section'
import {
  answerAppeal,
  listRounds,
  mySummary,
  openRound,
  roundResults,
  roundResultsCsv,
} from '../api/members-api'
import { CsvExport } from './csv-export'
import { TextInput } from './text-input'
import { useScreenData } from './use-screen-data'
import { useSubmit } from './use-submit'

const load = async () => {
  const [rounds, members] = await Promise.all([
    listRounds(),
    mySummary(Number(chinaDateOf(Date.now()).slice(0, 4))),
  ])
  return { rounds: rounds.items, members: members.rows }
}

const percent = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`)

function Results({ results, onAnswered }: { results: ResultsOutput; onAnswered: () => void }) {
  const [answer, setAnswer] = useState('')
  const form = useSubmit()
  return (
    <View data-testid="round-results">
      <CsvExport
        fileName={`评议结果-${results.round.name}.csv`}
        testId="results-csv"
        load={async () => (await roundResultsCsv(results.round.id)).csv}
      />
      {results.rows.map((r) => (
        <View key={r.memberId} className="result-row" data-testid={`result-${r.memberId}`}>
          <Text>
            {r.name}：{r.ratings} 人评议
            {r.shown
              ? ` · 满意 ${r.satisfied} · 基本满意 ${r.basicallySatisfied} · 不满意 ${r.dissatisfied} · 满意率 ${percent(r.satisfactionRate)}`
              : ' · 不足 5 人，暂不显示'}
          </Text>
          {r.appeal ? (
            <View>
              <Text className="pledge__meta">申诉：{r.appeal.text}</Text>
              {r.appeal.answer ? (
                <Text className="pledge__meta">答复：{r.appeal.answer}</Text>
              ) : (
                <View>
                  <TextInput
                    value={answer}
                    onChange={setAnswer}
                    testId="appeal-answer"
                    placeholder="答复申诉"
                  />
                  <ActionButton
                    variant="secondary"
                    loading={form.busy}
                    onClick={() =>
                      void form
                        .submit(() => answerAppeal(r.appeal?.id ?? '', answer.trim()), '已答复')
                        .then((ok) => ok && onAnswered())
                    }
                  >
                    答复
                  </ActionButton>
                </View>
              )}
            </View>
          ) : null}
        </View>
      ))}
    </View>
  )
}

export function RoundsAdmin() {
  const { state, reload } = useScreenData(load)
  const [name, setName] = useState('')
  const [endsOn, setEndsOn] = useState(chinaDateOf(Date.now() + 14 * 86_400_000))
  const [open, setOpen] = useState<{ id: string; results: ResultsOutput } | null>(null)
  const form = useSubmit()
  if (state.status === 'loading') return <LoadingState />
  if (state.status === 'error')
    return <ErrorState error={state.error} onRetry={() => void reload()} />
  const { rounds, members } = state.data
  const start = async () => {
    const input = {
      name: name.trim(),
      startsOn: chinaDateOf(Date.now()),
      endsOn: endsOn.trim(),
      memberIds: members.map((m) => m.memberId),
    }
    if (await form.submit(() => openRound(input), '评议已开启')) {
      setName('')
      void reload()
    }
  }
  const show = async (id: string) => setOpen({ id, results: await roundResults(id) })
  return (
    <View data-testid="rounds-admin">
      <Section title="开启评议（全体党员）">
        <Field label="名称">
          <TextInput
            value={name}
            onChange={setName}
            testId="round-name"
            placeholder="如：2026年第四季度评议"
          />
        </Field>
        <Field label="结束日期（年-月-日）">
          <TextInput value={endsOn} onChange={setEndsOn} testId="round-ends" />
        </Field>
        {form.error ? (
          <Text className="field__error" data-testid="round-error">
            {form.error}
          </Text>
        ) : null}
        <ActionButton testId="round-open" loading={form.busy} onClick={() => void start()}>
          开启评议（{members.length} 名党员）
        </ActionButton>
      </Section>
      <Section title="评议轮次">
        {rounds.length === 0 ? <Text>还没有评议</Text> : null}
        {rounds.map((r) => (
          <View
            key={r.id}
            className="result-row"
            data-testid={`round-${r.id}`}
            onClick={() => void show(r.id)}
          >
            <Text>
              {r.name} · {r.startsOn} 至 {r.endsOn} ·{' '}
              {r.phase === 'open' ? '进行中' : r.phase === 'closed' ? '已结束' : '未开始'}
            </Text>
          </View>
        ))}
      </Section>
      {open ? (
        <Section title={`${open.results.round.name} 结果`}>
          <Results results={open.results} onAnswered={() => void show(open.id)} />
        </Section>
      ) : null}
    </View>
  )
}
