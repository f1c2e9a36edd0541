// org.saveGrid / saveBuilding / saveUnit / saveTeam / savePost: staff keep the organisation tree.
// Without an id a save creates (its id from the form's key, so a retry lands on the same one); with
// one it updates that document of the caller's community. Names are unique per kind and community.
import type { ActionOutput, ParsedInput, Person, Role } from '@linli/types'
import { AppError, invalidInput, notFound } from '../../shared/app-error'
import type { Caller } from '../caller'
import type { Deps } from '../deps'
import { idFor } from '../members/ids'
import { postOf } from './setup'

type Named = { _id: string; name: string }

/** The document saved: the one named (of this community), or a new id from the form's key. */
const targetOf = <T extends Named>(
  kind: string,
  input: { id?: string | undefined; name: string; clientRequestId: string },
  existing: readonly T[],
  caller: Caller,
): { id: string; current: T | null } => {
  const current = input.id ? (existing.find((d) => d._id === input.id) ?? null) : null
  if (input.id && !current) throw notFound(kind)
  const id = input.id ?? idFor(kind, caller.communityId, caller.openid, input.clientRequestId)
  if (existing.some((d) => d._id !== id && d.name === input.name)) {
    throw new AppError('ORG.NAME_TAKEN', `another ${kind} is named ${input.name}`, [
      { path: ['name'], message: '已有同名的记录' },
    ])
  }
  return { id, current }
}

/**
 * Every check comes before the write allowance is spent: a refused save writes nothing, not even
 * the per-minute counter (the fuzzer holds it). Reads, checks, allowance, writes: 3 trips after
 * the caller.
 */
const spend = (deps: Deps): Promise<void> => deps.writes.spend()

const personIn = (p: Person | null, caller: Caller, field: string): Person => {
  if (!p || p.communityId !== caller.communityId) {
    throw invalidInput('unknown person', [{ path: [field], message: '请选择本社区的人员' }])
  }
  return p
}

/** The role moves from whoever held it to the new holder: the writes to make, at once. */
const roleMoves = (
  holders: readonly Person[],
  next: Person | null,
  matches: (r: Role) => boolean,
  role: Role,
  deps: Deps,
): Promise<void>[] => {
  const writes: Promise<void>[] = []
  for (const p of holders.filter((h) => h._id !== next?._id && h.roles.some(matches))) {
    writes.push(
      deps.persons.setRoles(
        p._id,
        p.roles.filter((r) => !matches(r)),
      ),
    )
  }
  if (next && !next.roles.some(matches)) {
    writes.push(deps.persons.setRoles(next._id, [...next.roles, role]))
  }
  return writes
}

const personOrNull = (id: string | null, deps: Deps) =>
  id ? deps.persons.getById(id) : Promise.resolve(null)

export const saveGrid = async (
  input: ParsedInput<'org', 'saveGrid'>,
  caller: Caller,
  deps: Deps,
): Promise<ActionOutput<'org', 'saveGrid'>> => {
  const [grids, leader, leaders] = await Promise.all([
    deps.org.listGrids(caller.communityId),
    personOrNull(input.leaderId, deps),
    deps.persons.findWithRole(caller.communityId, 'gridLeader'),
  ])
  const { id } = targetOf('grid', input, grids, caller)
  const next = input.leaderId ? personIn(leader, caller, 'leaderId') : null
  const isLeader = (r: Role) => r.role === 'gridLeader' && r.gridId === id
  await spend(deps)
  await Promise.all([
    deps.org.saveGrid({
      _id: id,
      communityId: caller.communityId,
      name: input.name,
      leaderId: input.leaderId,
    }),
    ...roleMoves(leaders, next, isLeader, { role: 'gridLeader', gridId: id }, deps),
  ])
  return { id, name: input.name, leaderId: input.leaderId, leaderName: next?.name ?? null }
}

