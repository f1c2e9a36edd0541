import { ACTORS, anActor } from '../testing/factories'
import { actsForHandler, ownHandlerKeys, systemActor } from './actor'

const resident = { role: 'resident' as const, householdId: 'h1' }

describe('systemActor', () => {
  it('is nobody in particular, in one community, with no roles', () => {
    expect(systemActor('c9')).toStrictEqual({
      kind: 'system',
      openid: '',
      personId: null,
      name: null,
      communityId: 'c9',
      roles: [],
      verified: true,
      captainTeams: [],
    })
  })
})

describe('actsForHandler: who acts for each kind of handler', () => {
  const handled = (kind: 'member' | 'team' | 'unit' | 'department', id: string) => ({
    handler: { kind, id, name: '某' },
    gridId: 'g1',
  })

  it.each([
    ['the member themself', handled('member', 'p-member'), ACTORS.member, true],
    ['another member', handled('member', 'p-member'), ACTORS.otherMember, false],
    [
      'the team captain, whatever else they are',
      handled('team', 'team-skills'),
      anActor({ roles: [resident, { role: 'teamCaptain', teamId: 'team-skills' }] }),
      true,
    ],
    [
      'the captain of another team',
      handled('team', 'team-skills'),
      anActor({ roles: [{ role: 'teamCaptain', teamId: 'team-legal' }] }),
      false,
    ],
    [
      'a liaison whose unit id happens to match the team',
      handled('team', 'team-skills'),
      anActor({ roles: [{ role: 'unitLiaison', unitId: 'team-skills' }] }),
      false,
    ],
    [
      'the unit liaison, whatever else they are',
      handled('unit', 'unit-1'),
      anActor({ roles: [resident, { role: 'unitLiaison', unitId: 'unit-1' }] }),
      true,
    ],
    [
      'the liaison of another unit',
      handled('unit', 'unit-1'),
      anActor({ roles: [{ role: 'unitLiaison', unitId: 'unit-2' }] }),
      false,
    ],
    [
      'a captain whose team id happens to match the unit',
      handled('unit', 'unit-1'),
      anActor({ roles: [{ role: 'teamCaptain', teamId: 'unit-1' }] }),
      false,
    ],
    ['the grid leader for a department', handled('department', 'dept-1'), ACTORS.leader, true],
    ['staff for a department', handled('department', 'dept-1'), ACTORS.staff, true],
    ['a member for a department', handled('department', 'dept-1'), ACTORS.member, false],
    [
      'another grid’s leader for a department',
      handled('department', 'dept-1'),
      ACTORS.otherLeader,
      false,
    ],
    [
      'the system, even with the member’s id',
      handled('member', 'p-member'),
      { ...systemActor('c1'), personId: 'p-member' },
      false,
    ],
    ['anyone when there is no handler', { handler: null, gridId: 'g1' }, ACTORS.staff, false],
  ])('%s: %s', (_name, request, actor, expected) => {
    expect(actsForHandler(request, actor)).toBe(expected)
  })
})

describe('ownHandlerKeys: the keys of "my tasks"', () => {
  it('lists the person, the teams they captain and the units they liaise for', () => {
    const actor = anActor({
      personId: 'p-1',
      roles: [
        resident,
        { role: 'teamCaptain', teamId: 't-1' },
        { role: 'member', gridId: 'g1' },
        { role: 'unitLiaison', unitId: 'u-1' },
        { role: 'staff' },
      ],
    })
    expect(ownHandlerKeys(actor)).toStrictEqual(['member:p-1', 'team:t-1', 'unit:u-1'])
  })

  it('has no member key for someone not yet a verified person', () => {
    expect(ownHandlerKeys(anActor({ personId: null, roles: [resident] }))).toStrictEqual([])
  })
})
