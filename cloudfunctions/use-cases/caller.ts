// The caller of an action: the platform's openid, their person record (if any) and roles.
import type { Person, Role } from '@linli/types'
import type { Deps } from './deps'

export interface Caller {
  openid: string
  person: Person | null
  communityId: string
  roles: Role[]
}

/** An unknown openid is a new, unverified user of the deployment's community, with no roles. */
export const resolveCaller = async (
  openid: string,
  deps: Pick<Deps, 'persons' | 'env'>,
): Promise<Caller> => {
  const person = await deps.persons.findByOpenid(openid)
  return {
    openid,
    person,
    communityId: person?.communityId ?? deps.env.LINLI_COMMUNITY_ID,
    roles: person?.roles ?? [],
  }
}

export const residenceOf = (caller: Caller): string | null => {
  const role = caller.roles.find((r) => r.role === 'resident')
  return role?.role === 'resident' ? role.householdId : null
}
