// 我的任务: the requests the caller handles.
import { View } from '@tarojs/components'
import { MyTaskList } from '@/features/requests/components/lists/my-task-list'

export default function MyTasksPage() {
  return (
    <View className="page page--my-tasks">
      <MyTaskList />
    </View>
  )
}
