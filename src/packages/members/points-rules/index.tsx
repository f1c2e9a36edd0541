// 积分规则 (members subpackage): staff's points rules editor.
import { View } from '@tarojs/components'
import { PointsRulesEditor } from '@/features/members/components/points-rules-editor'

export default function Page() {
  return (
    <View className="page page--members">
      <PointsRulesEditor />
    </View>
  )
}
