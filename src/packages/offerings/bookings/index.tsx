// A slot's bookings and attendance, for its provider (offerings subpackage): `?slot=<id>`.
import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { SlotBookings } from '@/features/offerings/components/slot-bookings'

export default function Page() {
  const slotId = useRouter().params.slot ?? ''
  return (
    <View className="page page--offerings">
      <SlotBookings slotId={slotId} />
    </View>
  )
}
