// The people of the demo (fictional): one resident per household, 30 Party members, the demo identities.
import type { MemberKind, Person, Role, TeamKind } from '@linli/types'
import { TEAM_KINDS } from '@linli/types'
import { COMMUNITY_ID, gridId, householdId, households, teamId, units } from './demo-org'
import { DEMO_OPENIDS } from './demo-identities'

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕'
const GIVEN = [
  '秀兰',
  '建国',
  '桂英',
  '志强',
  '玉兰',
  '国华',
  '淑珍',
  '海燕',
  '立新',
  '文博',
  '丽娟',
  '卫东',
]

const nameAt = (i: number) => `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 7) % GIVEN.length]}`
/** 1380000xxxx: a reserved-looking fictional number range. */
const phoneAt = (i: number) => `1380000${String(i).padStart(4, '0')}`
export const personId = (openid: string) => `person-${openid}`

const person = (
  openid: string,
  i: number,
  roles: Role[],
  member: Person['member'] = null,
): Person => ({
  _id: personId(openid),
  communityId: COMMUNITY_ID,
  openid,
  name: nameAt(i),
  phone: phoneAt(i),
  verified: true,
  roles,
  member,
})

/** Demo residents take fixed households: grid 1 for two of them, grid 3 for the "far" one. */
const DEMO_HOMES: Record<string, string> = {
  [DEMO_OPENIDS.resident]: householdId(0, 0, 0),
  [DEMO_OPENIDS.resident2]: householdId(0, 2, 1),
  [DEMO_OPENIDS.residentFar]: householdId(2, 1, 0),
  [DEMO_OPENIDS.member]: householdId(0, 1, 2),
}

export const residents: Person[] = households.map((h, i) => {
  const demo = Object.entries(DEMO_HOMES).find(([, hh]) => hh === h._id)?.[0]
  const openid = demo ?? `seed-resident-${String(i + 1).padStart(3, '0')}`
  const roles: Role[] = [{ role: 'resident', householdId: h._id }]
  if (openid === DEMO_OPENIDS.member) roles.push({ role: 'member', gridId: gridId(0) })
  const profile =
    openid === DEMO_OPENIDS.member ? pioneer(memberProfile('retired', ['skills'], null)) : null
  return { ...person(openid, i, roles, profile), birthYear: birthYearOf(openid, i) }
})

/** demo-resident-2 and every fourth seeded resident are elderly (an offering may be for them). */
function birthYearOf(openid: string, i: number): number {
  return openid === DEMO_OPENIDS.resident2 || (!openid.startsWith('demo') && i % 4 === 0)
    ? 1950 + (i % 10)
    : 1975 + (i % 20)
}

/** demo-member holds 党员标兵岗 (awarded by staff), so the badge shows in the demo. */
function pioneer(profile: Person['member']): Person['member'] {
  return profile ? { ...profile, badges: ['pioneerPost'] } : null
}

function memberProfile(
  kind: MemberKind,
  specialties: TeamKind[],
  unitId: string | null,
): Person['member'] {
  const unit = units.find((u) => u._id === unitId)
  return {
    kind,
    partyOrgName: unit?.partyOrgName ?? '城西社区网格党支部',
    unitId,
    teamIds: specialties.map(teamId),
    specialties,
    photo: null,
    badges: [],
  }
}

const KINDS: MemberKind[] = ['community', 'retired', 'inService']
/** Members 1 and 2 are the demo grid leaders (grids 1, 2); 6 and 3 lead grids 3 and 4. */
const LEADER_INDEXES = new Set([1, 2, 3, 6])

/** The seed member who is demo-captain (captain of 医疗, posted in grid 1). */
const DEMO_CAPTAIN_AT = 4

/** The seed members who are also demo identities, by index. */
const DEMO_MEMBER_AT: Record<number, string> = {
  0: DEMO_OPENIDS.member2,
  1: DEMO_OPENIDS.gridLeader,
  2: DEMO_OPENIDS.gridLeader2,
  [DEMO_CAPTAIN_AT]: DEMO_OPENIDS.captain,
}

const specialtyAt = (i: number): TeamKind =>
  i === 0
    ? 'legal'
    : i === DEMO_CAPTAIN_AT
      ? 'medical'
      : (TEAM_KINDS[i % TEAM_KINDS.length] ?? 'skills')

/** Each team's captain: demo-captain for 医疗, else the first member with the team's specialty. */
const captainIndexOf = (kind: TeamKind): number | null => {
  if (kind === 'medical') return DEMO_CAPTAIN_AT
  const first = Array.from({ length: 29 }, (_, i) => i).find((i) => specialtyAt(i) === kind)
  return first ?? null
}
const CAPTAIN_TEAMS = new Map(
  TEAM_KINDS.flatMap((kind) => {
    const i = captainIndexOf(kind)
    return i === null ? [] : [[i, kind] as const]
  }),
)

/** 29 more members (demo-member is a resident too): posted round the 4 grids, a team each. */
const memberAt = (i: number): Person => {
  const openid = DEMO_MEMBER_AT[i] ?? `seed-member-${String(i + 1).padStart(2, '0')}`
  const kind = i === 0 ? 'inService' : (KINDS[i % KINDS.length] ?? 'community')
  const grid = i <= 1 ? gridId(0) : i === 2 ? gridId(1) : gridId(i % 4)
  const specialty = specialtyAt(i)
  const unitId = kind === 'inService' ? (units[i % units.length]?._id ?? null) : null
  const roles: Role[] = [{ role: 'member', gridId: grid }]
  if (LEADER_INDEXES.has(i)) roles.push({ role: 'gridLeader', gridId: grid })
  const captainOf = CAPTAIN_TEAMS.get(i)
  if (captainOf) roles.push({ role: 'teamCaptain', teamId: teamId(captainOf) })
  return person(openid, 200 + i, roles, memberProfile(kind, [specialty], unitId))
}

export const members: Person[] = Array.from({ length: 29 }, (_, i) => memberAt(i))

export const staff: Person = person(DEMO_OPENIDS.staff, 300, [{ role: 'staff' }])

/** The 住建局's liaison: sees and handles what is transferred to the unit, nothing else. */
export const unitLiaison: Person = person(DEMO_OPENIDS.unitLiaison, 301, [
  { role: 'unitLiaison', unitId: 'unit-1' },
])

/**
 * 双报到's demo: an in-service Party member of 市住建局 (a 驻区单位) who works here but has not
 * registered with the community yet: known by name, no roles until staff approve the registration.
 */
export const inService: Person = {
  ...person(DEMO_OPENIDS.inService, 302, []),
  verified: false,
}

export const people: Person[] = [...residents, ...members, staff, unitLiaison, inService]

/** Team kind → captain's person id, for the team documents. */
export const teamCaptains: Partial<Record<TeamKind, string>> = Object.fromEntries(
  [...CAPTAIN_TEAMS].flatMap(([i, kind]) => {
    const captain = members[i]
    return captain ? [[kind, captain._id]] : []
  }),
)

export const gridLeaders: Record<string, string> = Object.fromEntries(
  people.flatMap((p) =>
    p.roles.flatMap((r) => (r.role === 'gridLeader' ? [[r.gridId, p._id]] : [])),
  ),
)
