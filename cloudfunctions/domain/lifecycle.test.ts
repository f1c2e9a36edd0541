import type { ErrorCode, NewRequestDoc, RequestStatus } from '@linli/types'
import { ACTORS, aRequest, T0 } from '../testing/factories'
import { systemActor, type Actor } from './actor'
import { allowedActions, claimCapacities, transition } from './lifecycle'
import type { Command } from './lifecycle-commands'

const HOUR = 3_600_000
const at = (hoursAfterT0: number) => new Date(T0.getTime() + hoursAfterT0 * HOUR)
const memberHandler = { kind: 'member' as const, id: 'p-member', name: '李志强' }
const unitHandler = { kind: 'unit' as const, id: 'unit-1', name: '市住建局' }
const SYSTEM = systemActor('c1')

const decide = (
  overrides: Partial<NewRequestDoc>,
  command: Command,
  actor: Actor,
  now: Date = at(1),
) => transition(aRequest(overrides), command, actor, now)

const statusAfter = (
  ...args: Parameters<typeof decide>
): RequestStatus | ErrorCode | 'unchanged' => {
  const result = decide(...args)
  return result.ok ? (result.set.status ?? 'unchanged') : result.code
}

describe('transition: every allowed move, with the state it reaches (DESIGN §3)', () => {
  it.each<[string, Partial<NewRequestDoc>, Command, Actor, RequestStatus | 'unchanged']>([
    [
      'leader accepts a newcomer report',
      { status: 'submitted' },
      { action: 'accept' },
      ACTORS.leader,
      'open',
    ],
    ['staff accept it too', { status: 'submitted' }, { action: 'accept' }, ACTORS.staff, 'open'],
    [
      'a posted member claims',
      {},
      { action: 'claim', handler: memberHandler },
      ACTORS.member,
      'claimed',
    ],
    [
      'a skills captain claims for the team',
      {},
      { action: 'claim', handler: { kind: 'team', id: 'team-skills', name: '技能队' } },
      ACTORS.skillsCaptain,
      'claimed',
    ],
    [
      'the leader assigns',
      {},
      { action: 'assign', handler: memberHandler, note: null },
      ACTORS.leader,
      'assigned',
    ],
    [
      'the leader reassigns a claimed one',
      { status: 'claimed', handler: memberHandler },
      { action: 'assign', handler: memberHandler, note: '换人' },
      ACTORS.leader,
      'assigned',
    ],
    [
      'staff transfer to a unit',
      { status: 'inProgress' },
      { action: 'transfer', handler: unitHandler, reason: '部门事' },
      ACTORS.staff,
      'assigned',
    ],
    [
      'the leader rejects',
      { status: 'submitted' },
      { action: 'reject', reason: '重复', duplicateOf: 'r0' },
      ACTORS.leader,
      'rejected',
    ],
    [
      'the handler starts',
      { status: 'claimed', handler: memberHandler },
      { action: 'start' },
      ACTORS.member,
      'inProgress',
    ],
    [
      'the handler reports progress',
      { status: 'inProgress', handler: memberHandler },
      { action: 'progress', note: '已买灯泡', photos: [] },
      ACTORS.member,
      'unchanged',
    ],
    [
      'the handler resolves',
      { status: 'inProgress', handler: memberHandler },
      { action: 'resolve', note: '已修好', photos: [] },
      ACTORS.member,
      'resolved',
    ],
    [
      'a claimed one is resolved straight away',
      { status: 'claimed', handler: memberHandler },
      { action: 'resolve', note: '已修好', photos: [] },
      ACTORS.member,
      'resolved',
    ],
    [
      'the unit liaison resolves a transferred one',
      { status: 'assigned', handler: unitHandler },
      { action: 'resolve', note: '已维修', photos: [] },
      ACTORS.liaison,
      'resolved',
    ],
    [
      'the reporter confirms',
      { status: 'resolved', handler: memberHandler },
      { action: 'confirm', rating: 5, comment: null },
      ACTORS.reporter,
      'closed',
    ],
    [
      'the reporter reopens',
      { status: 'resolved', handler: memberHandler },
      { action: 'reopen', reason: '还是不亮' },
      ACTORS.reporter,
      'reopened',
    ],
    [
      'the reporter cancels before a claim',
      {},
      { action: 'cancel', reason: null },
      ACTORS.reporter,
      'cancelled',
    ],
    ['a neighbour follows', {}, { action: 'follow' }, ACTORS.neighbour, 'unchanged'],
    [
      'a newcomer follows',
      { status: 'claimed', handler: memberHandler },
      { action: 'follow' },
      ACTORS.newcomer,
      'unchanged',
    ],
    [
      'the leader records a 回访',
      { status: 'closed', followUp: { status: 'pending', openedAt: T0 } },
      { action: 'recordFollowUp', note: '已上门' },
      ACTORS.leader,
      'unchanged',
    ],
    [
      'staff report a 12345 order back',
      { status: 'closed', channel: 'hotline12345', hotline: { orderNo: 'GD-1', dueAt: at(48) } },
      { action: 'reportBack', note: null },
      ACTORS.staff,
      'unchanged',
    ],
  ])('%s', (_name, overrides, command, actor, expected) => {
    expect(statusAfter(overrides, command, actor)).toBe(expected)
  })

  it('records the handler, the claim time and an event naming them', () => {
    const result = decide({}, { action: 'claim', handler: memberHandler }, ACTORS.member)
    expect(result).toEqual({
      ok: true,
      set: {
        status: 'claimed',
        handler: memberHandler,
        handlerKey: 'member:p-member',
        claimedAt: at(1),
        updatedAt: at(1),
      },
      events: [{ type: 'claimed', at: at(1), by: 'p-member', note: '李志强' }],
      effects: ['notifyReporter', 'notifyFollowers'],
      // Conditional on the state alone: of two racing claims only one still finds it open.
      condition: { statusIn: ['open'] },
    })
  })

  it('keeps the rating and opens a 回访 for 1 or 2 stars only', () => {
    const resolved = { status: 'resolved' as const, handler: memberHandler }
    const poor = decide(
      resolved,
      { action: 'confirm', rating: 2, comment: '态度差' },
      ACTORS.reporter,
    )
    const good = decide(resolved, { action: 'confirm', rating: 3, comment: null }, ACTORS.reporter)
    expect(poor.ok && poor.set.rating).toEqual({ stars: 2, comment: '态度差', at: at(1) })
    expect(poor.ok && poor.set.followUp).toEqual({
      status: 'pending',
      openedAt: at(1),
      doneAt: null,
      note: null,
    })
    expect(poor.ok && poor.events.map((e) => e.type)).toEqual(['confirmed', 'followUpOpened'])
    expect(poor.ok && poor.effects).toEqual([
      'notifyHandler',
      'writeServiceRecord',
      'notifyGridLeader',
    ])
    expect(good.ok && good.set.followUp).toBeNull()
    expect(good.ok && good.events.map((e) => e.type)).toEqual(['confirmed'])
  })

  it('keeps a 12345 order outcome when it is resolved', () => {
    const hotline = { orderNo: 'GD-7', dueAt: at(48) }
    const result = decide(
      { status: 'inProgress', handler: memberHandler, channel: 'hotline12345', hotline },
      { action: 'resolve', note: '已更换路灯', photos: ['cloud://env/p/1.jpg'] },
      ACTORS.member,
    )
    expect(result.ok && result.set.hotline).toEqual({
      ...hotline,
      outcome: '已更换路灯',
      reportedBackAt: null,
    })
    expect(result.ok && result.events[0]?.photos).toEqual(['cloud://env/p/1.jpg'])
  })
})

