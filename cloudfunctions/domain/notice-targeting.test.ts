import type { Person, Role } from '@linli/types'
import { anActor } from '../testing/factories'
import {
  mayTarget,
  selectRecipients,
  targetsHouseholds,
  type HouseholdPlace,
} from './notice-targeting'

const person = (id: string, roles: Role[], extra: Partial<Person> = {}): Person => ({
  _id: id,
  communityId: 'c1',
  openid: `o-${id}`,
  name: id,
  phone: null,
  verified: true,
  roles,
  member: null,
  ...extra,
})

const PLACES = new Map<string, HouseholdPlace>([
  ['h1', { buildingId: 'b1', gridId: 'g1' }],
  ['h2', { buildingId: 'b2', gridId: 'g1' }],
  ['h9', { buildingId: 'b9', gridId: 'g2' }],
])

const memberProfile = (teamIds: string[]): Person['member'] => ({
  kind: 'community',
  partyOrgName: '一支部',
  unitId: null,
  teamIds,
  specialties: [],
  photo: null,
  badges: [],
})

const PEOPLE: Person[] = [
  person('r1', [{ role: 'resident', householdId: 'h1' }]),
  person('r2', [{ role: 'resident', householdId: 'h2' }]),
  person('r9', [{ role: 'resident', householdId: 'h9' }]),
  person('m1', [{ role: 'member', gridId: 'g1' }], { member: memberProfile(['t1']) }),
  person('m2', [{ role: 'member', gridId: 'g2' }], { member: memberProfile([]) }),
  person('cap', [{ role: 'teamCaptain', teamId: 't1' }]),
  person('other', [{ role: 'resident', householdId: 'h1' }], { communityId: 'c2' }),
  person('staff', [{ role: 'staff' }]),
]

const ids = (target: Parameters<typeof selectRecipients>[0]) =>
  selectRecipients(target, 'c1', PEOPLE, PLACES).map((r) => r.personId)

describe('selectRecipients', () => {
  it('a grid reaches exactly the residents of its households', () => {
    expect(ids({ kind: 'grid', gridId: 'g1' })).toEqual(['r1', 'r2'])
    expect(ids({ kind: 'grid', gridId: 'g2' })).toEqual(['r9'])
  })

  it('buildings reach the residents of those buildings only', () => {
    expect(ids({ kind: 'buildings', gridId: 'g1', buildingIds: ['b2'] })).toEqual(['r2'])
  })

  it('grid members are the members posted in the grid', () => {
    expect(ids({ kind: 'gridMembers', gridId: 'g1' })).toEqual(['m1'])
  })

  it('a team is its members and its captain', () => {
    expect(ids({ kind: 'team', teamId: 't1' })).toEqual(['m1', 'cap'])
  })

  it('all members are every member, and the community everyone of it (never another)', () => {
    expect(ids({ kind: 'allMembers' })).toEqual(['m1', 'm2'])
    expect(ids({ kind: 'community' })).toEqual(['r1', 'r2', 'r9', 'm1', 'm2', 'cap', 'staff'])
  })

  it('lists a person once and carries the household for receipts', () => {
    const twice = [PEOPLE[0] as Person, PEOPLE[0] as Person]
    const out = selectRecipients({ kind: 'grid', gridId: 'g1' }, 'c1', twice, PLACES)
    expect(out).toEqual([
      { personId: 'r1', openid: 'o-r1', householdId: 'h1', buildingId: 'b1', gridId: 'g1' },
    ])
  })
})

