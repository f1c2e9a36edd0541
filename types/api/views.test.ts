// Response views and stored shapes written out in full: a field the schema forgets is a failing test.
import { issueSchema } from '../errors'
import {
  buildingSchema,
  communitySchema,
  gridSchema,
  householdSchema,
  teamSchema,
  unitSchema,
} from '../entities/org'
import { memberProfileSchema, personSchema } from '../entities/person'
import { requestDocSchema, timelineEventSchema } from '../entities/request'
import { pageInputSchema, pageSchema } from '../pagination'
import { API } from './index'
import {
  listAssigneesInputSchema,
  listAssigneesOutputSchema,
  listBuildingsOutputSchema,
  listHouseholdsInputSchema,
  listHouseholdsOutputSchema,
  listLimitHitsInputSchema,
  listLimitHitsOutputSchema,
  meOutputSchema,
} from './org'
import {
  getRequestInputSchema,
  listBoardInputSchema,
  listForGridInputSchema,
  listMineInputSchema,
  listMyTasksInputSchema,
  reportRequestOutputSchema,
  requestDetailSchema,
  requestPageSchema,
  requestSummarySchema,
  similarInputSchema,
  similarOutputSchema,
} from './requests'
import { keeps, ok } from '../testing/schema-checks'

const iso = '2026-11-26T02:00:00.000Z'
const at = new Date(iso)

const summary = {
  id: 'r1',
  gridId: 'g1',
  category: 'repair',
  status: 'open',
  urgency: 'urgent',
  buildingId: 'b1',
  buildingName: '3号楼',
  excerpt: '楼道灯坏了',
  photoCount: 1,
  createdAt: iso,
  dueAt: iso,
  overdue: false,
}

describe('response views of `requests`', () => {
  it('keep every field of a summary, a page and a report result', () => {
    keeps(requestSummarySchema, summary)
    keeps(requestPageSchema, { items: [summary], nextCursor: 'abc' })
    keeps(similarOutputSchema, { items: [{ ...summary, following: true }] })
    keeps(reportRequestOutputSchema, { id: 'r1', gridId: 'g1', status: 'submitted' })
  })

  it('keep every field of a detail, down to the rating, the 回访 and the 12345 order', () => {
    keeps(requestDetailSchema, {
      ...summary,
      gridName: '第一网格',
      description: '3号楼楼道灯坏了',
      photos: [{ fileId: 'cloud://env/p/1.jpg', url: 'https://tmp/1.jpg' }],
      handlingMode: 'sameDay',
      suggestedTeamKinds: ['skills'],
      hideName: false,
      masked: false,
      channel: 'hotline12345',
      reporter: { name: '王阿姨', phone: '13912345678', room: '2单元301' },
      handler: { kind: 'member', id: 'p1', name: '李志强', badges: ['pioneerPost'] },
      rating: { stars: 2, comment: '慢' },
      followUp: { status: 'done', note: '已上门' },
      hotline: { orderNo: 'GD-1', dueAt: iso, outcome: '已修好', reportedBackAt: iso },
      duplicateOf: null,
      escalationLevel: 1,
      followerCount: 2,
      following: false,
      actions: ['confirm', 'reopen'],
      timeline: [
        { type: 'resolved', at: iso, note: '已修好', photos: [{ fileId: 'f', url: 'u' }] },
      ],
    })
    const pending = { status: 'pending', note: null }
    expect(requestDetailSchema.shape.followUp.parse(pending)).toStrictEqual(pending)
    // The handler carries its badges (党员标兵岗 on the request); no other badge is known.
    const handler = requestDetailSchema.shape.handler
    keeps(handler, { kind: 'team', id: 't1', name: '医疗队', badges: [] })
    expect(ok(handler, { kind: 'member', id: 'p1', name: '李志强' })).toBe(false)
    expect(ok(handler, { kind: 'member', id: 'p1', name: '李志强', badges: ['star'] })).toBe(false)
  })

  it('read list filters with their defaults', () => {
    keeps(getRequestInputSchema, { id: 'r1' })
    expect(listMineInputSchema.parse({})).toStrictEqual({ limit: 20 })
    expect(listForGridInputSchema.parse({})).toStrictEqual({ limit: 20, status: 'active' })
    keeps(listForGridInputSchema, { limit: 5, gridId: 'g1', status: 'all' })
    expect(listBoardInputSchema.parse({})).toStrictEqual({ limit: 20, status: 'open' })
    for (const status of ['open', 'taken', 'active']) {
      keeps(listBoardInputSchema, { limit: 20, gridId: 'g1', category: 'repair', status })
    }
    expect(listMyTasksInputSchema.parse({})).toStrictEqual({ limit: 20, status: 'active' })
    keeps(listMyTasksInputSchema, { limit: 20, status: 'done' })
    keeps(similarInputSchema, { category: 'repair', buildingId: 'b1' })
    expect(listBoardInputSchema.safeParse({ status: 'mine' }).success).toBe(false)
  })

  it('page 1 to 50 items, 20 by default, with a cursor of at most 200 characters', () => {
    const ok = (input: unknown) => pageInputSchema.safeParse(input).success
    expect([0, 1, 50, 51, 2.5].map((limit) => ok({ limit }))).toEqual([
      false,
      true,
      true,
      false,
      false,
    ])
    expect(ok({ cursor: 'abc' })).toBe(true)
    expect(ok({ cursor: 'c'.repeat(200) })).toBe(true)
    expect(ok({ cursor: 'c'.repeat(201) })).toBe(false)
    keeps(pageSchema(issueSchema), { items: [{ path: ['a', 1], message: 'x' }], nextCursor: null })
  })
})

