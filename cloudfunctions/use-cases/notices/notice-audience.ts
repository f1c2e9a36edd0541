// A notice's audience: checks a target against the org (and the sender's scope), names it, and
// loads the people it reaches through the repositories; the rule of who is in is domain's.
import type { Building, Household, NoticeTarget, Person } from '@linli/types'
import {
  selectRecipients,
  targetsHouseholds,
  type HouseholdPlace,
  type Recipient,
} from '../../domain/notice-targeting'
import { mayTarget } from '../../domain/notice-targeting'
import { forbidden, invalidInput } from '../../shared/app-error'
import type { Caller } from '../caller'
import type { Deps } from '../deps'

const noSuch = (path: string, message: string) =>
  invalidInput(message, [{ path: ['target', path], message }])

/** The buildings a residence target covers (all of the community for `community`). */
export const targetBuildings = async (
  target: NoticeTarget,
  communityId: string,
  deps: Pick<Deps, 'org'>,
): Promise<Building[]> => {
  if (!targetsHouseholds(target)) return []
  const all = await deps.org.listBuildings(communityId)
  if (target.kind === 'community') return all
  if (target.kind === 'grid') return all.filter((b) => b.gridId === target.gridId)
  if (target.kind === 'buildings') return all.filter((b) => target.buildingIds.includes(b._id))
  return []
}

export const targetHouseholds = async (
  buildings: readonly Building[],
  deps: Pick<Deps, 'org'>,
): Promise<Household[]> =>
  (await Promise.all(buildings.map((b) => deps.org.listHouseholds(b._id)))).flat()

/** Checks the target exists in the caller's community and is theirs to reach; answers its label. */
export const checkTarget = async (
  target: NoticeTarget,
  caller: Caller,
  deps: Pick<Deps, 'org'>,
): Promise<string> => {
  if (!mayTarget(caller, target)) throw forbidden('this target is outside your scope')
  switch (target.kind) {
    case 'grid':
    case 'gridMembers':
    case 'buildings': {
      const grid = await deps.org.getGrid(target.gridId)
      if (!grid || grid.communityId !== caller.communityId) throw noSuch('gridId', '找不到该网格')
      if (target.kind === 'grid') return `${grid.name} 全体居民`
      if (target.kind === 'gridMembers') return `${grid.name} 党员`
      const buildings = await deps.org.getBuildingsByIds(target.buildingIds)
      const inGrid = buildings.filter((b) => b.gridId === grid._id)
      if (inGrid.length !== new Set(target.buildingIds).size) {
        throw noSuch('buildingIds', '所选楼栋不在该网格内')
      }
      return `${grid.name} ${inGrid.map((b) => b.name).join('、')}`
    }
    case 'team': {
      const team = await deps.org.getTeam(target.teamId)
      if (!team || team.communityId !== caller.communityId) throw noSuch('teamId', '找不到该服务队')
      return `${team.name} 全体队员`
    }
    case 'allMembers':
      return '全体党员'
    case 'community':
      return '全体居民'
  }
}

const candidatesOf = async (
  target: NoticeTarget,
  communityId: string,
  households: readonly Household[],
  deps: Pick<Deps, 'persons'>,
): Promise<Person[]> => {
  switch (target.kind) {
    case 'grid':
    case 'buildings':
      return deps.persons.findByHouseholds(households.map((h) => h._id))
    case 'gridMembers':
      return deps.persons.findMembersInGrid(target.gridId)
    case 'team':
      return deps.persons.findByTeam(target.teamId)
    case 'allMembers':
      return deps.persons.findWithRole(communityId, 'member')
    case 'community':
      return deps.persons.listByCommunity(communityId)
  }
}

/** Everyone a target reaches now (the audience is fixed when the notice is published). */
export const loadRecipients = async (
  target: NoticeTarget,
  communityId: string,
  deps: Pick<Deps, 'org' | 'persons'>,
): Promise<Recipient[]> => {
  // A grid's or some buildings' residents: households and their people in one read.
  const scope =
    target.kind === 'grid'
      ? { gridId: target.gridId }
      : target.kind === 'buildings'
        ? { buildingIds: target.buildingIds }
        : null
  const { households, candidates } = scope
    ? await deps.persons
        .findHouseholdsWithResidents(scope)
        .then((r) => ({ households: r.households, candidates: r.residents }))
    : await loadCommunityWide(target, communityId, deps)
  const places = new Map<string, HouseholdPlace>(
    households.map((h) => [h._id, { buildingId: h.buildingId, gridId: h.gridId }]),
  )
  return selectRecipients(target, communityId, candidates, places)
}

const loadCommunityWide = async (
  target: NoticeTarget,
  communityId: string,
  deps: Pick<Deps, 'org' | 'persons'>,
) => {
  const households = await targetHouseholds(await targetBuildings(target, communityId, deps), deps)
  return { households, candidates: await candidatesOf(target, communityId, households, deps) }
}