export const saveBuilding = async (
  input: ParsedInput<'org', 'saveBuilding'>,
  caller: Caller,
  deps: Deps,
): Promise<ActionOutput<'org', 'saveBuilding'>> => {
  const [grids, buildings, inhabited] = await Promise.all([
    deps.org.listGrids(caller.communityId),
    deps.org.listBuildings(caller.communityId),
    input.id ? deps.org.hasHouseholds(input.id) : Promise.resolve(false),
  ])
  const { id, current } = targetOf('building', input, buildings, caller)
  if (!grids.some((g) => g._id === input.gridId))
    throw invalidInput('unknown grid', [{ path: ['gridId'], message: '请选择本社区的网格' }])
  // Households carry their grid: moving an inhabited building would split them from it.
  if (current && current.gridId !== input.gridId && inhabited)
    throw new AppError('ORG.IN_USE', 'the building has households: it cannot move to another grid')
  const building = {
    _id: id,
    communityId: caller.communityId,
    gridId: input.gridId,
    name: input.name,
    order: input.order,
  }
  await spend(deps)
  await deps.org.saveBuilding(building)
  return { id, name: input.name, gridId: input.gridId, order: input.order }
}

export const saveUnit = async (
  input: ParsedInput<'org', 'saveUnit'>,
  caller: Caller,
  deps: Deps,
): Promise<ActionOutput<'org', 'saveUnit'>> => {
  const units = await deps.org.listUnits(caller.communityId)
  const { id } = targetOf('unit', input, units, caller)
  const unit = {
    _id: id,
    communityId: caller.communityId,
    name: input.name,
    kind: input.kind,
    partyOrgName: input.partyOrgName,
  }
  await spend(deps)
  await deps.org.saveUnit(unit)
  return { id, name: unit.name, kind: unit.kind, partyOrgName: unit.partyOrgName }
}

export const saveTeam = async (
  input: ParsedInput<'org', 'saveTeam'>,
  caller: Caller,
  deps: Deps,
): Promise<ActionOutput<'org', 'saveTeam'>> => {
  const [teams, captain, captains] = await Promise.all([
    deps.org.listTeams(caller.communityId),
    personOrNull(input.captainId, deps),
    deps.persons.findWithRole(caller.communityId, 'teamCaptain'),
  ])
  const { id } = targetOf('team', input, teams, caller)
  const next = input.captainId ? personIn(captain, caller, 'captainId') : null
  const isCaptain = (r: Role) => r.role === 'teamCaptain' && r.teamId === id
  const team = {
    _id: id,
    communityId: caller.communityId,
    name: input.name,
    kind: input.kind,
    captainId: input.captainId,
  }
  await spend(deps)
  await Promise.all([
    deps.org.saveTeam(team),
    ...roleMoves(captains, next, isCaptain, { role: 'teamCaptain', teamId: id }, deps),
  ])
  return {
    id,
    name: team.name,
    kind: team.kind,
    captainId: team.captainId,
    captainName: next?.name ?? null,
  }
}

export const savePost = async (
  input: ParsedInput<'org', 'savePost'>,
  caller: Caller,
  deps: Deps,
): Promise<ActionOutput<'org', 'savePost'>> => {
  const [person, grids] = await Promise.all([
    deps.persons.getById(input.personId),
    deps.org.listGrids(caller.communityId),
  ])
  const member = personIn(person, caller, 'personId')
  if (member.member === null)
    throw new AppError('ORG.NOT_MEMBER', 'not a Party member of the community')
  if (input.gridId !== null && !grids.some((g) => g._id === input.gridId))
    throw invalidInput('unknown grid', [{ path: ['gridId'], message: '请选择本社区的网格' }])
  const roles: Role[] = [
    ...member.roles.filter((r) => r.role !== 'member'),
    { role: 'member', gridId: input.gridId },
  ]
  await spend(deps)
  await deps.persons.setRoles(member._id, roles)
  return postOf({ ...member, roles })
}
