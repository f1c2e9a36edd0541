// Who acts on a request: a person with scoped roles, or the system (a timer trigger). No I/O.
import type { Handler, Role, TeamKind } from '@linli/types'

export interface CaptainTeam {
  id: string
  kind: TeamKind
  name: string
}

export interface Actor {
  kind: 'person' | 'system'
  /** Empty for the system. */
  openid: string
  personId: string | null
  name: string | null
  communityId: string
  roles: readonly Role[]
  verified: boolean
  /** The teams this person captains, with their kinds (a captain claims for a team). */
  captainTeams: readonly CaptainTeam[]
}

export const systemActor = (communityId: string): Actor => ({
  kind: 'system',
  openid: '',
  personId: null,
  name: null,
  communityId,
  roles: [],
  verified: true,
  captainTeams: [],
})

export const leadsGrid = (roles: readonly Role[], gridId: string): boolean =>
  roles.some((r) => r.role === 'gridLeader' && r.gridId === gridId)

export const isPostedInGrid = (roles: readonly Role[], gridId: string): boolean =>
  roles.some((r) => r.role === 'member' && r.gridId === gridId)

export const isStaff = (roles: readonly Role[]): boolean =>
  roles.some((r) => r.role === 'staff' || r.role === 'admin')

export const isLeaderOf = (actor: Actor, gridId: string): boolean =>
  isStaff(actor.roles) || leadsGrid(actor.roles, gridId)

const captainsTeam = (roles: readonly Role[], teamId: string): boolean =>
  // Stryker disable next-line ConditionalExpression: equivalent, only a teamCaptain role has a teamId
  roles.some((r) => r.role === 'teamCaptain' && r.teamId === teamId)

const liaisonOf = (roles: readonly Role[], unitId: string): boolean =>
  // Stryker disable next-line ConditionalExpression: equivalent, only a unitLiaison role has a unitId
  roles.some((r) => r.role === 'unitLiaison' && r.unitId === unitId)

/**
 * Who acts for a request's handler: the member themself, the team's captain, the unit's liaison;
 * a department outside the roster is followed up by the grid leader or staff, who record its outcome.
 */
export const actsForHandler = (
  request: { handler: Handler | null; gridId: string },
  actor: Actor,
): boolean => {
  const handler = request.handler
  if (!handler || actor.kind !== 'person') return false
  switch (handler.kind) {
    case 'member':
      return actor.personId === handler.id
    case 'team':
      return captainsTeam(actor.roles, handler.id)
    case 'unit':
      return liaisonOf(actor.roles, handler.id)
    case 'department':
      return isLeaderOf(actor, request.gridId)
  }
}

export const handlerKeyOf = (handler: Pick<Handler, 'kind' | 'id'>): string =>
  `${handler.kind}:${handler.id}`

/** The handler keys this actor answers for, to list "my tasks" in one query. */
export const ownHandlerKeys = (actor: Actor): string[] => [
  ...(actor.personId ? [handlerKeyOf({ kind: 'member', id: actor.personId })] : []),
  ...actor.roles.flatMap((r) =>
    r.role === 'teamCaptain'
      ? [handlerKeyOf({ kind: 'team', id: r.teamId })]
      : r.role === 'unitLiaison'
        ? [handlerKeyOf({ kind: 'unit', id: r.unitId })]
        : [],
  ),
]
