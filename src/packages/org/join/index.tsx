// 加入家庭 (org subpackage): a newcomer joins a household by invite code or by the grid leader's approval.
import { View } from '@tarojs/components'
import { JoinScreen } from '@/features/households/components/join-screen'

export default function Page() {
  return (
    <View className="page page--members">
      <JoinScreen />
    </View>
  )
}
