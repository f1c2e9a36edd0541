// requests.listForGrid: a grid's board — the leader's 网格待办 — for one grid or all the caller's.
import type { Page, ParsedInput, RequestSummary } from '@linli/types'
import { byBoardOrder } from '../../domain/board-order'
import { ACTIVE_REQUEST_STATUSES } from '../../domain/due-time'
import { boardGridIds, gridBoardView, isStaff, requestVisibility } from '../../domain/visibility'
import { forbidden } from '../../shared/app-error'
import type { Caller } from '../caller'
import type { Deps } from '../deps'
import { boardPage } from './board-page'
import { summariesOf } from './request-views'

type Input = ParsedInput<'requests', 'listForGrid'>

/** The grids to list: the one asked for, or all the caller serves (staff: the whole community). */
const gridsOf = (input: Input, caller: Caller): string[] | null => {
  if (input.gridId) {
    if (!gridBoardView(caller.roles, input.gridId))
      throw forbidden('caller does not serve this grid')
    return [input.gridId]
  }
  if (isStaff(caller.roles)) return null
  const grids = boardGridIds(caller.roles)
  if (grids.length === 0) throw forbidden('caller has no grid board')
  return grids
}

export const listGridRequests = async (
  input: Input,
  caller: Caller,
  deps: Deps,
): Promise<Page<RequestSummary>> => {
  const gridIds = gridsOf(input, caller)
  const leads = (gridIds ?? []).some((g) => gridBoardView(caller.roles, g) === 'leader')
  // Sensitive categories stay off members' boards; each row is checked again below.
  const includeSensitive = gridIds === null || leads
  const now = deps.now()
  if (input.status === 'active') {
    const docs = await deps.requests.listActive({
      communityId: caller.communityId,
      gridIds,
      statuses: ACTIVE_REQUEST_STATUSES,
      includeSensitive,
    })
    return boardPage(docs, byBoardOrder(now), input, caller, deps)
  }
  const page = await deps.requests.pageForGrid(
    { communityId: caller.communityId, gridIds, statuses: null, includeSensitive },
    input,
  )
  const visible = page.items.filter((d) => requestVisibility(d, caller) !== 'none')
  return {
    items: await summariesOf(visible, deps.org.getBuildingsByIds, now),
    nextCursor: page.nextCursor,
  }
}
