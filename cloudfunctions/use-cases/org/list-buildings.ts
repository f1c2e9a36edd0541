// org.listBuildings: the buildings of the caller's community, for the report form's picker.
import type { BuildingOption } from '@linli/types'
import type { Caller } from '../caller'
import type { Deps } from '../deps'

export const listBuildings = async (
  _input: unknown,
  caller: Caller,
  deps: Deps,
): Promise<{ items: BuildingOption[] }> => {
  const buildings = await deps.org.listBuildings(caller.communityId)
  return { items: buildings.map((b) => ({ id: b._id, name: b.name, gridId: b.gridId })) }
}
