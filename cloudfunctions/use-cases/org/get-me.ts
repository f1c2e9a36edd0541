// org.me: the caller's roles and, for a resident, their household, building and grid; the
// categories the community takes reports of now.
import type { Me } from '@linli/types'
import { reportCategoriesOf } from '../../domain/rule-sets'
import { boardGridIds } from '../../domain/visibility'
import type { Caller } from '../caller'
import type { Deps } from '../deps'
import { readRules } from './rule-store'

export const getMe = async (_input: unknown, caller: Caller, deps: Deps): Promise<Me> => {
  // The household comes with the caller (one read); its building, grid and the community's
  // categories are read together.
  const household = caller.household
  const boardGridsLoading = Promise.all(
    boardGridIds(caller.roles).map((id) => deps.org.getGrid(id)),
  )
  const [building, grid, boardGrids, rules] = await Promise.all([
    household ? deps.org.getBuilding(household.buildingId) : null,
    household ? deps.org.getGrid(household.gridId) : null,
    boardGridsLoading,
    readRules(caller.communityId, ['categories'], deps),
  ])
  return {
    personId: caller.person?._id ?? null,
    name: caller.person?.name ?? null,
    verified: caller.person?.verified ?? false,
    communityId: caller.communityId,
    roles: [...caller.roles],
    household: household ? { id: household._id, room: household.room } : null,
    building: building ? { id: building._id, name: building.name } : null,
    grid: grid ? { id: grid._id, name: grid.name } : null,
    boardGrids: boardGrids.flatMap((g) => (g ? [{ id: g._id, name: g.name }] : [])),
    categories: reportCategoriesOf(rules.categories.value),
  }
}
