// Who may see a member's card and pledges: residents of the member's grid, whoever works in that
// grid (members posted there, its leader), staff, the member, and residents whose request they handle.
import type { Person } from '@linli/types'
import { handlerKeyOf, isStaff } from '../../domain/actor'
import type { Caller } from '../caller'
import type { Deps } from '../deps'

export const postGridOf = (person: Person): string | null => {
  const role = person.roles.find((r) => r.role === 'member')
  return role?.role === 'member' ? role.gridId : null
}

/** The grids the caller lives or works in. */
export const callerGridIds = async (caller: Caller, deps: Pick<Deps, 'org'>): Promise<string[]> => {
  const grids = new Set<string>()
  for (const role of caller.roles) {
    if (role.role === 'member' && role.gridId) grids.add(role.gridId)
    if (role.role === 'gridLeader') grids.add(role.gridId)
    if (role.role === 'resident') {
      const household = await deps.org.getHousehold(role.householdId)
      if (household) grids.add(household.gridId)
    }
  }
  return [...grids]
}

/** The grids the caller lives in as a verified resident (whose members they may rate). */
export const residentGridIds = async (
  caller: Caller,
  deps: Pick<Deps, 'org'>,
): Promise<string[]> => {
  if (!caller.verified) return []
  const grids: string[] = []
  for (const role of caller.roles) {
    if (role.role !== 'resident') continue
    const household = await deps.org.getHousehold(role.householdId)
    if (household) grids.push(household.gridId)
  }
  return grids
}

export const maySeeMember = async (
  caller: Caller,
  member: Person,
  deps: Pick<Deps, 'org' | 'requests'>,
): Promise<boolean> => {
  if (isStaff(caller.roles) || caller.personId === member._id) return true
  const post = postGridOf(member)
  if (post && (await callerGridIds(caller, deps)).includes(post)) return true
  // The handler of the caller's own request shows their card (and badge) on it.
  const mine = await deps.requests.pageByReporter(caller.openid, { limit: 50 })
  const key = handlerKeyOf({ kind: 'member', id: member._id })
  return mine.items.some((r) => r.handlerKey === key)
}
