// 评议与申诉 (members subpackage).
import { View } from '@tarojs/components'
import { RoundsAdmin } from '@/features/members/components/rounds-admin'

export default function Page() {
  return (
    <View className="page page--members">
      <RoundsAdmin />
    </View>
  )
}
