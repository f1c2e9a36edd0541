// org.setup: what 社区设置 shows staff — grids with their leaders, buildings, units, teams with
// their captains, and every Party member with the grid they are posted to.
import type { ActionOutput, ParsedInput, Person } from '@linli/types'
import type { Caller } from '../caller'
import type { Deps } from '../deps'

export const postOf = (p: Person) => ({
  personId: p._id,
  name: p.name,
  gridId: p.roles.find((r) => r.role === 'member')?.gridId ?? null,
})

export const getSetup = async (
  _input: ParsedInput<'org', 'setup'>,
  caller: Caller,
  deps: Deps,
): Promise<ActionOutput<'org', 'setup'>> => {
  const c = caller.communityId
  // One wave: the leaders' and captains' names come with the people holding those roles.
  const [grids, buildings, units, teams, members, leaders, captains] = await Promise.all([
    deps.org.listGrids(c),
    deps.org.listBuildings(c),
    deps.org.listUnits(c),
    deps.org.listTeams(c),
    deps.persons.findWithRole(c, 'member'),
    deps.persons.findWithRole(c, 'gridLeader'),
    deps.persons.findWithRole(c, 'teamCaptain'),
  ])
  const names = new Map([...members, ...leaders, ...captains].map((p) => [p._id, p.name]))
  const nameOf = (id: string | null) => (id ? (names.get(id) ?? null) : null)
  const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, 'zh')
  return {
    grids: grids
      .map((g) => ({
        id: g._id,
        name: g.name,
        leaderId: g.leaderId,
        leaderName: nameOf(g.leaderId),
      }))
      .sort(byName),
    buildings: buildings.map((b) => ({
      id: b._id,
      name: b.name,
      gridId: b.gridId,
      order: b.order,
    })),
    units: units
      .map((u) => ({ id: u._id, name: u.name, kind: u.kind, partyOrgName: u.partyOrgName }))
      .sort(byName),
    teams: teams
      .map((t) => ({
        id: t._id,
        name: t.name,
        kind: t.kind,
        captainId: t.captainId,
        captainName: nameOf(t.captainId),
      }))
      .sort(byName),
    posts: members
      .filter((p) => p.member !== null)
      .map(postOf)
      .sort(byName),
  }
}
