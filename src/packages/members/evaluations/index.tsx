// 我的评议 (members subpackage): a member's own round results and appeals.
import { View } from '@tarojs/components'
import { MyEvaluations } from '@/features/members/components/my-evaluations'

export default function Page() {
  return (
    <View className="page page--members">
      <MyEvaluations />
    </View>
  )
}
