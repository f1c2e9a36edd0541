// 任务大厅: requests of the member's grid, reporter details masked.
import { View } from '@tarojs/components'
import { GridRequestList } from '@/features/grid-requests/components/grid-request-list'

export default function TaskHallPage() {
  return (
    <View className="page page--task-hall">
      <GridRequestList audience="member" />
    </View>
  )
}
