// 内容审核: staff's queue of held texts of every kind.
import { View } from '@tarojs/components'
import { HeldQueue } from '@/features/notices/components/held-queue'

export default function HeldPage() {
  return (
    <View className="page page--held">
      <HeldQueue />
    </View>
  )
}