describe('response views of `org`', () => {
  const place = { id: 'g1', name: '第一网格' }
  it('keep every field', () => {
    keeps(meOutputSchema, {
      personId: 'p1',
      name: '王阿姨',
      verified: true,
      communityId: 'c1',
      roles: [{ role: 'resident', householdId: 'h1' }],
      household: { id: 'h1', room: '2单元301' },
      building: { id: 'b1', name: '3号楼' },
      grid: place,
      boardGrids: [place],
      categories: [{ id: 'repair', name: '维修', sensitive: false }],
    })
    keeps(listBuildingsOutputSchema, { items: [{ id: 'b1', name: '3号楼', gridId: 'g1' }] })
    keeps(listHouseholdsInputSchema, { buildingId: 'b1' })
    keeps(listHouseholdsOutputSchema, {
      items: [{ id: 'h1', room: '2单元301', residentName: null }],
    })
    keeps(listAssigneesInputSchema, { gridId: 'g1' })
    keeps(listAssigneesOutputSchema, {
      members: [{ id: 'p1', name: '李志强', specialties: ['skills'] }],
      teams: [{ id: 't1', name: '技能队', kind: 'skills' }],
      units: [{ id: 'u1', name: '市住建局' }],
    })
    // Staff's view of who hit a limit: 50 by default, 1 to 100.
    expect(listLimitHitsInputSchema.parse({})).toStrictEqual({ limit: 50 })
    expect(listLimitHitsInputSchema.safeParse({ limit: 100 }).success).toBe(true)
    expect(listLimitHitsInputSchema.safeParse({ limit: 101 }).success).toBe(false)
    expect(listLimitHitsInputSchema.safeParse({ limit: 0 }).success).toBe(false)
    expect(listLimitHitsInputSchema.safeParse({ limit: 1.5 }).success).toBe(false)
    expect(listLimitHitsInputSchema.safeParse({ limit: 5, openid: 'x' }).success).toBe(false)
    const hit = { openid: 'o1', name: null, at: iso, count: 3 }
    keeps(listLimitHitsOutputSchema, {
      items: [
        { ...hit, limit: 'writesPerMinute' },
        { ...hit, name: '李志强', limit: 'reportsPerHour' },
      ],
    })
    expect(
      listLimitHitsOutputSchema.safeParse({ items: [{ ...hit, limit: 'other' }] }).success,
    ).toBe(false)
    expect(listLimitHitsOutputSchema.safeParse({ items: [{ ...hit, limit: '' }] }).success).toBe(
      false,
    )
  })
})

