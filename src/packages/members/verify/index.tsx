// 纪实核实 (members subpackage): the grid leader's queue of logged service to verify.
import { View } from '@tarojs/components'
import { ServiceReviews } from '@/features/members/components/service-reviews'

export default function Page() {
  return (
    <View className="page page--members">
      <ServiceReviews />
    </View>
  )
}
