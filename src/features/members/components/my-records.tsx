// 我的纪实: my score by month (chart) and year, my records, and logging other service (with a photo).
import { Image, Text, View } from '@tarojs/components'
import { chinaDateOf, type ServiceRecordView } from '@linli/types'
import { useState } from 'react'
import { loadMe } from '@/shared/api/me'
import { ActionButton } from '@/shared/components/action-button'
import { ChipGroup, ChoiceChip } from '@/shared/components/choice-chip'
import { Field } from '@/shared/components/field'
import { ErrorState, LoadingState } from '@/shared/components/page-state'
import { PhotoPicker } from '@/shared/components/photo-picker'
import { Section } from '@/shared/components/section'
import { usePhotoUploads } from '@/shared/hooks/use-photo-uploads'
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
  const [summary, records, me] = await Promise.all([mySummary(year), myRecords(), loadMe()])
  return { year, summary, records, personId: me.personId ?? '' }
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
      {r.photoUrl ? (
        <Image
          className="member-card__photo"
          data-testid="record-photo"
          src={r.photoUrl}
          mode="aspectFill"
        />
      ) : null}
    </View>
  )
}

/** 记录其他服务: kind, what was done, whole hours and an optional photo, sent for verification. */
function LogServiceForm({ personId, onLogged }: { personId: string; onLogged: () => void }) {
  const [kind, setKind] = useState<LoggedKind>('activity')
  const [note, setNote] = useState('')
  const [hours, setHours] = useState('1')
  const photos = usePhotoUploads(`service/${personId}`, 1)
  const form = useSubmit()
  const send = async () => {
    const photo = photos.fileIds[0]
    const ok = await form.submit(
      () =>
        logService({
          kind,
          note: note.trim(),
          hours: Number(hours),
          date: chinaDateOf(Date.now()),
          ...(photo ? { photo } : {}),
        }),
      '已提交，待网格长核实',
    )
    if (ok) {
      setNote('')
      for (const item of photos.items) photos.remove(item.key)
      onLogged()
    }
  }
  return (
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
      <PhotoPicker
        items={photos.items}
        error={photos.error}
        max={1}
        label="现场照片（可选，1 张）"
        onAdd={() => void photos.add()}
        onRemove={photos.remove}
      />
      {form.error ? <Text className="field__error">{form.error}</Text> : null}
      <ActionButton
        testId="service-submit"
        loading={form.busy}
        disabled={photos.uploading}
        onClick={() => void send()}
      >
        {photos.uploading ? '照片上传中…' : '提交核实'}
      </ActionButton>
    </Section>
  )
}

export function MyRecords() {
  const { state, reload } = useScreenData(load)
  const [more, setMore] = useState<ServiceRecordView[]>([])
  const [cursor, setCursor] = useState<string | null | undefined>(undefined)
  if (state.status === 'loading') return <LoadingState />
  if (state.status === 'error')
    return <ErrorState error={state.error} onRetry={() => void reload()} />
  const { year, summary, records, personId } = state.data
  const total = summary.rows[0]
  const next = cursor === undefined ? records.nextCursor : cursor
  const loadMore = async () => {
    if (!next) return
    const page = await myRecords(next)
    setMore((m) => [...m, ...page.items])
    setCursor(page.nextCursor)
  }
  return (
    <View data-testid="my-records">
      <Section title={`${year} 年积分`}>
        <Text className="member-card__name" data-testid="year-points">
          {total ? `${total.points} 分 · ${total.services} 次 · ${total.hours} 小时` : '暂无'}
        </Text>
        <MonthChart months={summary.byMonth} />
      </Section>
      <LogServiceForm personId={personId} onLogged={() => void reload()} />
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
