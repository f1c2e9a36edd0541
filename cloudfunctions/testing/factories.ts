// Test data for the backend's unit tests: a stored request and an actor, with overrides.
import { requestDocSchema, type NewRequestDoc, type RequestDoc } from '@linli/types'
import type { Actor } from '../domain/actor'

export const T0 = new Date('2026-11-26T02:00:00Z')

/** A verified resident's repair request in grid g1, open on the board, due at the end of the day. */
export const aRequest = (overrides: Partial<NewRequestDoc> = {}): RequestDoc =>
  requestDocSchema.parse({
    _id: 'r1',
    communityId: 'c1',
    gridId: 'g1',
    buildingId: 'b1',
    householdId: 'h1',
    reporterOpenid: 'reporter',
    reporterId: 'p-reporter',
    category: 'repair',
    description: '3号楼楼道灯坏了',
    photos: [],
    urgency: 'normal',
    hideName: false,
    channel: 'miniProgram',
    status: 'open',
    handlingMode: 'sameDay',
    suggestedTeamKinds: ['skills'],
    sensitive: false,
    dueAt: new Date('2026-11-26T15:59:59.999Z'),
    clientRequestId: 'client-0001',
    createdAt: T0,
    updatedAt: T0,
    timeline: [{ type: 'reported', at: T0, by: 'p-reporter' }],
    ...overrides,
  })

export const anActor = (overrides: Partial<Actor> = {}): Actor => ({
  kind: 'person',
  openid: 'someone',
  personId: 'p-someone',
  name: '李志强',
  communityId: 'c1',
  roles: [],
  verified: true,
  captainTeams: [],
  ...overrides,
})

/** The people of the unit tests, by the part they play for request r1 in grid g1. */
export const ACTORS = {
  reporter: anActor({
    openid: 'reporter',
    personId: 'p-reporter',
    roles: [{ role: 'resident', householdId: 'h1' }],
  }),
  neighbour: anActor({
    openid: 'neighbour',
    personId: 'p-neighbour',
    roles: [{ role: 'resident', householdId: 'h2' }],
  }),
  newcomer: anActor({ openid: 'newcomer', personId: null, name: null, verified: false }),
  member: anActor({
    openid: 'member',
    personId: 'p-member',
    roles: [{ role: 'member', gridId: 'g1' }],
  }),
  otherMember: anActor({
    openid: 'other-member',
    personId: 'p-other-member',
    roles: [{ role: 'member', gridId: 'g2' }],
  }),
  skillsCaptain: anActor({
    openid: 'captain',
    personId: 'p-captain',
    roles: [{ role: 'teamCaptain', teamId: 'team-skills' }],
    captainTeams: [{ id: 'team-skills', kind: 'skills', name: '技能志愿服务队' }],
  }),
  leader: anActor({
    openid: 'leader',
    personId: 'p-leader',
    roles: [{ role: 'gridLeader', gridId: 'g1' }],
  }),
  otherLeader: anActor({
    openid: 'other-leader',
    personId: 'p-other-leader',
    roles: [{ role: 'gridLeader', gridId: 'g2' }],
  }),
  liaison: anActor({
    openid: 'liaison',
    personId: 'p-liaison',
    roles: [{ role: 'unitLiaison', unitId: 'unit-1' }],
  }),
  staff: anActor({ openid: 'staff', personId: 'p-staff', roles: [{ role: 'staff' }] }),
} satisfies Record<string, Actor>
