// The organisation of 城西社区 from the case study (fictional detail): grids, buildings, households.
import type { Building, Community, Grid, Household, Team, TeamKind, Unit } from '@linli/types'

export const COMMUNITY_ID = 'chengxi'
const base = { communityId: COMMUNITY_ID }

export const community: Community = {
  _id: COMMUNITY_ID,
  name: '城西社区',
  city: '原平市',
  // Issue 11 §3: 5 reports of one category from one building or grid in 30 days make a hot spot.
  hotSpotRule: { count: 5, days: 30 },
}

/** Street names from the case study's 益民巷 story; leaders are filled in by demo-people. */
const GRID_NAMES = ['益民巷网格', '知源巷网格', '金荣路网格', '教育北小区网格'] as const
const STREETS = ['益民巷', '知源巷', '金荣路', '教育北小区'] as const
export const BUILDINGS_PER_GRID = 5
export const HOUSEHOLDS_PER_BUILDING = 5

export const gridId = (g: number) => `grid-${g + 1}`
export const buildingId = (g: number, b: number) =>
  `bldg-${String(g * BUILDINGS_PER_GRID + b + 1).padStart(2, '0')}`
export const householdId = (g: number, b: number, h: number) =>
  `hh-${buildingId(g, b).slice(5)}-${h + 1}`

export const grids = (leaders: Record<string, string>): Grid[] =>
  GRID_NAMES.map((name, g) => ({
    ...base,
    _id: gridId(g),
    name,
    leaderId: leaders[gridId(g)] ?? null,
  }))

export const buildings: Building[] = STREETS.flatMap((street, g) =>
  Array.from({ length: BUILDINGS_PER_GRID }, (_, b) => ({
    ...base,
    _id: buildingId(g, b),
    gridId: gridId(g),
    name: `${street}${b + 1}号楼`,
    order: g * BUILDINGS_PER_GRID + b,
  })),
)

/** Rooms like "1单元101": unit by pair of flats, floor by index. */
const roomOf = (h: number) => `${Math.floor(h / 2) + 1}单元${Math.floor(h / 2) + 1}0${(h % 2) + 1}`

export const households: Household[] = STREETS.flatMap((_, g) =>
  Array.from({ length: BUILDINGS_PER_GRID }, (_b, b) =>
    Array.from({ length: HOUSEHOLDS_PER_BUILDING }, (_h, h) => ({
      ...base,
      _id: householdId(g, b, h),
      buildingId: buildingId(g, b),
      gridId: gridId(g),
      room: roomOf(h),
    })),
  ).flat(),
)

export const units: Unit[] = [
  {
    ...base,
    _id: 'unit-1',
    name: '原平市住房和城乡建设局',
    kind: 'government',
    partyOrgName: '市住建局机关党支部',
  },
  {
    ...base,
    _id: 'unit-2',
    name: '原平市教师进修学校',
    kind: 'school',
    partyOrgName: '进修学校党支部',
  },
  {
    ...base,
    _id: 'unit-3',
    name: '城西社区卫生服务中心',
    kind: 'hospital',
    partyOrgName: '卫生服务中心党支部',
  },
  {
    ...base,
    _id: 'unit-4',
    name: '原平市自来水公司',
    kind: 'enterprise',
    partyOrgName: '自来水公司党委',
  },
  { ...base, _id: 'unit-5', name: '城西农村信用社', kind: 'finance', partyOrgName: '信用社党支部' },
]

const TEAM_NAMES: Record<TeamKind, string> = {
  teaching: '教师志愿服务队',
  legal: '司法志愿服务队',
  cultureSports: '文体志愿服务队',
  medical: '医疗志愿服务队',
  skills: '技能志愿服务队',
  sanitation: '卫生志愿服务队',
  elderCare: '助老志愿服务队',
  publicSecurity: '综治志愿服务队',
}

export const teamId = (kind: TeamKind) => `team-${kind}`

export const teams = (captains: Partial<Record<TeamKind, string>>): Team[] =>
  (Object.keys(TEAM_NAMES) as TeamKind[]).map((kind) => ({
    ...base,
    _id: teamId(kind),
    name: TEAM_NAMES[kind],
    kind,
    captainId: captains[kind] ?? null,
  }))
