// The provider's view of one slot: who booked (names and phones, for the provider only), who came,
// and which members served; submitting marks attendance and writes the servers' 纪实.
import { Text, View } from '@tarojs/components'
import type { BookingsOutput } from '@linli/types'
import { useState } from 'react'
import { loadMe } from '@/shared/api/me'
import { ActionButton } from '@/shared/components/action-button'
import { ChoiceChip } from '@/shared/components/choice-chip'
import { EmptyState, ErrorState, LoadingState } from '@/shared/components/page-state'
import { Section } from '@/shared/components/section'
import { useScreenData } from '@/shared/hooks/use-screen-data'
import { useSubmit } from '@/shared/hooks/use-submit'
import { markAttendance, slotBookings } from '../api/offerings-api'
import { BOOKING_STATUS_LABELS, slotTime } from '../lib/labels'
import './offerings.css'

const toggle = (set: string[], id: string) =>
  set.includes(id) ? set.filter((x) => x !== id) : [...set, id]

function Attendance(props: { data: BookingsOutput; me: string | null; onDone: () => void }) {
  const { data, onDone } = props
  const [came, setCame] = useState(
    data.items.filter((b) => b.status === 'attended').map((b) => b.id),
  )
  // The provider serving in person is ticked to begin with.
  const [servers, setServers] = useState(
    data.servers.filter((p) => p.id === props.me).map((p) => p.id),
  )
  const form = useSubmit()
  const slot = data.slot
  if (!slot) return null
  const send = async () => {
    const done = await form.submit(() => markAttendance(slot.id, came, servers), '已记录到场情况')
    if (done) onDone()
  }
  return (
    <View>
      <Section title={`${slotTime(slot.startsAt, slot.endsAt)} · ${slot.place}`}>
        <Text className="offering__meta">
          已预约 {slot.booked} / {slot.capacity}
        </Text>
        {data.items.length === 0 ? <EmptyState title="还没有人预约" /> : null}
        {data.items.map((b) => (
          <View key={b.id} className="offering__person" data-testid="slot-booking">
            <View>
              <Text className="offering__person-name">{b.person?.name ?? ''}</Text>
              <Text className="offering__person-phone">
                {b.person?.phone ?? '未留电话'} · {BOOKING_STATUS_LABELS[b.status]}
              </Text>
            </View>
            <ChoiceChip
              kind="checkbox"
              label="到场"
              testId="booking-came"
              selected={came.includes(b.id)}
              onSelect={() => setCame((c) => toggle(c, b.id))}
            />
          </View>
        ))}
      </Section>
      <Section title="参与服务的党员（记入纪实）">
        {data.servers.length === 0 ? <Text className="offering__meta">本队暂无党员</Text> : null}
        {data.servers.map((p) => (
          <View key={p.id} className="offering__person">
            <Text className="offering__person-name">{p.name}</Text>
            <ChoiceChip
              kind="checkbox"
              label="参与"
              testId="server-served"
              selected={servers.includes(p.id)}
              onSelect={() => setServers((s) => toggle(s, p.id))}
            />
          </View>
        ))}
      </Section>
      {form.error ? <Text className="field__error">{form.error}</Text> : null}
      <ActionButton testId="mark-attendance" loading={form.busy} onClick={() => void send()}>
        提交到场情况
      </ActionButton>
    </View>
  )
}

export function SlotBookings({ slotId }: { slotId: string }) {
  const { state, reload } = useScreenData(async () => {
    const [data, me] = await Promise.all([slotBookings(slotId), loadMe()])
    return { data, me: me.personId }
  }, slotId)
  if (state.status === 'loading') return <LoadingState />
  if (state.status === 'error')
    return <ErrorState error={state.error} onRetry={() => void reload()} />
  return (
    <View data-testid="slot-bookings-view">
      <Attendance
        key={state.data.data.items.map((b) => b.status).join()}
        data={state.data.data}
        me={state.data.me}
        onDone={() => void reload()}
      />
    </View>
  )
}
