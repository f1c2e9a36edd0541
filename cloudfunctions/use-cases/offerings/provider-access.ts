// Who provides what: a team's captain provides for the team, a unit's liaison for the unit, staff
// for any; and who the caller is as a booker (their home grid and year of birth).
import type { OfferingDoc } from '@linli/types'
import { isStaff } from '../../domain/actor'
import type { Booker } from '../../domain/booking-rules'
import type { Caller } from '../caller'

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

/** The grid of the caller's household (read with the caller) and their year of birth. */
export const bookerOf = (caller: Caller): Booker => ({
  homeGridId: caller.household?.gridId ?? null,
  birthYear: caller.person?.birthYear ?? null,
})

/** A member of the providing team or unit serves it (their member profile says so). */
export const servesProvider = (caller: Caller, provider: OfferingDoc['provider']): boolean => {
  const member = caller.person?.member
  if (!member || !caller.roles.some((r) => r.role === 'member')) return false
  return provider.kind === 'team'
    ? member.teamIds.includes(provider.id)
    : member.unitId === provider.id
}