describe('transition: the system (timer) escalates and closes', () => {
  const dueAt = new Date('2026-11-26T10:00:00Z')
  it('tells the grid leader once a request is overdue, and staff a day later', () => {
    const late = decide({ dueAt }, { action: 'escalate' }, SYSTEM, new Date('2026-11-26T11:00:00Z'))
    expect(late.ok && late.set.escalationLevel).toBe(1)
    expect(late.ok && late.effects).toEqual(['notifyGridLeader'])
    const later = decide(
      { dueAt, escalationLevel: 1 },
      { action: 'escalate' },
      SYSTEM,
      new Date('2026-11-27T10:00:00Z'),
    )
    expect(later.ok && later.set.escalationLevel).toBe(2)
    expect(later.ok && later.effects).toEqual(['notifyGridLeader', 'notifyStaff'])
  })

  it('does not escalate before the due time or twice to the same level', () => {
    expect(
      statusAfter({ dueAt }, { action: 'escalate' }, SYSTEM, new Date('2026-11-26T09:59:00Z')),
    ).toBe('REQUEST.INVALID_STATE')
    expect(
      statusAfter(
        { dueAt, escalationLevel: 1 },
        { action: 'escalate' },
        SYSTEM,
        new Date('2026-11-26T12:00:00Z'),
      ),
    ).toBe('REQUEST.INVALID_STATE')
  })

  it('closes a resolved request after 7 unconfirmed days, not after 6', () => {
    const resolvedAt = new Date('2026-11-20T08:00:00Z')
    const resolved = { status: 'resolved' as const, resolvedAt, handler: memberHandler }
    expect(
      statusAfter(resolved, { action: 'autoClose' }, SYSTEM, new Date('2026-11-27T08:00:00Z')),
    ).toBe('closed')
    expect(
      statusAfter(resolved, { action: 'autoClose' }, SYSTEM, new Date('2026-11-26T08:00:00Z')),
    ).toBe('REQUEST.INVALID_STATE')
  })
})

