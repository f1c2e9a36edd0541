// 我的纪实 (members subpackage).
import { View } from '@tarojs/components'
import { MyRecords } from '@/features/members/components/my-records'

export default function Page() {
  return (
    <View className="page page--members">
      <MyRecords />
    </View>
  )
}
