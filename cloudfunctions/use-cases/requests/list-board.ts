// requests.listBoard: 任务大厅 — what a member (their grid) or a captain (their team's kinds) may
// take; overdue and urgent first, the member's specialties raised (亮特长).
import type { Page, ParsedInput, RequestStatus, RequestSummary } from '@linli/types'
import { withSpecialtiesFirst } from '../../domain/board-order'
import { postedGridIds } from '../../domain/visibility'
import { forbidden } from '../../shared/app-error'
import type { Caller } from '../caller'
import type { Deps } from '../deps'
import { boardPage } from './board-page'

type Input = ParsedInput<'requests', 'listBoard'>

const STATUSES: Record<Input['status'], readonly RequestStatus[]> = {
  open: ['open'],
  taken: ['claimed', 'assigned', 'inProgress', 'reopened'],
  active: ['open', 'claimed', 'assigned', 'inProgress', 'reopened'],
}

export const listBoard = async (
  input: Input,
  caller: Caller,
  deps: Deps,
): Promise<Page<RequestSummary>> => {
  const posted = postedGridIds(caller.roles)
  if (input.gridId && !posted.includes(input.gridId)) throw forbidden('not posted in this grid')
  const gridIds = input.gridId ? [input.gridId] : posted
  // A captain sees their team's kinds community-wide, unless they asked for one grid.
  const teamKinds = input.gridId ? [] : caller.captainTeams.map((t) => t.kind)
  const docs = await deps.requests.listActive({
    communityId: caller.communityId,
    gridIds,
    teamKinds,
    statuses: STATUSES[input.status],
    category: input.category,
    // Sensitive categories never reach a public board: the grid leader assigns them.
    includeSensitive: false,
  })
  const specialties = caller.person?.member?.specialties ?? []
  return boardPage(docs, withSpecialtiesFirst(specialties, deps.now()), input, caller, deps)
}
