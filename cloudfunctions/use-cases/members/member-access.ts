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

/** A household the caller lives in: the one read with them, any other read now (rare). */
const householdOf = (caller: Caller, householdId: string, deps: Pick<Deps, 'org'>) =>
  caller.household?._id === householdId
    ? Promise.resolve(caller.household)
    : deps.org.getHousehold(householdId)

const residenceGridIds = async (caller: Caller, deps: Pick<Deps, 'org'>): Promise<string[]> => {
  const households = await Promise.all(
    caller.roles.flatMap((r) =>
      r.role === 'resident' ? [householdOf(caller, r.householdId, deps)] : [],
    ),
  )
  return households.flatMap((h) => (h ? [h.gridId] : []))
}

/** The grids the caller lives or works in. */
export const callerGridIds = async (caller: Caller, deps: Pick<Deps, 'org'>): Promise<string[]> => {
  const grids = new Set<string>()
  for (const role of caller.roles) {
    if (role.role === 'member' && role.gridId) grids.add(role.gridId)
    if (role.role === 'gridLeader') grids.add(role.gridId)
  }
  for (const id of await residenceGridIds(caller, deps)) grids.add(id)
  return [...grids]
}

/** The grids the caller lives in as a verified resident (whose members they may rate). */
export const residentGridIds = async (
  caller: Caller,
  deps: Pick<Deps, 'org'>,
): Promise<string[]> => {
  if (!caller.verified) return []
  return residenceGridIds(caller, deps)
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
