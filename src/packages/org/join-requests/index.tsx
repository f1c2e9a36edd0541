// 入户审核 (org subpackage): the grid leader's list of newcomers asking to join a flat.
import { View } from '@tarojs/components'
import { JoinRequestsScreen } from '@/features/households/components/join-requests-screen'

export default function Page() {
  return (
    <View className="page page--members">
      <JoinRequestsScreen />
    </View>
  )
}
