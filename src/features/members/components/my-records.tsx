// 我的纪实: my score by month (chart) and year, my records, and logging other service.
import { Text, View } from '@tarojs/components'
import { chinaDateOf, type ServiceRecordView } from '@linli/types'
import { useState } from 'react'
import { ActionButton } from '@/shared/components/action-button'
import { ChipGroup, ChoiceChip } from '@/shared/components/choice-chip'
import { Field } from '@/shared/components/field'
import { ErrorState, LoadingState } from '@/shared/components/page-state'
import { Section } from '@/shared/components/section'
import { logService, myRecords, mySummary } from '../api/members-api'
import { SERVICE_KIND_LABELS, SERVICE_STATUS_LABELS } from '../lib/labels'
import { MonthChart } from './month-chart'
import { TextInput } from './text-input'
import { useScreenData } from './use-screen-data'
import { useSubmit } from './use-submit'

type LoggedKind = 'activity' | 'patrol' | 'homeVisit' | 'other'
const KINDS: LoggedKind[] = ['activity', 'patrol', 'homeVisit', 'other']

const load = async () => {
  const year = Number(chinaDateOf(Date.now()).slice(0, 4))
  const [summary, records] = await Promise.all([mySummary(year), myRecords()])
  return { year, summary, records }
}

function RecordLine({ r }: { r: ServiceRecordView }) {
  return (
    <View className="pledge" data-testid="service-record">
      <Text className="pledge__text">
        {SERVICE_KIND_LABELS[r.kind]} · {r.points} 分
      </Text>
      <Text className="pledge__meta">
        {r.at.slice(0, 10)} · {SERVICE_STATUS_LABELS[r.status]}
        {r.hours > 0 ? ` · ${r.hours} 小时` : ''}
        {r.note ? ` · ${r.note}` : ''}
      </Text>
    </View>
  )
}

export function MyRecords() {
  const { state, reload } = useScreenData(load)
  const [kind, setKind] = useState<LoggedKind>('activity')
  const [note, setNote] = useState('')
  const [hours, setHours] = useState('1')
  const [more, setMore] = useState<ServiceRecordView[]>([])
  const [cursor, setCursor] = useState<string | null | undefined>(undefined)
  const form = useSubmit()
  if (state.status === 'loading') return <LoadingState />
  if (state.status === 'error')
    return <ErrorState error={state.error} onRetry={() => void reload()} />
  const { year, summary, records } = state.data
  const total = summary.rows[0]
  const next = cursor === undefined ? records.nextCursor : cursor
  const loadMore = async () => {
    if (!next) return
    const page = await myRecords(next)
    setMore((m) => [...m, ...page.items])
    setCursor(page.nextCursor)
  }
  const send = async () => {
    const ok = await form.submit(
      () =>
        logService({
          kind,
          note: note.trim(),
          hours: Number(hours),
          date: chinaDateOf(Date.now()),
        }),
      '已提交，待网格长核实',
    )
    if (ok) {
      setNote('')
      void reload()
    }
  }
  return (
    <View data-testid="my-records">
      <Section title={`${year} 年积分`}>
        <Text className="member-card__name" data-testid="year-points">
          {total ? `${total.points} 分 · ${total.services} 次 · ${total.hours} 小时` : '暂无'}
        </Text>
        <MonthChart months={summary.byMonth} />
      </Section>
      <Section title="记录其他服务">
        <ChipGroup>
          {KINDS.map((k) => (
            <ChoiceChip
              key={k}
              label={SERVICE_KIND_LABELS[k]}
              selected={kind === k}
              onSelect={() => setKind(k)}
            />
          ))}
        </ChipGroup>
        <Field label="服务内容">
          <TextInput value={note} onChange={setNote} testId="service-note" multiline />
        </Field>
        <Field label="时长（小时）">
          <TextInput value={hours} onChange={setHours} testId="service-hours" />
        </Field>
        {form.error ? <Text className="field__error">{form.error}</Text> : null}
        <ActionButton testId="service-submit" loading={form.busy} onClick={() => void send()}>
          提交核实
        </ActionButton>
      </Section>
      <Section title="服务记录">
        {records.items.length === 0 ? <Text>还没有服务记录</Text> : null}
        {[...records.items, ...more].map((r) => (
          <RecordLine key={r.id} r={r} />
        ))}
        {next ? (
          <ActionButton variant="secondary" onClick={() => void loadMore()}>
            加载更多
          </ActionButton>
        ) : null}
      </Section>
    </View>
  )
}
