// org.listAssignees: whom a grid leader may assign or transfer to — the members posted in the grid
// (with their specialties), the volunteer teams and the 驻区单位.
import type { ParsedInput } from '@linli/types'
import { isLeaderOf } from '../../domain/actor'
import { forbidden } from '../../shared/app-error'
import type { Caller } from '../caller'
import type { Deps } from '../deps'

export const listAssignees = async (
  input: ParsedInput<'org', 'listAssignees'>,
  caller: Caller,
  deps: Deps,
) => {
  if (!isLeaderOf(caller, input.gridId)) throw forbidden('caller does not lead this grid')
  const [members, teams, units] = await Promise.all([
    deps.persons.findMembersInGrid(input.gridId),
    deps.org.listTeams(caller.communityId),
    deps.org.listUnits(caller.communityId),
  ])
  return {
    members: members
      .filter((p) => p.communityId === caller.communityId)
      .map((p) => ({ id: p._id, name: p.name, specialties: p.member?.specialties ?? [] })),
    teams: teams.map((t) => ({ id: t._id, name: t.name, kind: t.kind })),
    units: units.map((u) => ({ id: u._id, name: u.name })),
  }
}