describe('transition: every refusal, with its code', () => {
  it.each<[string, Partial<NewRequestDoc>, Command, Actor, ErrorCode]>([
    [
      'a second claim',
      { status: 'claimed', handler: memberHandler },
      { action: 'claim', handler: memberHandler },
      ACTORS.member,
      'REQUEST.ALREADY_TAKEN',
    ],
    [
      'a claim of a resolved one',
      { status: 'resolved', handler: memberHandler },
      { action: 'claim', handler: memberHandler },
      ACTORS.member,
      'REQUEST.ALREADY_TAKEN',
    ],
    [
      'a claim of a cancelled one',
      { status: 'cancelled' },
      { action: 'claim', handler: memberHandler },
      ACTORS.member,
      'REQUEST.INVALID_STATE',
    ],
    [
      'a claim by a member of another grid',
      {},
      { action: 'claim', handler: memberHandler },
      ACTORS.otherMember,
      'AUTH.FORBIDDEN',
    ],
    [
      'a claim of a sensitive request',
      { category: 'medical', sensitive: true, suggestedTeamKinds: ['medical'] },
      { action: 'claim', handler: memberHandler },
      ACTORS.member,
      'AUTH.FORBIDDEN',
    ],
    [
      'a claim by the grid leader',
      {},
      { action: 'claim', handler: memberHandler },
      ACTORS.leader,
      'AUTH.FORBIDDEN',
    ],
    [
      'a claim by a resident',
      {},
      { action: 'claim', handler: memberHandler },
      ACTORS.neighbour,
      'AUTH.FORBIDDEN',
    ],
    ['accepting an open one', {}, { action: 'accept' }, ACTORS.leader, 'REQUEST.INVALID_STATE'],
    [
      'assigning by another grid’s leader',
      {},
      { action: 'assign', handler: memberHandler, note: null },
      ACTORS.otherLeader,
      'AUTH.FORBIDDEN',
    ],
    [
      'assigning a closed one',
      { status: 'closed' },
      { action: 'assign', handler: memberHandler, note: null },
      ACTORS.leader,
      'REQUEST.INVALID_STATE',
    ],
    [
      'transferring by a member',
      {},
      { action: 'transfer', handler: unitHandler, reason: '部门事' },
      ACTORS.member,
      'AUTH.FORBIDDEN',
    ],
    [
      'rejecting a claimed one',
      { status: 'claimed', handler: memberHandler },
      { action: 'reject', reason: '重复', duplicateOf: null },
      ACTORS.leader,
      'REQUEST.INVALID_STATE',
    ],
    [
      'starting by someone who is not the handler',
      { status: 'claimed', handler: memberHandler },
      { action: 'start' },
      ACTORS.otherMember,
      'AUTH.FORBIDDEN',
    ],
    [
      'starting twice',
      { status: 'inProgress', handler: memberHandler },
      { action: 'start' },
      ACTORS.member,
      'REQUEST.INVALID_STATE',
    ],
    [
      'resolving with no handler',
      {},
      { action: 'resolve', note: '好了', photos: [] },
      ACTORS.member,
      'AUTH.FORBIDDEN',
    ],
    [
      'a liaison resolving another unit’s',
      { status: 'assigned', handler: { ...unitHandler, id: 'unit-2' } },
      { action: 'resolve', note: '好了', photos: [] },
      ACTORS.liaison,
      'AUTH.FORBIDDEN',
    ],
    [
      'progress before starting',
      { status: 'claimed', handler: memberHandler },
      { action: 'progress', note: '在办', photos: [] },
      ACTORS.member,
      'REQUEST.INVALID_STATE',
    ],
    [
      'confirming by anyone but the reporter',
      { status: 'resolved', handler: memberHandler },
      { action: 'confirm', rating: 5, comment: null },
      ACTORS.leader,
      'AUTH.FORBIDDEN',
    ],
    [
      'confirming twice',
      { status: 'closed', rating: { stars: 5, comment: null, at: T0 } },
      { action: 'confirm', rating: 1, comment: null },
      ACTORS.reporter,
      'REQUEST.ALREADY_RATED',
    ],
    [
      'confirming before it is resolved',
      { status: 'inProgress', handler: memberHandler },
      { action: 'confirm', rating: 5, comment: null },
      ACTORS.reporter,
      'REQUEST.INVALID_STATE',
    ],
    [
      'reopening by the handler',
      { status: 'resolved', handler: memberHandler },
      { action: 'reopen', reason: '没修好' },
      ACTORS.member,
      'AUTH.FORBIDDEN',
    ],
    [
      'reopening a closed one',
      { status: 'closed' },
      { action: 'reopen', reason: '没修好' },
      ACTORS.reporter,
      'REQUEST.INVALID_STATE',
    ],
    [
      'cancelling after a claim',
      { status: 'claimed', handler: memberHandler },
      { action: 'cancel', reason: null },
      ACTORS.reporter,
      'REQUEST.ALREADY_TAKEN',
    ],
    [
      'cancelling by someone else',
      {},
      { action: 'cancel', reason: null },
      ACTORS.leader,
      'AUTH.FORBIDDEN',
    ],
    [
      'the reporter following their own',
      {},
      { action: 'follow' },
      ACTORS.reporter,
      'AUTH.FORBIDDEN',
    ],
    [
      'following twice',
      { followers: ['neighbour'] },
      { action: 'follow' },
      ACTORS.neighbour,
      'AUTH.FORBIDDEN',
    ],
    [
      'following a sensitive one',
      { category: 'dispute', sensitive: true },
      { action: 'follow' },
      ACTORS.neighbour,
      'AUTH.FORBIDDEN',
    ],
    [
      'following one still waiting for the leader',
      { status: 'submitted' },
      { action: 'follow' },
      ACTORS.neighbour,
      'AUTH.FORBIDDEN',
    ],
    [
      'following a closed one',
      { status: 'closed' },
      { action: 'follow' },
      ACTORS.neighbour,
      'REQUEST.INVALID_STATE',
    ],
    [
      'a 回访 with none pending',
      { status: 'closed' },
      { action: 'recordFollowUp', note: '已上门' },
      ACTORS.leader,
      'REQUEST.INVALID_STATE',
    ],
    [
      'reporting back with no 12345 order',
      { status: 'closed' },
      { action: 'reportBack', note: null },
      ACTORS.staff,
      'REQUEST.INVALID_STATE',
    ],
    [
      'reporting back by a grid leader',
      { status: 'closed', hotline: { orderNo: 'GD-1', dueAt: at(48) } },
      { action: 'reportBack', note: null },
      ACTORS.leader,
      'AUTH.FORBIDDEN',
    ],
    [
      'a person escalating',
      { dueAt: at(-5) },
      { action: 'escalate' },
      ACTORS.staff,
      'AUTH.FORBIDDEN',
    ],
    [
      'a person auto-closing',
      { status: 'resolved', resolvedAt: at(-500) },
      { action: 'autoClose' },
      ACTORS.staff,
      'AUTH.FORBIDDEN',
    ],
    [
      'the system doing a person’s action',
      {},
      { action: 'claim', handler: memberHandler },
      SYSTEM,
      'AUTH.FORBIDDEN',
    ],
  ])('refuses %s', (_name, overrides, command, actor, code) => {
    expect(statusAfter(overrides, command, actor)).toBe(code)
  })
})

