// org.listHouseholds: 代办's roster for one building — rooms and who lives there, for its grid's
// leader and staff only (rooms are personal data).
import type { ParsedInput } from '@linli/types'
import { isLeaderOf } from '../../domain/actor'
import { notFound } from '../../shared/app-error'
import type { Caller } from '../caller'
import type { Deps } from '../deps'

export const listHouseholds = async (
  input: ParsedInput<'org', 'listHouseholds'>,
  caller: Caller,
  deps: Deps,
) => {
  const building = await deps.org.getBuilding(input.buildingId)
  if (!building || building.communityId !== caller.communityId) throw notFound('building')
  if (!isLeaderOf(caller, building.gridId)) throw notFound('building')
  const households = await deps.org.listHouseholds(building._id)
  const residents = await deps.persons.findByHouseholds(households.map((h) => h._id))
  const nameOf = (householdId: string) =>
    residents.find((p) =>
      p.roles.some((r) => r.role === 'resident' && r.householdId === householdId),
    )?.name ?? null
  return {
    items: households
      .map((h) => ({ id: h._id, room: h.room, residentName: nameOf(h._id) }))
      .sort((a, b) => a.room.localeCompare(b.room, 'zh-CN', { numeric: true })),
  }
}
