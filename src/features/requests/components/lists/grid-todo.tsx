// 网格待办 page body: who the caller is decides the grid picker (me.boardGrids).
import { loadMe } from '@/shared/api/me'
import { ErrorState, LoadingState } from '@/shared/components/page-state'
import { useAsyncData } from '@/shared/hooks/use-async-data'
import { GridRequestList } from './grid-request-list'

export function GridTodo() {
  const { state, reload } = useAsyncData(() => loadMe(), 'me')
  if (state.status === 'loading') return <LoadingState />
  if (state.status === 'error')
    return <ErrorState error={state.error} onRetry={() => void reload()} />
  return <GridRequestList grids={state.data.boardGrids} />
}
