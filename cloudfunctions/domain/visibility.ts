// Who may see a request, and how much (DESIGN §3 Privacy): full, masked, or not at all.
import type { Role } from '@linli/types'

export type Visibility = 'full' | 'masked' | 'none'

export interface Viewer {
  openid: string
  communityId: string
  roles: readonly Role[]
}

export interface VisibleRequest {
  communityId: string
  gridId: string
  reporterOpenid: string
  sensitive: boolean
}

export const leadsGrid = (roles: readonly Role[], gridId: string): boolean =>
  roles.some((r) => r.role === 'gridLeader' && r.gridId === gridId)

export const isPostedInGrid = (roles: readonly Role[], gridId: string): boolean =>
  roles.some((r) => r.role === 'member' && r.gridId === gridId)

export const isStaff = (roles: readonly Role[]): boolean =>
  roles.some((r) => r.role === 'staff' || r.role === 'admin')

/**
 * Full details go only to the reporter, the grid leader and staff; members posted in the grid
 * see it masked, except sensitive categories (矛盾纠纷, 助老助残), which never reach members' boards.
 */
export const requestVisibility = (request: VisibleRequest, viewer: Viewer): Visibility => {
  if (request.communityId !== viewer.communityId) return 'none'
  if (request.reporterOpenid === viewer.openid) return 'full'
  if (isStaff(viewer.roles) || leadsGrid(viewer.roles, request.gridId)) return 'full'
  if (!request.sensitive && isPostedInGrid(viewer.roles, request.gridId)) return 'masked'
  return 'none'
}

export type GridBoardView = 'leader' | 'member'

/** Grids whose board this viewer may open, and as whom; staff may open any grid. */
export const gridBoardView = (roles: readonly Role[], gridId: string): GridBoardView | null => {
  if (isStaff(roles) || leadsGrid(roles, gridId)) return 'leader'
  if (isPostedInGrid(roles, gridId)) return 'member'
  return null
}

export const boardGridIds = (roles: readonly Role[]): string[] => {
  const ids = roles.flatMap((r) =>
    r.role === 'gridLeader' || (r.role === 'member' && r.gridId) ? [r.gridId as string] : [],
  )
  return [...new Set(ids)]
}
