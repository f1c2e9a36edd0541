// 我的预约: the caller's bookings, newest first, each cancellable until its slot starts.
import { Text, View } from '@tarojs/components'
import type { BookingView } from '@linli/types'
import { useState } from 'react'
import { ActionButton } from '@/shared/components/action-button'
import { EmptyState, ErrorState, LoadingState } from '@/shared/components/page-state'
import { useScreenData } from '@/shared/hooks/use-screen-data'
import { useSubmit } from '@/shared/hooks/use-submit'
import { cancelBooking, myBookings } from '../api/offerings-api'
import { BOOKING_STATUS_LABELS, slotTime } from '../lib/labels'
import './offerings.css'

function BookingLine({
  b,
  onCancel,
  busy,
}: {
  b: BookingView
  onCancel: () => void
  busy: boolean
}) {
  return (
    <View className="offering" data-testid="my-booking" data-status={b.status}>
      <Text className="offering__title">{b.offering.title}</Text>
      <Text className="offering__meta">
        {slotTime(b.slot.startsAt, b.slot.endsAt)} · {b.slot.place}
      </Text>
      <Text className="offering__meta">
        {b.offering.providerName} · {BOOKING_STATUS_LABELS[b.status]}
      </Text>
      {b.mayCancel ? (
        <ActionButton variant="secondary" testId="cancel-booking" loading={busy} onClick={onCancel}>
          取消预约
        </ActionButton>
      ) : null}
    </View>
  )
}

export function MyBookings() {
  const { state, reload } = useScreenData(() => myBookings())
  const [more, setMore] = useState<BookingView[]>([])
  const [cursor, setCursor] = useState<string | null | undefined>(undefined)
  const [busy, setBusy] = useState<string | null>(null)
  const form = useSubmit()
  if (state.status === 'loading') return <LoadingState />
  if (state.status === 'error')
    return <ErrorState error={state.error} onRetry={() => void reload()} />
  const next = cursor === undefined ? state.data.nextCursor : cursor
  const cancel = async (id: string) => {
    setBusy(id)
    if (await form.submit(() => cancelBooking(id), '已取消预约')) {
      setMore([])
      setCursor(undefined)
      await reload()
    }
    setBusy(null)
  }
  const loadMore = async () => {
    if (!next) return
    const page = await myBookings(next)
    setMore((m) => [...m, ...page.items])
    setCursor(page.nextCursor)
  }
  const items = [...state.data.items, ...more]
  return (
    <View data-testid="my-bookings">
      {form.error ? <Text className="field__error">{form.error}</Text> : null}
      {items.length === 0 ? (
        <EmptyState title="还没有预约" hint="去服务菜单看看有什么服务" />
      ) : null}
      {items.map((b) => (
        <BookingLine key={b.id} b={b} busy={busy === b.id} onCancel={() => void cancel(b.id)} />
      ))}
      {next ? (
        <ActionButton variant="secondary" onClick={() => void loadMore()}>
          加载更多
        </ActionButton>
      ) : null}
    </View>
  )
}
