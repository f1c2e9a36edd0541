// 我的任务: what the caller handles (as member, captain or unit liaison): in hand or done.
import { View } from '@tarojs/components'
import { useCallback, useState } from 'react'
import { ChoiceChips, type ChoiceOption } from '@/shared/components/choice-chip'
import { PagedRequestList } from '@/shared/components/paged-request-list'
import { usePagedList } from '@/shared/hooks/use-paged-list'
import { listMyTasks, type TaskStatusFilter } from '../../api/requests-api'
import { useRefreshOnReturn } from '../../hooks/use-refresh-on-return'
import { openRequest } from './open-request'
import './grid-request-list.css'

function TaskList({ status }: { status: TaskStatusFilter }) {
  const fetchPage = useCallback((cursor?: string) => listMyTasks(status, cursor), [status])
  const list = usePagedList(fetchPage)
  useRefreshOnReturn(list.refresh)
  return (
    <PagedRequestList
      list={list}
      emptyTitle={status === 'active' ? '手上暂时没有任务' : '还没有办结的任务'}
      emptyHint="在任务大厅认领、或被指派转办的诉求会出现在这里。"
      onOpen={openRequest}
    />
  )
}

const TASK_FILTERS: readonly ChoiceOption<TaskStatusFilter>[] = [
  { value: 'active', label: '办理中', testId: 'tasks-active' },
  { value: 'done', label: '已办结', testId: 'tasks-done' },
]

export function MyTaskList() {
  const [status, setStatus] = useState<TaskStatusFilter>('active')
  return (
    <View data-testid="my-tasks">
      <View className="grid-requests__filters">
        <ChoiceChips options={TASK_FILTERS} value={status} onChange={setStatus} />
      </View>
      <TaskList key={status} status={status} />
    </View>
  )
}
