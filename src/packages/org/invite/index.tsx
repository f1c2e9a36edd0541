// 邀请家人 (org subpackage): a resident's invite code for their household.
import { View } from '@tarojs/components'
import { InviteScreen } from '@/features/households/components/invite-screen'

export default function Page() {
  return (
    <View className="page page--members">
      <InviteScreen />
    </View>
  )
}
