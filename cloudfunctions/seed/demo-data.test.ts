import { TEAM_KINDS, personSchema } from '@linli/types'
import { DEMO_OPENIDS } from './demo-identities'
import { buildings, households, teams, units } from './demo-org'
import { gridLeaders, people } from './demo-people'
import { demoDocuments } from './seed-database'

const byOpenid = (openid: string) => {
  const person = people.find((p) => p.openid === openid)
  if (!person) throw new Error(`no seed person ${openid}`)
  return person
}
const homeGridOf = (openid: string) => {
  const role = byOpenid(openid).roles.find((r) => r.role === 'resident')
  return households.find((h) => role?.role === 'resident' && h._id === role.householdId)?.gridId
}

describe('the demo community (城西社区)', () => {
  it('has the sizes issue 3 asks for', () => {
    const docs = demoDocuments()
    expect(docs.grids).toHaveLength(4)
    expect(buildings).toHaveLength(20)
    expect(households).toHaveLength(100)
    expect(teams({}).map((t) => t.kind)).toEqual([...TEAM_KINDS])
    expect(units).toHaveLength(5)
    expect(people.filter((p) => p.roles.some((r) => r.role === 'member'))).toHaveLength(30)
  })

  it('gives every seeded id once and every person a valid shape', () => {
    for (const docs of Object.values(demoDocuments())) {
      expect(new Set(docs.map((d) => d._id)).size).toBe(docs.length)
    }
    expect(new Set(people.map((p) => p.openid)).size).toBe(people.length)
    for (const person of people) expect(personSchema.safeParse(person).success).toBe(true)
  })

  it('places the demo identities where the walking skeleton needs them', () => {
    expect(homeGridOf(DEMO_OPENIDS.resident)).toBe('grid-1')
    expect(homeGridOf(DEMO_OPENIDS.resident2)).toBe('grid-1')
    expect(homeGridOf(DEMO_OPENIDS.residentFar)).not.toBe('grid-1')
    for (const openid of [DEMO_OPENIDS.member, DEMO_OPENIDS.member2]) {
      expect(byOpenid(openid).roles).toContainEqual({ role: 'member', gridId: 'grid-1' })
    }
    expect(byOpenid(DEMO_OPENIDS.gridLeader).roles).toContainEqual({
      role: 'gridLeader',
      gridId: 'grid-1',
    })
    const otherLead = byOpenid(DEMO_OPENIDS.gridLeader2).roles.find((r) => r.role === 'gridLeader')
    expect(otherLead).toEqual({ role: 'gridLeader', gridId: expect.not.stringMatching(/^grid-1$/) })
    expect(byOpenid(DEMO_OPENIDS.staff).roles).toEqual([{ role: 'staff' }])
    expect(byOpenid(DEMO_OPENIDS.captain).roles).toEqual([
      { role: 'member', gridId: 'grid-1' },
      { role: 'teamCaptain', teamId: 'team-medical' },
    ])
    expect(byOpenid(DEMO_OPENIDS.unitLiaison).roles).toEqual([
      { role: 'unitLiaison', unitId: 'unit-1' },
    ])
  })

  it('gives every grid a leader', () => {
    expect(Object.keys(gridLeaders).sort()).toEqual(['grid-1', 'grid-2', 'grid-3', 'grid-4'])
  })
})