describe('selectRecipients with mixed roles', () => {
  const pick = (target: Parameters<typeof selectRecipients>[0], people: Person[]) =>
    selectRecipients(target, 'c1', people, PLACES).map((r) => r.personId)

  it('a member who is also a resident counts as a member of the grid and of all members', () => {
    const both = person('mr', [
      { role: 'resident', householdId: 'h9' },
      { role: 'member', gridId: 'g1' },
    ])
    expect(pick({ kind: 'gridMembers', gridId: 'g1' }, [both])).toEqual(['mr'])
    expect(pick({ kind: 'allMembers' }, [both])).toEqual(['mr'])
  })

  it('a grid leader is not a member posted in the grid', () => {
    const leader = person('gl', [{ role: 'gridLeader', gridId: 'g1' }])
    expect(pick({ kind: 'gridMembers', gridId: 'g1' }, [leader])).toEqual([])
  })

  it('a captain with other roles is in their team; a captain of another team is not', () => {
    const cap = person('c', [
      { role: 'resident', householdId: 'h1' },
      { role: 'teamCaptain', teamId: 't1' },
    ])
    const otherCap = person('oc', [{ role: 'teamCaptain', teamId: 't2' }])
    expect(pick({ kind: 'team', teamId: 't1' }, [cap, otherCap])).toEqual(['c'])
  })

  it('a resident of an unknown household has no residence', () => {
    const lost = person('lost', [{ role: 'resident', householdId: 'h-unknown' }])
    expect(selectRecipients({ kind: 'community' }, 'c1', [lost], PLACES)).toEqual([
      { personId: 'lost', openid: 'o-lost', householdId: null, buildingId: null, gridId: null },
    ])
  })
})

describe('mayTarget', () => {
  const leader = anActor({ roles: [{ role: 'gridLeader', gridId: 'g1' }] })
  const captain = anActor({ roles: [{ role: 'teamCaptain', teamId: 't1' }] })
  const staff = anActor({ roles: [{ role: 'staff' }] })

  it('a grid leader reaches their own grid, its buildings and members, nothing else', () => {
    expect(mayTarget(leader, { kind: 'grid', gridId: 'g1' })).toBe(true)
    expect(mayTarget(leader, { kind: 'buildings', gridId: 'g1', buildingIds: ['b1'] })).toBe(true)
    expect(mayTarget(leader, { kind: 'gridMembers', gridId: 'g1' })).toBe(true)
    expect(mayTarget(leader, { kind: 'grid', gridId: 'g2' })).toBe(false)
    expect(mayTarget(leader, { kind: 'community' })).toBe(false)
    expect(mayTarget(leader, { kind: 'team', teamId: 't1' })).toBe(false)
  })

  it('a grid leader with other roles still reaches their grid; a member posted there does not', () => {
    const busy = anActor({
      roles: [
        { role: 'resident', householdId: 'h1' },
        { role: 'gridLeader', gridId: 'g1' },
      ],
    })
    const member = anActor({ roles: [{ role: 'member', gridId: 'g1' }] })
    expect(mayTarget(busy, { kind: 'grid', gridId: 'g1' })).toBe(true)
    expect(mayTarget(member, { kind: 'grid', gridId: 'g1' })).toBe(false)
  })

  it('a captain with other roles still reaches their team', () => {
    const busy = anActor({
      roles: [
        { role: 'resident', householdId: 'h1' },
        { role: 'teamCaptain', teamId: 't1' },
      ],
    })
    expect(mayTarget(busy, { kind: 'team', teamId: 't1' })).toBe(true)
  })

  it('a captain reaches their team only; staff reach anyone', () => {
    expect(mayTarget(captain, { kind: 'team', teamId: 't1' })).toBe(true)
    expect(mayTarget(captain, { kind: 'team', teamId: 't2' })).toBe(false)
    expect(mayTarget(captain, { kind: 'allMembers' })).toBe(false)
    expect(mayTarget(staff, { kind: 'community' })).toBe(true)
    expect(mayTarget(staff, { kind: 'allMembers' })).toBe(true)
  })

  it('households count for residence targets only', () => {
    expect(targetsHouseholds({ kind: 'grid', gridId: 'g1' })).toBe(true)
    expect(targetsHouseholds({ kind: 'team', teamId: 't1' })).toBe(false)
    expect(targetsHouseholds({ kind: 'allMembers' })).toBe(false)
    expect(targetsHouseholds({ kind: 'buildings', gridId: 'g1', buildingIds: ['b1'] })).toBe(true)
    expect(targetsHouseholds({ kind: 'community' })).toBe(true)
    expect(targetsHouseholds({ kind: 'gridMembers', gridId: 'g1' })).toBe(false)
  })
})
