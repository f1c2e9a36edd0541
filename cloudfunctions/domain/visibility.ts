// Who may see a request, and how much (DESIGN §3 Privacy): full, masked, or not at all.
import type { Handler, RequestStatus, Role, TeamKind } from '@linli/types'
import {
  actsForHandler,
  isPostedInGrid,
  isStaff,
  leadsGrid,
  type Actor,
  type CaptainTeam,
} from './actor'

export { isPostedInGrid, isStaff, leadsGrid } from './actor'

export type Visibility = 'full' | 'masked' | 'none'

export interface VisibleRequest {
  communityId: string
  gridId: string
  reporterOpenid: string
  sensitive: boolean
  status: RequestStatus
  suggestedTeamKinds: readonly TeamKind[]
  handler: Handler | null
  followers: readonly string[]
}

/** A newcomer's report waits for the grid leader before anyone else sees it. */
const onPublicBoard = (request: VisibleRequest): boolean =>
  !request.sensitive && request.status !== 'submitted'

const captainsSuggestedTeam = (
  request: Pick<VisibleRequest, 'suggestedTeamKinds'>,
  teams: readonly CaptainTeam[],
): boolean => teams.some((t) => request.suggestedTeamKinds.includes(t.kind))

/**
 * Full details go only to the reporter, the handler, the grid leader and staff. Members posted in
 * the grid, captains of a suggested team and followers (附议) see it masked. Sensitive categories
 * (矛盾纠纷, 助老助残, 医疗健康) never reach a public board: only the assignee sees them. A unit
 * liaison sees only what was transferred to their unit.
 */
export const requestVisibility = (request: VisibleRequest, viewer: Actor): Visibility => {
  if (request.communityId !== viewer.communityId) return 'none'
  if (viewer.kind === 'system') return 'full'
  if (request.reporterOpenid === viewer.openid) return 'full'
  if (isStaff(viewer.roles) || leadsGrid(viewer.roles, request.gridId)) return 'full'
  if (actsForHandler(request, viewer)) return 'full'
  if (!onPublicBoard(request)) return 'none'
  if (isPostedInGrid(viewer.roles, request.gridId)) return 'masked'
  if (captainsSuggestedTeam(request, viewer.captainTeams)) return 'masked'
  if (request.followers.includes(viewer.openid)) return 'masked'
  return 'none'
}

/**
 * 附议 is for residents (or newcomers) who found the request through "同一个问题？": anyone in the
 * community who does not already see it as reporter, handler, leader or on their board.
 */
export const mayFollow = (request: VisibleRequest, viewer: Actor): boolean =>
  // Stryker disable next-line ConditionalExpression: equivalent, the system sees all ('full') below
  viewer.kind === 'person' &&
  request.communityId === viewer.communityId &&
  onPublicBoard(request) &&
  !request.followers.includes(viewer.openid) &&
  // Stryker disable next-line ArrayDeclaration: equivalent, no openid is "Stryker was here"
  requestVisibility({ ...request, followers: [] }, viewer) === 'none'

export type GridBoardView = 'leader' | 'member'

/** Grids whose board this viewer may open, and as whom; staff may open any grid. */
export const gridBoardView = (roles: readonly Role[], gridId: string): GridBoardView | null => {
  if (isStaff(roles) || leadsGrid(roles, gridId)) return 'leader'
  if (isPostedInGrid(roles, gridId)) return 'member'
  return null
}

export const boardGridIds = (roles: readonly Role[]): string[] => {
  const ids = roles.flatMap((r) =>
    // Stryker disable next-line ConditionalExpression: equivalent, only member and gridLeader roles have a gridId
    r.role === 'gridLeader' || (r.role === 'member' && r.gridId) ? [r.gridId as string] : [],
  )
  return [...new Set(ids)]
}

/** Grids where this person serves as a posted member (their 任务大厅). */
export const postedGridIds = (roles: readonly Role[]): string[] => [
  ...new Set(roles.flatMap((r) => (r.role === 'member' && r.gridId ? [r.gridId] : []))),
]