describe('stored shapes', () => {
  it('keep every field of the organisation tree', () => {
    keeps(communitySchema, { _id: 'c1', name: '益民社区', city: '太原' })
    for (const kind of ['government', 'school', 'hospital', 'enterprise', 'finance', 'other']) {
      keeps(unitSchema, {
        _id: 'u1',
        communityId: 'c1',
        name: '单位',
        kind,
        partyOrgName: '党支部',
      })
    }
    expect(unitSchema.shape.kind.options).toHaveLength(6)
    keeps(gridSchema, { _id: 'g1', communityId: 'c1', name: '第一网格', leaderId: 'p1' })
    keeps(buildingSchema, { _id: 'b1', communityId: 'c1', gridId: 'g1', name: '3号楼', order: 3 })
    keeps(householdSchema, {
      _id: 'h1',
      communityId: 'c1',
      buildingId: 'b1',
      gridId: 'g1',
      room: '2单元301',
    })
    keeps(teamSchema, {
      _id: 't1',
      communityId: 'c1',
      name: '技能队',
      kind: 'skills',
      captainId: null,
    })
  })

  it('keep a person with every kind of role and a member profile', () => {
    keeps(personSchema, {
      _id: 'p1',
      communityId: 'c1',
      openid: 'o1',
      name: '李志强',
      phone: null,
      verified: true,
      roles: [
        { role: 'resident', householdId: 'h1' },
        { role: 'member', gridId: null },
        { role: 'teamCaptain', teamId: 't1' },
        { role: 'buildingLeader', buildingId: 'b1' },
        { role: 'gridLeader', gridId: 'g1' },
        { role: 'unitLiaison', unitId: 'u1' },
        { role: 'staff' },
        { role: 'admin' },
      ],
      member: {
        kind: 'retired',
        partyOrgName: '第一党支部',
        unitId: null,
        teamIds: ['t1'],
        specialties: ['skills'],
        photo: null,
        badges: ['pioneerPost'],
      },
    })
  })

  it('loads a member profile stored before issue 8 (no photo, no badges)', () => {
    const older = {
      kind: 'inService',
      partyOrgName: '机关党支部',
      unitId: 'u1',
      teamIds: [],
      specialties: [],
    }
    expect(memberProfileSchema.parse(older)).toEqual({ ...older, photo: null, badges: [] })
  })

  it('fills a request written before the request loop with its defaults', () => {
    const event = { type: 'reported', at, by: 'p1', note: '代办', photos: ['cloud://a'] }
    keeps(timelineEventSchema, event)
    const old = {
      _id: 'r1',
      communityId: 'c1',
      gridId: 'g1',
      buildingId: 'b1',
      householdId: null,
      reporterOpenid: 'o1',
      reporterId: null,
      category: 'repair',
      description: '楼道灯坏了',
      photos: [],
      urgency: 'normal',
      hideName: false,
      channel: 'miniProgram',
      status: 'open',
      handlingMode: 'sameDay',
      suggestedTeamKinds: ['skills'],
      sensitive: false,
      dueAt: at,
      clientRequestId: 'client-1',
      createdAt: at,
      updatedAt: at,
      timeline: [event],
    }
    expect(requestDocSchema.parse(old)).toStrictEqual({
      ...old,
      version: 0,
      handler: null,
      handlerKey: null,
      followers: [],
      rating: null,
      followUp: null,
      escalationLevel: 0,
      duplicateOf: null,
      hotline: null,
      recordedBy: null,
      claimedAt: null,
      resolvedAt: null,
      closedAt: null,
      appliedKeys: [],
      heldTexts: [],
      rejectedTexts: [],
    })
    expect(requestDocSchema.parse({ ...old, version: 7 }).version).toBe(7)
    expect(requestDocSchema.safeParse({ ...old, version: -1 }).success).toBe(false)
  })
})

