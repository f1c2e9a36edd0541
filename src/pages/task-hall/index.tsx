// 任务大厅: what members and captains may claim, reporter details masked.
import { View } from '@tarojs/components'
import { TaskBoard } from '@/features/requests/components/lists/task-board'
import { ActionButton } from '@/shared/components/action-button'
import { askToSubscribe } from '@/shared/lib/subscribe'

export default function TaskHallPage() {
  return (
    <View className="page page--task-hall">
      {/* Members hear of new tasks through a one-time subscription, asked for from this tap. */}
      {process.env.TARO_ENV === 'weapp' ? (
        <ActionButton
          variant="secondary"
          testId="subscribe-tasks"
          onClick={() => void askToSubscribe(['newTask'])}
        >
          有新任务时提醒我
        </ActionButton>
      ) : null}
      <TaskBoard />
    </View>
  )
}
