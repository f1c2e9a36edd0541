// One offering on the menu: what, who provides it, for whom, and each slot with places left and the
// caller's booking (预约 / 已预约 / 已约满); a provider gets the way to a slot's bookings.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { OfferingView, SlotView } from '@linli/types'
import { ActionButton } from '@/shared/components/action-button'
import { ROUTES } from '@/shared/lib/routes'
import { AUDIENCE_LABELS, CATEGORY_LABELS, slotTime } from '../lib/labels'
import './offerings.css'

interface Props {
  offering: OfferingView
  busySlot: string | null
  onBook: (slot: SlotView) => void
}

const audienceOf = (o: OfferingView) =>
  o.audience.kind === 'grid' && o.audience.grid
    ? `${o.audience.grid.name}居民`
    : AUDIENCE_LABELS[o.audience.kind]

function SlotLine({ offering, slot, busySlot, onBook }: Props & { slot: SlotView }) {
  const mine = slot.myBooking && slot.myBooking.status !== 'cancelled' ? slot.myBooking : null
  const label = mine ? '已预约' : !slot.open ? '已结束' : slot.left === 0 ? '已约满' : '预约'
  return (
    <View className="offering__slot" data-testid="offering-slot">
      <Text className="offering__slot-line">
        {slotTime(slot.startsAt, slot.endsAt)} · {slot.place}
      </Text>
      <Text className="offering__slot-left" data-testid="slot-left">
        剩余 {slot.left} / {slot.capacity} 个名额
      </Text>
      {offering.provides ? (
        <ActionButton
          variant="secondary"
          testId="slot-bookings"
          onClick={() =>
            void Taro.navigateTo({
              url: `${ROUTES.slotBookings}?slot=${encodeURIComponent(slot.id)}`,
            })
          }
        >
          查看预约（{slot.booked}）
        </ActionButton>
      ) : null}
      {offering.mayBook && !offering.provides ? (
        <ActionButton
          testId="slot-book"
          loading={busySlot === slot.id}
          disabled={mine !== null || !slot.open || slot.left === 0}
          onClick={() => onBook(slot)}
        >
          {label}
        </ActionButton>
      ) : null}
    </View>
  )
}

export function OfferingCard(props: Props) {
  const { offering } = props
  return (
    <View className="offering" data-testid="offering" data-offering-id={offering.id}>
      <Text className="offering__title">{offering.title}</Text>
      <Text className="offering__meta">
        {CATEGORY_LABELS[offering.category]} · {offering.provider.name} · 面向{audienceOf(offering)}
      </Text>
      {offering.description ? <Text className="offering__meta">{offering.description}</Text> : null}
      {!offering.mayBook && !offering.provides ? (
        <Text className="offering__meta">这项服务只面向{audienceOf(offering)}</Text>
      ) : null}
      {offering.slots.map((slot) => (
        <SlotLine key={slot.id} {...props} slot={slot} />
      ))}
    </View>
  )
}
