// 纪实核实: logged service (activities, patrols, home visits) waiting for the grid leader — or staff —
// to verify it (then it counts) or reject it with a reason; the member's photo shows with it.
import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { Me, ServiceRecordView } from '@linli/types'
import { useState } from 'react'
import { loadMe } from '@/shared/api/me'
import { ActionButton } from '@/shared/components/action-button'
import { EmptyState, ErrorState, LoadingState } from '@/shared/components/page-state'
import { Section } from '@/shared/components/section'
import { pendingRecords, verifyService } from '../api/members-api'
import { SERVICE_KIND_LABELS } from '../lib/labels'
import { TextInput } from './text-input'
import { useScreenData } from './use-screen-data'
import { useSubmit } from './use-submit'

/** The grids whose queue the caller reads: every grid at once for staff, else the grids they lead. */
const queuesOf = (me: Me): (string | undefined)[] => {
  if (me.roles.some((r) => r.role === 'staff' || r.role === 'admin')) return [undefined]
  return me.roles.flatMap((r) => (r.role === 'gridLeader' ? [r.gridId] : []))
}

const load = async () => {
  const me = await loadMe()
  const pages = await Promise.all(queuesOf(me).map((gridId) => pendingRecords(gridId)))
  return pages.flatMap((p) => p.items).filter((r) => r.memberId !== me.personId)
}

function Review({ record, onDone }: { record: ServiceRecordView; onDone: () => void }) {
  const [reason, setReason] = useState('')
  const form = useSubmit()
  const decide = async (verify: boolean) => {
    const decision = verify
      ? { kind: 'verify' as const }
      : { kind: 'reject' as const, reason: reason.trim() }
    if (await form.submit(() => verifyService(record.id, decision), verify ? '已核实' : '已退回'))
      onDone()
  }
  const photo = record.photoUrl
  return (
    <Section title={record.memberName ?? '党员'} testId={`review-${record.id}`}>
      <Text className="member-card__line">
        {SERVICE_KIND_LABELS[record.kind]} · {record.at.slice(0, 10)} · {record.hours} 小时 ·{' '}
        {record.points} 分
      </Text>
      <Text className="pledge__text">{record.note}</Text>
      {photo ? (
        <Image
          className="member-card__photo"
          data-testid="review-photo"
          src={photo}
          mode="aspectFill"
          onClick={() => void Taro.previewImage({ urls: [photo], current: photo })}
        />
      ) : null}
      {form.error ? <Text className="field__error">{form.error}</Text> : null}
      <View className="csv-export">
        <ActionButton testId="review-verify" loading={form.busy} onClick={() => void decide(true)}>
          核实通过
        </ActionButton>
        <TextInput
          value={reason}
          onChange={setReason}
          testId="review-reason"
          placeholder="不通过的原因"
        />
        <ActionButton
          variant="secondary"
          testId="review-reject"
          loading={form.busy}
          onClick={() => void decide(false)}
        >
          不通过
        </ActionButton>
      </View>
    </Section>
  )
}

export function ServiceReviews() {
  const { state, reload } = useScreenData(load)
  if (state.status === 'loading') return <LoadingState />
  if (state.status === 'error')
    return <ErrorState error={state.error} onRetry={() => void reload()} />
  if (state.data.length === 0) return <EmptyState title="没有待核实的服务记录" />
  return (
    <View data-testid="service-reviews">
      {state.data.map((r) => (
        <Review key={r.id} record={r} onDone={() => void reload()} />
      ))}
    </View>
  )
}
