// 我的预约 (offerings subpackage).
import { View } from '@tarojs/components'
import { MyBookings } from '@/features/offerings/components/my-bookings'

export default function Page() {
  return (
    <View className="page page--offerings">
      <MyBookings />
    </View>
  )
}
