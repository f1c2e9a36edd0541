// A cursor-paged list: first page on mount, pull-down refresh, load more at the bottom or on tap.
import { useCallback, useEffect, useRef, useState } from 'react'
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import type { Page } from '@linli/types'
import {
  canLoadMore,
  firstPageLoaded,
  initialPagedState,
  loadMoreFailed,
  loadMoreStarted,
  nextPageLoaded,
  refreshFailed,
  refreshStarted,
} from './paged-list-state'
import type { PagedListState } from './paged-list-state'

export type { PagedListState } from './paged-list-state'

export interface PagedList<T, P extends Page<T> = Page<T>> extends PagedListState<T> {
  /**
   * The first page whose items are shown (the last refresh kept), with whatever else its answer
   * carries (an inbox's unread count): set in the same render as the items, never from an answer
   * that was dropped for a newer one.
   */
  head: P | null
  refresh: () => Promise<void>
  loadMore: () => Promise<void>
}

export function usePagedList<T, P extends Page<T> = Page<T>>(
  fetchPage: (cursor?: string) => Promise<P & Page<T>>,
): PagedList<T, P> {
  const [state, setState] = useState<PagedListState<T>>(initialPagedState)
  const [head, setHead] = useState<P | null>(null)
  const fetchRef = useRef(fetchPage)
  fetchRef.current = fetchPage
  const stateRef = useRef(state)
  stateRef.current = state
  // Bumped by every refresh and on unmount: answers of an older generation are dropped.
  const generation = useRef(0)

  const refresh = useCallback(async () => {
    const call = ++generation.current
    setState(refreshStarted)
    try {
      const page = await fetchRef.current(undefined)
      if (call === generation.current) {
        setHead(page)
        setState(firstPageLoaded(page))
      }
    } catch (error) {
      if (call === generation.current) setState((s) => refreshFailed(s, error))
    }
  }, [])

  const loadMore = useCallback(async () => {
    const current = stateRef.current
    if (!canLoadMore(current)) return
    const call = generation.current
    // Marked in the ref at once: a second tap or scroll event before the re-render must not fetch.
    stateRef.current = loadMoreStarted(current)
    setState(loadMoreStarted)
    try {
      const page = await fetchRef.current(current.nextCursor)
      if (call === generation.current) setState((s) => nextPageLoaded(s, page))
    } catch (error) {
      if (call === generation.current) setState((s) => loadMoreFailed(s, error))
    }
  }, [])

  useEffect(() => {
    void refresh()
    return () => {
      generation.current += 1
    }
  }, [refresh])

  usePullDownRefresh(() => {
    void refresh().finally(() => Taro.stopPullDownRefresh())
  })
  useReachBottom(() => {
    void loadMore()
  })

  return { ...state, head, refresh, loadMore }
}
