import type { NewRequestDoc, Role } from '@linli/types'
import { ACTORS, anActor, aRequest } from '../testing/factories'
import {
  boardGridIds,
  gridBoardView,
  mayFollow,
  postedGridIds,
  requestVisibility,
  type Visibility,
} from './visibility'
import { systemActor, type Actor } from './actor'

const medical: Partial<NewRequestDoc> = {
  category: 'medical',
  sensitive: true,
  suggestedTeamKinds: ['medical'],
}
const memberHandler = { kind: 'member' as const, id: 'p-member', name: '李志强' }

describe('requestVisibility (DESIGN §3 Privacy)', () => {
  it.each<[string, Partial<NewRequestDoc>, Actor, Visibility]>([
    ['the reporter', {}, ACTORS.reporter, 'full'],
    ['the grid leader', {}, ACTORS.leader, 'full'],
    ['staff', {}, ACTORS.staff, 'full'],
    ['admin', {}, anActor({ roles: [{ role: 'admin' }] }), 'full'],
    ['a posted member', {}, ACTORS.member, 'masked'],
    ['a captain of a suggested team', {}, ACTORS.skillsCaptain, 'masked'],
    ['a follower', { followers: ['neighbour'] }, ACTORS.neighbour, 'masked'],
    ['a neighbour who does not follow', {}, ACTORS.neighbour, 'none'],
    ['another grid’s member', {}, ACTORS.otherMember, 'none'],
    ['another grid’s leader', {}, ACTORS.otherLeader, 'none'],
    [
      'staff of another community',
      {},
      anActor({ communityId: 'c2', roles: [{ role: 'staff' }] }),
      'none',
    ],
    ['a unit liaison, before a transfer', {}, ACTORS.liaison, 'none'],
    [
      'the unit liaison after a transfer',
      { status: 'assigned', handler: { kind: 'unit', id: 'unit-1', name: '住建局' } },
      ACTORS.liaison,
      'full',
    ],
    ['a member while it waits for the leader', { status: 'submitted' }, ACTORS.member, 'none'],
    ['the leader while it waits', { status: 'submitted' }, ACTORS.leader, 'full'],
    ['a posted member, medical', medical, ACTORS.member, 'none'],
    [
      'a medical captain, medical',
      medical,
      anActor({ captainTeams: [{ id: 't', kind: 'medical', name: '医疗队' }] }),
      'none',
    ],
    [
      'the assignee, medical',
      { ...medical, status: 'assigned', handler: memberHandler },
      ACTORS.member,
      'full',
    ],
    ['a posted member, a dispute', { category: 'dispute', sensitive: true }, ACTORS.member, 'none'],
    [
      'a posted member, a claimed one',
      { status: 'claimed', handler: { ...memberHandler, id: 'p-x' } },
      ACTORS.member,
      'masked',
    ],
  ])('%s → %s', (_name, overrides, viewer, expected) => {
    expect(requestVisibility(aRequest(overrides), viewer)).toBe(expected)
  })

  it('lets residents and newcomers follow what they cannot otherwise see', () => {
    expect(mayFollow(aRequest(), ACTORS.neighbour)).toBe(true)
    expect(mayFollow(aRequest(), ACTORS.newcomer)).toBe(true)
    expect(mayFollow(aRequest(), ACTORS.member)).toBe(false)
    expect(mayFollow(aRequest(), ACTORS.reporter)).toBe(false)
    expect(mayFollow(aRequest(medical), ACTORS.neighbour)).toBe(false)
  })
})

describe('grid boards', () => {
  it('opens a grid as leader, member or not at all', () => {
    const roles: Role[] = [
      { role: 'member', gridId: 'g1' },
      { role: 'gridLeader', gridId: 'g2' },
    ]
    expect(gridBoardView(roles, 'g1')).toBe('member')
    expect(gridBoardView(roles, 'g2')).toBe('leader')
    expect(gridBoardView(roles, 'g3')).toBeNull()
    expect(gridBoardView([{ role: 'staff' }], 'g3')).toBe('leader')
  })

  it('lists each grid a caller serves once', () => {
    const roles: Role[] = [
      { role: 'member', gridId: 'g1' },
      { role: 'gridLeader', gridId: 'g1' },
      { role: 'member', gridId: null },
      { role: 'resident', householdId: 'h' },
    ]
    expect(boardGridIds(roles)).toEqual(['g1'])
  })
})

describe('visibility: the edges', () => {
  it('shows the system (a timer) everything in its own community, nothing elsewhere', () => {
    expect(requestVisibility(aRequest(medical), systemActor('c1'))).toBe('full')
    expect(requestVisibility(aRequest(), systemActor('c2'))).toBe('none')
  })

  it('lets nobody follow a request of another community', () => {
    const elsewhere = anActor({ openid: 'far', communityId: 'c2' })
    expect(mayFollow(aRequest(), elsewhere)).toBe(false)
  })

  it('opens the boards of grids led or served, not of a member with no grid yet', () => {
    const roles: Role[] = [
      { role: 'resident', householdId: 'h' },
      { role: 'gridLeader', gridId: 'g1' },
      { role: 'member', gridId: 'g2' },
      { role: 'member', gridId: null },
      { role: 'staff' },
      { role: 'unitLiaison', unitId: 'g3' },
    ]
    expect(boardGridIds(roles)).toStrictEqual(['g1', 'g2'])
  })

  it('lists the grids where one serves as a posted member, once each', () => {
    const roles: Role[] = [
      { role: 'member', gridId: 'g2' },
      { role: 'gridLeader', gridId: 'g1' },
      { role: 'member', gridId: null },
      { role: 'member', gridId: 'g2' },
      { role: 'member', gridId: 'g4' },
    ]
    expect(postedGridIds(roles)).toStrictEqual(['g2', 'g4'])
    expect(postedGridIds([])).toStrictEqual([])
  })
})
