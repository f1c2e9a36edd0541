// Who provides what: a team's captain provides for the team, a unit's liaison for the unit, staff
// for any; and who the caller is as a booker (their home grid and year of birth).
import type { OfferingDoc } from '@linli/types'
import { isStaff } from '../../domain/actor'
import type { Booker } from '../../domain/booking-rules'
import { residenceOf, type Caller } from '../caller'
import type { Deps } from '../deps'

/** The team and unit ids the caller answers for. */
export const providerIdsOf = (caller: Caller): string[] =>
  caller.roles.flatMap((r) =>
    r.role === 'teamCaptain' ? [r.teamId] : r.role === 'unitLiaison' ? [r.unitId] : [],
  )

export const provides = (caller: Caller, provider: OfferingDoc['provider']): boolean =>
  isStaff(caller.roles) ||
  caller.roles.some((r) =>
    provider.kind === 'team'
      ? r.role === 'teamCaptain' && r.teamId === provider.id
      : r.role === 'unitLiaison' && r.unitId === provider.id,
  )

/** The grid of the caller's household (one read, only when the offering is for one grid). */
export const bookerOf = async (caller: Caller, deps: Pick<Deps, 'org'>): Promise<Booker> => {
  const householdId = residenceOf(caller)
  const household = householdId ? await deps.org.getHousehold(householdId) : null
  return { homeGridId: household?.gridId ?? null, birthYear: caller.person?.birthYear ?? null }
}
