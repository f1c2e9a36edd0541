// The caller of an action: the platform's openid, their person record (if any), roles and teams.
import type { Household, Person, Role } from '@linli/types'
import type { Actor } from '../domain/actor'
import type { Deps } from './deps'

export interface Caller extends Actor {
  kind: 'person'
  person: Person | null
  /** The household the caller is verified into, read with them (null when none). */
  household: Household | null
}

const captainTeamIds = (roles: readonly Role[]): string[] =>
  roles.flatMap((r) => (r.role === 'teamCaptain' ? [r.teamId] : []))

/** An unknown openid is a new, unverified user of the deployment's community, with no roles. */
export const resolveCaller = async (
  openid: string,
  deps: Pick<Deps, 'persons' | 'env'>,
): Promise<Caller> => {
  // One read brings the person, the teams their roles name (a captain claims by a team's kind)
  // and their household.
  const found = await deps.persons.findCaller(openid)
  const person = found.person
  const roles = person?.roles ?? []
  const teamIds = new Set(captainTeamIds(roles))
  const teams = found.teams.filter((t) => teamIds.has(t._id))
  const householdId = roles.find((r) => r.role === 'resident')
  const household =
    householdId?.role === 'resident'
      ? (found.households.find((h) => h._id === householdId.householdId) ?? null)
      : null
  return {
    kind: 'person',
    openid,
    person,
    household,
    personId: person?._id ?? null,
    name: person?.name ?? null,
    communityId: person?.communityId ?? deps.env.LINLI_COMMUNITY_ID,
    roles,
    verified: person?.verified ?? false,
    captainTeams: teams.map((t) => ({ id: t._id, kind: t.kind, name: t.name })),
  }
}

export const residenceOf = (caller: Caller): string | null => {
  const role = caller.roles.find((r) => r.role === 'resident')
  return role?.role === 'resident' ? role.householdId : null
}
