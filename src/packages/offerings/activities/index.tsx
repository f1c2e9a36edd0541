// 社区活动 (offerings subpackage).
import { View } from '@tarojs/components'
import { ActivityList } from '@/features/activities/components/activity-list'

export default function Page() {
  return (
    <View className="page page--offerings">
      <ActivityList />
    </View>
  )
}
