// 网格待办 / 任务大厅: the grid's requests (masked excerpt, overdue marked), refresh and load more.
import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useCallback, useState } from 'react'
import { ChipGroup, ChoiceChip } from '@/shared/components/choice-chip'
import { PagedRequestList } from '@/shared/components/paged-request-list'
import { usePagedList } from '@/shared/hooks/use-paged-list'
import { requestDetailUrl } from '@/shared/lib/routes'
import { listGridRequests } from '../api/list-grid-requests'
import type { GridStatusFilter } from '../api/list-grid-requests'
import './grid-request-list.css'

const EMPTY_TEXT = {
  leader: { title: '网格里暂时没有待办', hint: '居民反映的问题会出现在这里。' },
  member: { title: '任务大厅暂时没有诉求', hint: '网格里有居民需要帮忙时，会出现在这里。' },
} as const

function FilteredList({
  audience,
  status,
}: {
  audience: 'leader' | 'member'
  status: GridStatusFilter
}) {
  const fetchPage = useCallback((cursor?: string) => listGridRequests(status, cursor), [status])
  const list = usePagedList(fetchPage)
  const empty = EMPTY_TEXT[audience]
  return (
    <PagedRequestList
      list={list}
      emptyTitle={status === 'all' ? '网格里还没有诉求' : empty.title}
      emptyHint={empty.hint}
      onOpen={(id) => void Taro.navigateTo({ url: requestDetailUrl(id) })}
    />
  )
}

export function GridRequestList({ audience }: { audience: 'leader' | 'member' }) {
  const [status, setStatus] = useState<GridStatusFilter>('active')
  return (
    <View className="grid-requests" data-testid={`grid-requests-${audience}`}>
      {audience === 'leader' ? (
        <View className="grid-requests__filters">
          <ChipGroup>
            <ChoiceChip
              label="待办理"
              selected={status === 'active'}
              testId="filter-active"
              onSelect={() => setStatus('active')}
            />
            <ChoiceChip
              label="全部"
              selected={status === 'all'}
              testId="filter-all"
              onSelect={() => setStatus('all')}
            />
          </ChipGroup>
        </View>
      ) : null}
      {/* A new key per filter: the list starts over from its first page. */}
      <FilteredList key={status} audience={audience} status={status} />
    </View>
  )
}
