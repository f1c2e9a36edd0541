// One page of a board read whole and ordered in memory: overdue and urgent first, then paged by
// offset. Each row is checked against the caller's visibility, so a board never shows more.
import type { Page, RequestListDoc, RequestSummary } from '@linli/types'
import { decodeOffsetCursor, encodeOffsetCursor } from '../../domain/cursor'
import { requestVisibility } from '../../domain/visibility'
import { invalidInput } from '../../shared/app-error'
import type { Caller } from '../caller'
import type { Deps } from '../deps'
import { summariesOf } from './request-views'

export const offsetOf = (cursor: string | undefined): number => {
  if (cursor === undefined) return 0
  const offset = decodeOffsetCursor(cursor)
  if (offset === null)
    throw invalidInput('cursor is not valid', [{ path: ['cursor'], message: '分页参数无效' }])
  return offset
}

export const boardPage = async (
  docs: readonly RequestListDoc[],
  order: (a: RequestListDoc, b: RequestListDoc) => number,
  page: { limit: number; cursor?: string | undefined },
  caller: Caller,
  deps: Deps,
): Promise<Page<RequestSummary>> => {
  const offset = offsetOf(page.cursor)
  const visible = docs.filter((d) => requestVisibility(d, caller) !== 'none').sort(order)
  const items = visible.slice(offset, offset + page.limit)
  const next = offset + items.length
  return {
    items: await summariesOf(items, deps.org.getBuildingsByIds, deps.now()),
    nextCursor: next < visible.length ? encodeOffsetCursor(next) : null,
  }
}