describe('allowedActions: the buttons each caller sees', () => {
  const claimed = { status: 'claimed' as const, handler: memberHandler }
  it.each<[string, Partial<NewRequestDoc>, Actor, string[]]>([
    ['the reporter of an open one', {}, ACTORS.reporter, ['cancel']],
    ['a posted member', {}, ACTORS.member, ['claim']],
    ['a captain of a suggested team', {}, ACTORS.skillsCaptain, ['claim']],
    ['the grid leader', {}, ACTORS.leader, ['assign', 'transfer', 'reject']],
    [
      'the grid leader of a newcomer report',
      { status: 'submitted' },
      ACTORS.leader,
      ['accept', 'assign', 'transfer', 'reject'],
    ],
    ['staff', {}, ACTORS.staff, ['assign', 'transfer', 'reject']],
    ['a neighbour', {}, ACTORS.neighbour, ['follow']],
    ['a neighbour already following', { followers: ['neighbour'] }, ACTORS.neighbour, []],
    ['another grid’s leader', {}, ACTORS.otherLeader, ['follow']],
    ['the handler of a claimed one', claimed, ACTORS.member, ['start', 'resolve']],
    [
      'the handler at work',
      { ...claimed, status: 'inProgress' },
      ACTORS.member,
      ['progress', 'resolve'],
    ],
    ['the leader of a claimed one', claimed, ACTORS.leader, ['assign', 'transfer']],
    [
      'the reporter of a resolved one',
      { ...claimed, status: 'resolved' },
      ACTORS.reporter,
      ['confirm', 'reopen'],
    ],
    [
      'the leader after a poor rating',
      { status: 'closed', followUp: { status: 'pending', openedAt: T0 } },
      ACTORS.leader,
      ['recordFollowUp'],
    ],
    ['the reporter of a closed one', { status: 'closed' }, ACTORS.reporter, []],
    ['the system', {}, SYSTEM, []],
  ])('%s', (_name, overrides, actor, expected) => {
    expect(allowedActions(aRequest(overrides), actor, at(1))).toEqual(expected)
  })
})

