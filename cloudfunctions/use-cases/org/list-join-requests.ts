// org.listJoinRequests: the newcomers waiting in the grids the caller leads (staff: every grid),
// with whether their name is on the household's imported roster.
import type { ParsedInput } from '@linli/types'
import { isStaff } from '../../domain/actor'
import type { Caller } from '../caller'
import type { Deps } from '../deps'

const gridsOf = async (caller: Caller, deps: Deps): Promise<string[]> =>
  isStaff(caller.roles)
    ? (await deps.org.listGrids(caller.communityId)).map((g) => g._id)
    : caller.roles.flatMap((r) => (r.role === 'gridLeader' ? [r.gridId] : []))

export const listJoinRequests = async (
  _input: ParsedInput<'org', 'listJoinRequests'>,
  caller: Caller,
  deps: Deps,
) => {
  const pending = await deps.households.pendingJoins(
    caller.communityId,
    await gridsOf(caller, deps),
  )
  const [buildings, rosters] = await Promise.all([
    deps.org.getBuildingsByIds(pending.map((j) => j.buildingId)),
    deps.households.rosterNames(pending.map((j) => j.householdId)),
  ])
  const nameOf = new Map(buildings.map((b) => [b._id, b.name]))
  return {
    items: pending.map((j) => ({
      id: j._id,
      name: j.name,
      phone: j.phone,
      buildingName: nameOf.get(j.buildingId) ?? '',
      room: j.room,
      createdAt: j.createdAt.toISOString(),
      onRoster: (rosters.get(j.householdId) ?? []).includes(j.name),
    })),
  }
}
