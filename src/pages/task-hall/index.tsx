// 任务大厅: what members and captains may claim, reporter details masked.
import { View } from '@tarojs/components'
import { TaskBoard } from '@/features/requests/components/lists/task-board'

export default function TaskHallPage() {
  return (
    <View className="page page--task-hall">
      <TaskBoard />
    </View>
  )
}