describe('the write condition: exactly what the decision rested on', () => {
  const claimed = {
    status: 'claimed' as const,
    handler: memberHandler,
    handlerKey: 'member:p-member',
  }
  it.each<[string, Partial<NewRequestDoc>, Command, Actor, object]>([
    [
      'a handler’s start keeps the handler',
      claimed,
      { action: 'start' },
      ACTORS.member,
      { statusIn: ['claimed', 'assigned', 'reopened'], handlerKey: 'member:p-member' },
    ],
    [
      'a follow joins once',
      {},
      { action: 'follow' },
      ACTORS.neighbour,
      {
        statusIn: ['open', 'claimed', 'assigned', 'inProgress', 'reopened'],
        notFollower: 'neighbour',
      },
    ],
    [
      'an escalation from its level',
      { dueAt: at(-2) },
      { action: 'escalate' },
      SYSTEM,
      {
        statusIn: ['submitted', 'open', 'claimed', 'assigned', 'inProgress', 'reopened'],
        escalationLevel: 0,
      },
    ],
    [
      'an auto-close of that resolution',
      { status: 'resolved', resolvedAt: at(-200) },
      { action: 'autoClose' },
      SYSTEM,
      { statusIn: ['resolved'], resolvedAt: at(-200) },
    ],
    [
      'a 回访 still pending',
      { status: 'closed', followUp: { status: 'pending', openedAt: T0 } },
      { action: 'recordFollowUp', note: '已上门' },
      ACTORS.leader,
      { statusIn: ['closed'], followUpPending: true },
    ],
    [
      'a report back not yet made',
      { status: 'closed', hotline: { orderNo: 'GD-1', dueAt: at(48) } },
      { action: 'reportBack', note: null },
      ACTORS.staff,
      { statusIn: ['resolved', 'closed'], hotlineAwaitingReport: true },
    ],
  ])('%s', (_name, overrides, command, actor, condition) => {
    const result = decide(overrides, command, actor)
    expect(result.ok && result.condition).toEqual(condition)
  })

  it('adds a follower by set-union, never by rewriting the list', () => {
    const result = decide({ followers: ['a'] }, { action: 'follow' }, ACTORS.neighbour)
    expect(result.ok && result.addFollower).toBe('neighbour')
    expect(result.ok && result.set.followers).toBeUndefined()
  })
})

