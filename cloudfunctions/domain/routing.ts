// Routes a new request (DESIGN §3): building → grid, category → team kinds and handling mode → due time.
import type {
  Building,
  HandlingMode,
  RequestCategoryId,
  RequestStatus,
  TeamKind,
} from '@linli/types'
import { REQUEST_CATEGORIES } from '@linli/types'
import { dueAtFor, type DueTimeRules, DEFAULT_DUE_TIME_RULES } from './due-time'

export interface CategoryRoute {
  handlingMode: HandlingMode
  teamKinds: readonly TeamKind[]
  sensitive: boolean
}

/** Routing is data per community, not code branches: a community may override any entry. */
export interface RoutingRules {
  categories: Record<RequestCategoryId, CategoryRoute>
  dueTimes: DueTimeRules
}

export const DEFAULT_ROUTING_RULES: RoutingRules = {
  categories: Object.fromEntries(
    REQUEST_CATEGORIES.map((c) => [
      c.id,
      { handlingMode: c.handlingMode, teamKinds: c.teamKinds, sensitive: c.sensitive },
    ]),
  ) as Record<RequestCategoryId, CategoryRoute>,
  dueTimes: DEFAULT_DUE_TIME_RULES,
}

export interface Route {
  gridId: string
  status: RequestStatus
  handlingMode: HandlingMode
  suggestedTeamKinds: TeamKind[]
  sensitive: boolean
  dueAt: Date
}

export const routeRequest = (
  input: { category: RequestCategoryId; building: Pick<Building, 'gridId'>; now: Date },
  rules: RoutingRules = DEFAULT_ROUTING_RULES,
): Route => {
  const route = rules.categories[input.category]
  return {
    gridId: input.building.gridId,
    // Routing is immediate, so a report leaves `submitted` at once for the grid's board.
    status: 'open',
    handlingMode: route.handlingMode,
    suggestedTeamKinds: [...route.teamKinds],
    sensitive: route.sensitive,
    dueAt: dueAtFor(route.handlingMode, input.now, rules.dueTimes),
  }
}
