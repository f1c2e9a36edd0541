// 网格待办: a grid's requests for its leader or staff; a grid picker for those with several grids.
import { View } from '@tarojs/components'
import { useCallback, useState } from 'react'
import type { Place } from '@linli/types'
import {
  ChipGroup,
  ChoiceChip,
  ChoiceChips,
  type ChoiceOption,
} from '@/shared/components/choice-chip'
import { PagedRequestList } from '@/shared/components/paged-request-list'
import { usePagedList } from '@/shared/hooks/use-paged-list'
import { listGridRequests, type GridStatusFilter } from '../../api/requests-api'
import { useRefreshOnReturn } from '../../hooks/use-refresh-on-return'
import { openRequest } from './open-request'
import './grid-request-list.css'

const STATUS_FILTERS: readonly ChoiceOption<GridStatusFilter>[] = [
  { value: 'active', label: '待办理', testId: 'filter-active' },
  { value: 'all', label: '全部', testId: 'filter-all' },
]

function FilteredList({ status, gridId }: { status: GridStatusFilter; gridId: string | null }) {
  const fetchPage = useCallback(
    (cursor?: string) => listGridRequests(gridId ? { status, gridId } : { status }, cursor),
    [status, gridId],
  )
  const list = usePagedList(fetchPage)
  useRefreshOnReturn(list.refresh)
  return (
    <PagedRequestList
      list={list}
      emptyTitle={status === 'all' ? '网格里还没有诉求' : '网格里暂时没有待办'}
      emptyHint="居民反映的问题会出现在这里。"
      onOpen={openRequest}
    />
  )
}

/** `grids`: the caller's board grids (org.me); with more than one, "全部网格" omits gridId. */
export function GridRequestList({ grids }: { grids: readonly Place[] }) {
  const [status, setStatus] = useState<GridStatusFilter>('active')
  const [gridId, setGridId] = useState<string | null>(null)
  return (
    <View className="grid-requests" data-testid="grid-requests-leader">
      {grids.length > 1 ? (
        <View className="grid-requests__filters" data-testid="grid-picker">
          <ChipGroup>
            <ChoiceChip
              label="全部网格"
              selected={gridId === null}
              testId="grid-all"
              onSelect={() => setGridId(null)}
            />
            {grids.map((grid) => (
              <ChoiceChip
                key={grid.id}
                label={grid.name}
                selected={gridId === grid.id}
                testId={`grid-${grid.id}`}
                onSelect={() => setGridId(grid.id)}
              />
            ))}
          </ChipGroup>
        </View>
      ) : null}
      <View className="grid-requests__filters">
        <ChoiceChips options={STATUS_FILTERS} value={status} onChange={setStatus} />
      </View>
      {/* A new key per filter: the list starts over from its first page. */}
      <FilteredList key={`${status}-${gridId ?? 'all'}`} status={status} gridId={gridId} />
    </View>
  )
}