describe('the API map: who may call what', () => {
  const LEADERS = ['gridLeader', 'staff', 'admin']
  const HANDLERS = ['member', 'teamCaptain', 'unitLiaison', 'gridLeader', 'staff', 'admin']
  it.each([
    ['org', 'me', 'anyone'],
    ['org', 'listBuildings', 'anyone'],
    ['org', 'listHouseholds', LEADERS],
    ['org', 'listAssignees', LEADERS],
    ['org', 'setup', ['staff', 'admin']],
    ['org', 'saveGrid', ['staff', 'admin']],
    ['org', 'saveBuilding', ['staff', 'admin']],
    ['org', 'saveUnit', ['staff', 'admin']],
    ['org', 'saveTeam', ['staff', 'admin']],
    ['org', 'savePost', ['staff', 'admin']],
    ['org', 'rules', ['staff', 'admin']],
    ['org', 'updateRules', ['staff', 'admin']],
    ['org', 'ruleChanges', ['staff', 'admin']],
    ['org', 'importHouseholds', ['staff', 'admin']],
    ['org', 'requestJoin', 'anyone'],
    ['org', 'listJoinRequests', LEADERS],
    ['org', 'decideJoin', LEADERS],
    ['org', 'createInviteCode', 'anyone'],
    ['org', 'joinHousehold', 'anyone'],
    ['requests', 'report', 'anyone'],
    ['requests', 'reportOnBehalf', LEADERS],
    ['requests', 'get', 'anyone'],
    ['requests', 'similar', 'anyone'],
    ['requests', 'listMine', 'anyone'],
    ['requests', 'listForGrid', ['gridLeader', 'member', 'staff', 'admin']],
    ['requests', 'listBoard', ['member', 'teamCaptain']],
    ['requests', 'listMyTasks', ['member', 'teamCaptain', 'unitLiaison']],
    ['requests', 'accept', LEADERS],
    ['requests', 'claim', ['member', 'teamCaptain']],
    ['requests', 'assign', LEADERS],
    ['requests', 'transfer', LEADERS],
    ['requests', 'reject', LEADERS],
    ['requests', 'start', HANDLERS],
    ['requests', 'progress', HANDLERS],
    ['requests', 'resolve', HANDLERS],
    ['requests', 'confirm', 'anyone'],
    ['requests', 'reopen', 'anyone'],
    ['requests', 'cancel', 'anyone'],
    ['requests', 'follow', 'anyone'],
    ['requests', 'recordFollowUp', LEADERS],
    ['requests', 'reportBack', ['staff', 'admin']],
  ])('%s.%s: %j', (fn, action, roles) => {
    const spec = (API as Record<string, Record<string, { roles: unknown }>>)[fn]?.[action]
    expect(spec?.roles).toEqual(roles)
  })

  it('answers every lifecycle action with the request as the caller now sees it', () => {
    const lifecycle = ['accept', 'claim', 'assign', 'transfer', 'reject', 'start', 'progress']
    for (const action of [...lifecycle, 'resolve', 'confirm', 'reopen', 'cancel', 'follow']) {
      expect(API.requests[action as 'accept'].output).toBe(requestDetailSchema)
    }
    expect(API.requests.recordFollowUp.output).toBe(requestDetailSchema)
    expect(API.requests.reportBack.output).toBe(requestDetailSchema)
    expect(Object.keys(API.org)).toHaveLength(20)
    expect(Object.keys(API.requests)).toHaveLength(22)
  })

  it('counts exactly the actions that write against the per-person write allowance', () => {
    const writes = Object.entries(API).flatMap(([fn, actions]) =>
      Object.entries(actions).flatMap(([name, spec]) =>
        (spec as { kind: string }).kind === 'write' ? [`${fn}.${name}`] : [],
      ),
    )
    const reads = Object.values(API).flatMap((actions) =>
      Object.values(actions).map((spec) => (spec as { kind: string }).kind),
    )
    expect(reads.filter((k) => k !== 'write').every((k) => k === 'read')).toBe(true)
    expect(reads.filter((k) => k === 'read').length).toBe(reads.length - writes.length)
    expect(writes).toEqual([
      'org.saveGrid',
      'org.saveBuilding',
      'org.saveUnit',
      'org.saveTeam',
      'org.savePost',
      'org.updateRules',
      'org.importHouseholds',
      'org.requestJoin',
      'org.decideJoin',
      'org.createInviteCode',
      'org.joinHousehold',
      'requests.report',
      'requests.reportOnBehalf',
      'requests.accept',
      'requests.claim',
      'requests.assign',
      'requests.transfer',
      'requests.reject',
      'requests.start',
      'requests.progress',
      'requests.resolve',
      'requests.confirm',
      'requests.reopen',
      'requests.cancel',
      'requests.follow',
      'requests.recordFollowUp',
      'requests.reportBack',
      'notices.send',
      'notices.read',
      'notices.markVisited',
      'notices.subscribe',
      'notices.review',
      'members.pledge',
      'members.updatePledge',
      'members.register',
      'members.reviewRegistration',
      'members.logService',
      'members.verifyService',
      'members.setPointsRules',
      'members.awardBadge',
      'members.setPhoto',
      'evaluations.openRound',
      'evaluations.rate',
      'evaluations.appeal',
      'evaluations.answerAppeal',
      'offerings.publish',
      'offerings.book',
      'offerings.cancelBooking',
      'offerings.markAttendance',
      'activities.create',
      'activities.signUp',
      'activities.cancelSignUp',
      'activities.checkIn',
      'meetings.record',
      'meetings.updateDecision',
    ])
  })
})