describe('claimCapacities', () => {
  it('lets a posted member claim for themself and a captain for a team of a suggested kind', () => {
    expect(claimCapacities(aRequest(), ACTORS.member)).toEqual([{ kind: 'member' }])
    expect(claimCapacities(aRequest(), ACTORS.skillsCaptain)).toEqual([
      { kind: 'team', teamId: 'team-skills', name: '技能志愿服务队' },
    ])
    expect(
      claimCapacities(aRequest({ suggestedTeamKinds: ['legal'] }), ACTORS.skillsCaptain),
    ).toEqual([])
  })
})

describe('the guards: a system caller never passes for a person, whatever its record says', () => {
  const posing = (overrides: Partial<Actor>): Actor => ({ ...SYSTEM, ...overrides })
  it.each<[string, Partial<NewRequestDoc>, Command, Actor]>([
    [
      'accepting with staff roles',
      { status: 'submitted' },
      { action: 'accept' },
      posing({ roles: [{ role: 'staff' }] }),
    ],
    [
      'claiming as a posted member',
      {},
      { action: 'claim', handler: memberHandler },
      posing({ personId: 'p-member', roles: [{ role: 'member', gridId: 'g1' }] }),
    ],
    [
      'cancelling with the reporter’s openid',
      {},
      { action: 'cancel', reason: null },
      posing({ openid: 'reporter' }),
    ],
    [
      'reporting back with staff roles',
      { status: 'closed', hotline: { orderNo: 'GD-1', dueAt: at(48) } },
      { action: 'reportBack', note: null },
      posing({ roles: [{ role: 'staff' }] }),
    ],
  ])('refuses %s', (_name, overrides, command, actor) => {
    expect(statusAfter(overrides, command, actor)).toBe('AUTH.FORBIDDEN')
  })

  it('lets no one claim for another community', () => {
    const elsewhere = { ...ACTORS.member, communityId: 'c2' }
    expect(claimCapacities(aRequest(), elsewhere)).toEqual([])
  })
})

describe('transition: what a refusal says', () => {
  it('names the action and the guard, the state, or the condition', () => {
    expect(decide({}, { action: 'accept' }, ACTORS.member)).toStrictEqual({
      ok: false,
      code: 'AUTH.FORBIDDEN',
      message: 'accept: not allowed for this caller (gridLeaderOrStaff)',
    })
    expect(decide({}, { action: 'accept' }, ACTORS.leader)).toStrictEqual({
      ok: false,
      code: 'REQUEST.INVALID_STATE',
      message: 'accept: not possible while open',
    })
    expect(
      decide({ status: 'closed' }, { action: 'recordFollowUp', note: '已上门' }, ACTORS.leader),
    ).toStrictEqual({
      ok: false,
      code: 'REQUEST.INVALID_STATE',
      message: 'recordFollowUp: followUpPending does not hold',
    })
  })
})
