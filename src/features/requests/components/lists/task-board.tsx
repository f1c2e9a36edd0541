// 任务大厅: what a member or captain may take; filter by status and category, overdue first in red.
import { View } from '@tarojs/components'
import { useCallback, useState } from 'react'
import { PagedRequestList } from '@/shared/components/paged-request-list'
import { usePagedList } from '@/shared/hooks/use-paged-list'
import { listBoard, type BoardFilters as Filters } from '../../api/requests-api'
import { useRefreshOnReturn } from '../../hooks/use-refresh-on-return'
import { BoardFilters } from './board-filters'
import { openRequest } from './open-request'

const EMPTY: Record<NonNullable<Filters['status']>, string> = {
  open: '暂时没有待认领的诉求',
  taken: '暂时没有办理中的诉求',
  active: '任务大厅暂时没有诉求',
}

function BoardList({ filters }: { filters: Filters }) {
  const fetchPage = useCallback((cursor?: string) => listBoard(filters, cursor), [filters])
  const list = usePagedList(fetchPage)
  useRefreshOnReturn(list.refresh)
  return (
    <PagedRequestList
      list={list}
      emptyTitle={EMPTY[filters.status ?? 'open']}
      emptyHint="网格里有居民需要帮忙时，会出现在这里。"
      onOpen={openRequest}
    />
  )
}

export function TaskBoard() {
  const [filters, setFilters] = useState<Filters>({ status: 'open' })
  return (
    <View className="task-board" data-testid="task-board">
      <BoardFilters value={filters} onChange={setFilters} />
      {/* A new key per filter: the list starts over from its first page. */}
      <BoardList key={`${filters.status ?? ''}-${filters.category ?? ''}`} filters={filters} />
    </View>
  )
}
