// requests.listForGrid: a grid's board — the leader's 网格待办 and the members' 任务大厅.
import type { Page, ParsedInput, RequestSummary } from '@linli/types'
import { ACTIVE_REQUEST_STATUSES } from '../../domain/due-time'
import { boardGridIds, gridBoardView, isStaff } from '../../domain/visibility'
import { AppError, forbidden } from '../../shared/app-error'
import type { Caller } from '../caller'
import type { Deps } from '../deps'
import { toSummary, withBuildingNames } from './request-views'

type Input = ParsedInput<'requests', 'listForGrid'>

/** Staff may list the whole community; everyone else names a grid or has exactly one. */
const chooseGrid = (input: Input, caller: Caller): string | null => {
  if (input.gridId) return input.gridId
  if (isStaff(caller.roles)) return null
  const grids = boardGridIds(caller.roles)
  if (grids.length === 1 && grids[0]) return grids[0]
  if (grids.length === 0) throw forbidden('caller has no grid board')
  throw new AppError('INPUT.INVALID', 'caller serves several grids: name one', [
    { path: ['gridId'], message: '请选择网格' },
  ])
}

export const listGridRequests = async (
  input: Input,
  caller: Caller,
  deps: Deps,
): Promise<Page<RequestSummary>> => {
  const gridId = chooseGrid(input, caller)
  const view = gridId === null ? 'leader' : gridBoardView(caller.roles, gridId)
  if (!view) throw forbidden('caller does not serve this grid')
  const page = await deps.requests.pageForGrid(
    {
      communityId: caller.communityId,
      gridId,
      statuses: input.status === 'active' ? ACTIVE_REQUEST_STATUSES : null,
      // Sensitive categories (矛盾纠纷, 助老助残) stay off members' boards; the leader assigns them.
      includeSensitive: view === 'leader',
    },
    input,
  )
  const nameOf = await withBuildingNames(page.items, deps.org.getBuildingsByIds)
  const now = deps.now()
  return {
    items: page.items.map((doc) => toSummary(doc, nameOf(doc), now)),
    nextCursor: page.nextCursor,
  }
}
