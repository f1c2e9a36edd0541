// 报到审核 (members subpackage).
import { View } from '@tarojs/components'
import { CheckInReviews } from '@/features/members/components/check-in-reviews'

export default function Page() {
  return (
    <View className="page page--members">
      <CheckInReviews />
    </View>
  )
}
