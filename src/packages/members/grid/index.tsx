// 党员风采 (members subpackage).
import { View } from '@tarojs/components'
import { GridMembers } from '@/features/members/components/grid-members'

export default function Page() {
  return (
    <View className="page page--members">
      <GridMembers />
    </View>
  )
}
