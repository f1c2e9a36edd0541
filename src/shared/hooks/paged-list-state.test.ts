// Paged-list transitions: failures never blank a list already on screen; one load-more at a time.
import { makePage, makeSummary } from '@/testing/factories'
import {
  canLoadMore,
  firstPageLoaded,
  initialPagedState,
  loadMoreStarted,
  nextPageLoaded,
  refreshFailed,
} from './paged-list-state'

describe('paged list state', () => {
  it('keeps the items when a refresh fails, and reports the failure beside them', () => {
    // GIVEN a list showing one request
    const shown = firstPageLoaded(makePage([makeSummary()], 'c2'))

    // WHEN a pull-to-refresh fails
    const next = refreshFailed(shown, new Error('offline'))

    // THEN the items stay and the error is a refresh error, not a page error
    expect(next.items).toHaveLength(1)
    expect(next.status).toBe('ready')
    expect(next.refreshError).toBeInstanceOf(Error)
  })

  it('shows a page error when the first page fails', () => {
    // GIVEN a list still loading its first page
    const loading = initialPagedState()

    // WHEN that load fails
    const next = refreshFailed(loading, new Error('offline'))

    // THEN the page shows the error state
    expect(next.status).toBe('error')
  })

  it('allows one load-more at a time and stops at the last page', () => {
    // GIVEN a first page with a cursor
    const first = firstPageLoaded(makePage([makeSummary()], 'c2'))
    expect(canLoadMore(first)).toBe(true)

    // WHEN a load-more starts, THEN another may not
    const loadingMore = loadMoreStarted(first)
    expect(canLoadMore(loadingMore)).toBe(false)

    // WHEN the last page arrives, THEN items are appended and nothing more can load
    const last = nextPageLoaded(loadingMore, makePage([makeSummary()], null))
    expect(last.items).toHaveLength(2)
    expect(canLoadMore(last)).toBe(false)
  })
})
