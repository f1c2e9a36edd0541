// requests.listMine: the caller's own requests, newest first, by cursor.
import type { Page, ParsedInput, RequestSummary } from '@linli/types'
import type { Caller } from '../caller'
import type { Deps } from '../deps'
import { toSummary, withBuildingNames } from './request-views'

export const listMyRequests = async (
  input: ParsedInput<'requests', 'listMine'>,
  caller: Caller,
  deps: Deps,
): Promise<Page<RequestSummary>> => {
  const page = await deps.requests.pageByReporter(caller.openid, input)
  const nameOf = await withBuildingNames(page.items, deps.org.getBuildingsByIds)
  const now = deps.now()
  return {
    items: page.items.map((doc) => toSummary(doc, nameOf(doc), now)),
    nextCursor: page.nextCursor,
  }
}
