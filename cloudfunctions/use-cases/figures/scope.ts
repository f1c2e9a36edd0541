// Who sees which figures: staff their community (a street account also its listed communities),
// a grid leader the grids they lead; and the period as instants.
import type { Role } from '@linli/types'
import { isStaff } from '../../domain/actor'
import { periodBounds, type Period, type PeriodProblem } from '../../domain/figures'
import type { FigureScope } from '../../data/figures.repository'
import { AppError, forbidden } from '../../shared/app-error'
import type { Caller } from '../caller'

const PROBLEMS: Record<PeriodProblem, string> = {
  date: '日期无效',
  order: '结束日期不能早于开始日期',
  length: '统计区间最长 366 天',
}

export const boundsOf = (period: Period): { start: Date; end: Date } => {
  const bounds = periodBounds(period)
  if ('problem' in bounds) {
    throw new AppError('FIGURES.PERIOD_INVALID', PROBLEMS[bounds.problem], [
      { path: [bounds.problem === 'date' ? 'from' : 'to'], message: PROBLEMS[bounds.problem] },
    ])
  }
  return bounds
}

const ledGrids = (roles: readonly Role[]): string[] =>
  roles.flatMap((r) => (r.role === 'gridLeader' ? [r.gridId] : []))

/** The caller's own community, narrowed to their grids unless they are staff. */
export const ownScope = (caller: Caller, period: Period): FigureScope => {
  const bounds = boundsOf(period)
  if (isStaff(caller.roles)) return { communityId: caller.communityId, ...bounds }
  const grids = ledGrids(caller.roles)
  if (grids.length === 0) throw forbidden('figures are for staff and grid leaders')
  return { communityId: caller.communityId, ...bounds, gridIds: grids }
}

/** The communities a street account may set side by side: its own and those its staff role lists. */
export const streetCommunities = (caller: Caller): string[] => [
  caller.communityId,
  ...caller.roles.flatMap((r) =>
    r.role === 'staff' ? (r.communityIds ?? []).filter((id) => id !== caller.communityId) : [],
  ),
]

/** Each community asked for, checked against the caller's street; all the street's by default. */
export const communityScopes = (
  caller: Caller,
  period: Period,
  communityIds: readonly string[] | undefined,
): FigureScope[] => {
  const own = ownScope(caller, period)
  const allowed = isStaff(caller.roles) ? streetCommunities(caller) : [caller.communityId]
  // By default a street account sees all its communities; anyone else their own.
  const unique = [...new Set(communityIds ?? allowed)]
  if (unique.some((id) => !allowed.includes(id))) {
    throw forbidden('figures of a community outside the caller’s street')
  }
  return unique.map((id) => (id === caller.communityId ? own : { ...own, communityId: id }))
}
