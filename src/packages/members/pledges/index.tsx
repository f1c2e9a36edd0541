// 我的承诺 (members subpackage).
import { View } from '@tarojs/components'
import { MyPledges } from '@/features/members/components/my-pledges'

export default function Page() {
  return (
    <View className="page page--members">
      <MyPledges />
    </View>
  )
}
