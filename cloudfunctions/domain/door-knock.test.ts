import type { Role } from '@linli/types'
import { doorKnockDueAt, knockableBuildings, readsByBuilding, unreadHouseholds } from './door-knock'

const AT = new Date('2026-11-26T02:00:00Z')
const BUILDINGS = [
  { _id: 'b1', gridId: 'g1' },
  { _id: 'b2', gridId: 'g1' },
  { _id: 'b9', gridId: 'g2' },
]
const HOUSEHOLDS = [
  { _id: 'h1', buildingId: 'b1' },
  { _id: 'h2', buildingId: 'b1' },
  { _id: 'h3', buildingId: 'b2' },
]

describe('door-knocks', () => {
  it('an urgent notice is due for visits a set time after publishing; a normal one never', () => {
    expect(doorKnockDueAt({ urgency: 'urgent', publishedAt: AT }, 24)).toEqual(
      new Date('2026-11-27T02:00:00Z'),
    )
    expect(doorKnockDueAt({ urgency: 'normal', publishedAt: AT }, 24)).toBeNull()
    expect(doorKnockDueAt({ urgency: 'urgent', publishedAt: null }, 24)).toBeNull()
  })

  it('lists the households where nobody read it', () => {
    expect(unreadHouseholds(HOUSEHOLDS, new Set(['h2'])).map((h) => h._id)).toEqual(['h1', 'h3'])
  })

  it('a building leader knocks in their building; the grid leader where a building has none', () => {
    const withLeader = new Set(['b1'])
    const bl = knockableBuildings(
      [{ role: 'buildingLeader', buildingId: 'b1' }],
      BUILDINGS,
      withLeader,
    )
    expect(bl.map((b) => b._id)).toEqual(['b1'])
    const gl = knockableBuildings([{ role: 'gridLeader', gridId: 'g1' }], BUILDINGS, withLeader)
    expect(gl.map((b) => b._id)).toEqual(['b2'])
    expect(knockableBuildings([{ role: 'staff' }], BUILDINGS, withLeader)).toHaveLength(3)
    expect(knockableBuildings([{ role: 'member', gridId: 'g1' }], BUILDINGS, withLeader)).toEqual(
      [],
    )
  })

  it('a leader with other roles too still knocks on their doors', () => {
    const withLeader = new Set(['b1'])
    const bl = knockableBuildings(
      [
        { role: 'member', gridId: 'g2' },
        { role: 'buildingLeader', buildingId: 'b9' },
      ],
      BUILDINGS,
      withLeader,
    )
    expect(bl.map((b) => b._id)).toEqual(['b9'])
    const gl = knockableBuildings(
      [
        { role: 'resident', householdId: 'h1' },
        { role: 'gridLeader', gridId: 'g1' },
      ],
      BUILDINGS,
      withLeader,
    )
    expect(gl.map((b) => b._id)).toEqual(['b2'])
  })

  it('a stray building id on a role that is not building leader grants nothing', () => {
    const stray = { role: 'member', gridId: 'g2', buildingId: 'b1' } as Role
    expect(knockableBuildings([stray], BUILDINGS, new Set(['b1']))).toEqual([])
  })

  it('counts households read per building', () => {
    const rows = readsByBuilding(HOUSEHOLDS, new Set(['h1', 'h3']))
    expect(rows.get('b1')).toEqual({ households: 2, read: 1 })
    expect(rows.get('b2')).toEqual({ households: 1, read: 1 })
  })
})
