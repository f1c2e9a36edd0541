// 评议党员 (members subpackage).
import { View } from '@tarojs/components'
import { BallotView } from '@/features/members/components/ballot-view'

export default function Page() {
  return (
    <View className="page page--members">
      <BallotView />
    </View>
  )
}
