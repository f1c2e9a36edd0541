// The states of a cursor-paged list and its transitions, as plain functions (no I/O, no React).
import type { Page } from '@linli/types'

export interface PagedListState<T> {
  items: T[]
  nextCursor: string | null
  /** `loading` and `error` describe the first page; later failures keep the items on screen. */
  status: 'loading' | 'ready' | 'error'
  error: unknown
  refreshError: unknown
  loadingMore: boolean
  loadMoreError: unknown
}

export const initialPagedState = <T>(): PagedListState<T> => ({
  items: [],
  nextCursor: null,
  status: 'loading',
  error: null,
  refreshError: null,
  loadingMore: false,
  loadMoreError: null,
})

/** A refresh over items already shown keeps them visible (pull-to-refresh), else shows loading. */
export const refreshStarted = <T>(s: PagedListState<T>): PagedListState<T> => ({
  ...s,
  status: s.items.length > 0 ? 'ready' : 'loading',
  error: null,
})

export const firstPageLoaded = <T>(page: Page<T>): PagedListState<T> => ({
  ...initialPagedState<T>(),
  status: 'ready',
  items: page.items,
  nextCursor: page.nextCursor,
})

export const refreshFailed = <T>(s: PagedListState<T>, error: unknown): PagedListState<T> =>
  s.items.length > 0 ? { ...s, refreshError: error } : { ...s, status: 'error', error }

export const canLoadMore = <T>(
  s: PagedListState<T>,
): s is PagedListState<T> & { nextCursor: string } =>
  s.status === 'ready' && s.nextCursor !== null && !s.loadingMore

export const loadMoreStarted = <T>(s: PagedListState<T>): PagedListState<T> => ({
  ...s,
  loadingMore: true,
  loadMoreError: null,
})

export const nextPageLoaded = <T>(s: PagedListState<T>, page: Page<T>): PagedListState<T> => ({
  ...s,
  items: [...s.items, ...page.items],
  nextCursor: page.nextCursor,
  loadingMore: false,
})

export const loadMoreFailed = <T>(s: PagedListState<T>, error: unknown): PagedListState<T> => ({
  ...s,
  loadingMore: false,
  loadMoreError: error,
})
