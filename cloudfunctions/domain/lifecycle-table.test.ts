// The lifecycle table against DESIGN §3 written out by hand, and what each action writes and says.
import type { NewRequestDoc, RequestStatus } from '@linli/types'
import { ACTORS, aRequest, T0 } from '../testing/factories'
import { systemActor, type Actor } from './actor'
import { transition } from './lifecycle'
import type { Command } from './lifecycle-commands'
import { LIFECYCLE } from './lifecycle-table'

const HOUR = 3_600_000
const at = (hoursAfterT0: number) => new Date(T0.getTime() + hoursAfterT0 * HOUR)
const NOW = at(1)
const memberHandler = { kind: 'member' as const, id: 'p-member', name: '李志强' }
const unitHandler = { kind: 'unit' as const, id: 'unit-1', name: '市住建局' }
const SYSTEM = systemActor('c1')

describe('LIFECYCLE: each action as DESIGN §3 says, written out by hand', () => {
  it.each([
    [
      'accept',
      ['submitted'],
      'open',
      'gridLeaderOrStaff',
      undefined,
      'accepted',
      ['notifyReporter'],
    ],
    [
      'claim',
      ['open'],
      'claimed',
      'claimant',
      undefined,
      'claimed',
      ['notifyReporter', 'notifyFollowers'],
    ],
    [
      'assign',
      ['submitted', 'open', 'claimed', 'assigned', 'inProgress', 'reopened'],
      'assigned',
      'gridLeaderOrStaff',
      undefined,
      'assigned',
      ['notifyHandler', 'notifyReporter'],
    ],
    [
      'transfer',
      ['submitted', 'open', 'claimed', 'assigned', 'inProgress', 'reopened'],
      'assigned',
      'gridLeaderOrStaff',
      undefined,
      'transferred',
      ['notifyHandler', 'notifyReporter'],
    ],
    [
      'reject',
      ['submitted', 'open'],
      'rejected',
      'gridLeaderOrStaff',
      undefined,
      'rejected',
      ['notifyReporter', 'followOriginal'],
    ],
    [
      'start',
      ['claimed', 'assigned', 'reopened'],
      'inProgress',
      'handler',
      undefined,
      'started',
      ['notifyReporter'],
    ],
    ['progress', ['inProgress'], null, 'handler', undefined, 'progress', ['notifyReporter']],
    [
      'resolve',
      ['claimed', 'assigned', 'inProgress', 'reopened'],
      'resolved',
      'handler',
      undefined,
      'resolved',
      ['notifyReporter', 'notifyFollowers'],
    ],
    [
      'confirm',
      ['resolved'],
      'closed',
      'reporter',
      undefined,
      'confirmed',
      ['notifyHandler', 'writeServiceRecord'],
    ],
    ['reopen', ['resolved'], 'reopened', 'reporter', undefined, 'reopened', ['notifyHandler']],
    ['cancel', ['submitted', 'open'], 'cancelled', 'reporter', undefined, 'cancelled', []],
    [
      'follow',
      ['open', 'claimed', 'assigned', 'inProgress', 'reopened'],
      null,
      'follower',
      undefined,
      'followed',
      [],
    ],
    [
      'recordFollowUp',
      ['closed'],
      null,
      'gridLeaderOrStaff',
      'followUpPending',
      'followUpRecorded',
      [],
    ],
    [
      'reportBack',
      ['resolved', 'closed'],
      null,
      'staff',
      'hotlineAwaitingReport',
      'reportedBack',
      [],
    ],
    [
      'escalate',
      ['submitted', 'open', 'claimed', 'assigned', 'inProgress', 'reopened'],
      null,
      'system',
      'escalationDue',
      'escalated',
      ['notifyGridLeader'],
    ],
    [
      'autoClose',
      ['resolved'],
      'closed',
      'system',
      'unconfirmedForAWeek',
      'autoClosed',
      ['writeServiceRecord'],
    ],
  ] as const)('%s: from %j to %j, by %s', (action, from, to, guard, when, event, effects) => {
    const row = LIFECYCLE[action]
    expect({ from: [...row.from].sort(), to: row.to, guard: row.guard, when: row.when }).toEqual({
      from: [...from].sort(),
      to,
      guard,
      when,
    })
    expect({ event: row.event, effects: row.effects }).toEqual({ event, effects })
  })

  it('has a row for every action and no other', () => {
    expect(Object.keys(LIFECYCLE).sort()).toEqual(
      [
        'accept',
        'assign',
        'autoClose',
        'cancel',
        'claim',
        'confirm',
        'escalate',
        'follow',
        'recordFollowUp',
        'reject',
        'reopen',
        'reportBack',
        'resolve',
        'start',
        'transfer',
        'progress',
      ].sort(),
    )
  })
})

describe('LIFECYCLE: the code when someone acted first (stale)', () => {
  /** Someone has the request, or had it: a second claim or a late cancel is told it is taken. */
  const TAKEN: RequestStatus[] = ['claimed', 'assigned', 'inProgress', 'reopened', 'resolved']
  const ALL: RequestStatus[] = [
    'submitted',
    'open',
    'claimed',
    'assigned',
    'inProgress',
    'resolved',
    'closed',
    'reopened',
    'cancelled',
    'rejected',
  ]
  it.each(ALL.map((status) => [status]))('while %s', (status) => {
    const request = aRequest({ status })
    const expected = TAKEN.includes(status) ? 'REQUEST.ALREADY_TAKEN' : 'REQUEST.INVALID_STATE'
    expect(LIFECYCLE.claim.stale(request)).toBe(expected)
    expect(LIFECYCLE.cancel.stale(request)).toBe(expected)
    for (const action of ['accept', 'assign', 'transfer', 'reject', 'start', 'progress'] as const) {
      expect(LIFECYCLE[action].stale(request)).toBe('REQUEST.INVALID_STATE')
    }
    for (const action of ['resolve', 'reopen', 'follow', 'recordFollowUp'] as const) {
      expect(LIFECYCLE[action].stale(request)).toBe('REQUEST.INVALID_STATE')
    }
    for (const action of ['reportBack', 'escalate', 'autoClose', 'confirm'] as const) {
      expect(LIFECYCLE[action].stale(request)).toBe('REQUEST.INVALID_STATE')
    }
  })

  it('tells a second rating it is already rated', () => {
    const rated = aRequest({ status: 'closed', rating: { stars: 4, comment: null, at: T0 } })
    expect(LIFECYCLE.confirm.stale(rated)).toBe('REQUEST.ALREADY_RATED')
  })
})

describe('transition: what each action writes, records and asks for', () => {
  // The write condition is checked on its own (lifecycle.test.ts): here, what is written.
  const run = (overrides: Partial<NewRequestDoc>, command: Command, actor: Actor, now = NOW) => {
    const result = transition(aRequest(overrides), command, actor, now)
    if (!result.ok) return result
    const { condition: _condition, ...written } = result
    return written
  }
  const ok = (set: object, events: object[], effects: string[]) => ({
    ok: true,
    set,
    events,
    effects,
  })
  const event = (type: string, by: string | null, extra: object = {}) => ({
    type,
    at: NOW,
    by,
    ...extra,
  })

  it('accept opens it and writes nothing else', () => {
    expect(run({ status: 'submitted' }, { action: 'accept' }, ACTORS.leader)).toStrictEqual(
      ok({ status: 'open', updatedAt: NOW }, [event('accepted', 'p-leader')], ['notifyReporter']),
    )
  })

  it('assign names the handler with the note, and keeps the first claim time', () => {
    const claimedAt = at(-3)
    expect(
      run(
        { status: 'claimed', handler: memberHandler, claimedAt },
        { action: 'assign', handler: unitHandler, note: '请尽快' },
        ACTORS.leader,
      ),
    ).toStrictEqual(
      ok(
        {
          handler: unitHandler,
          handlerKey: 'unit:unit-1',
          claimedAt,
          status: 'assigned',
          updatedAt: NOW,
        },
        [event('assigned', 'p-leader', { note: '市住建局：请尽快' })],
        ['notifyHandler', 'notifyReporter'],
      ),
    )
    const plain = run({}, { action: 'assign', handler: memberHandler, note: null }, ACTORS.leader)
    expect(plain.ok && plain.set.claimedAt).toEqual(NOW)
    expect(plain.ok && plain.events[0]?.note).toBe('李志强')
  })

  it('transfer names the unit and the reason, and keeps the first claim time', () => {
    const claimedAt = at(-3)
    expect(
      run(
        { status: 'inProgress', handler: memberHandler, claimedAt },
        { action: 'transfer', handler: unitHandler, reason: '部门事' },
        ACTORS.staff,
      ),
    ).toStrictEqual(
      ok(
        {
          handler: unitHandler,
          handlerKey: 'unit:unit-1',
          claimedAt,
          status: 'assigned',
          updatedAt: NOW,
        },
        [event('transferred', 'p-staff', { note: '市住建局：部门事' })],
        ['notifyHandler', 'notifyReporter'],
      ),
    )
    const first = run(
      {},
      { action: 'transfer', handler: unitHandler, reason: '部门事' },
      ACTORS.staff,
    )
    expect(first.ok && first.set.claimedAt).toEqual(NOW)
  })

  it('reject closes it with the reason and the original it duplicates', () => {
    expect(
      run({}, { action: 'reject', reason: '重复', duplicateOf: 'r0' }, ACTORS.leader),
    ).toStrictEqual(
      ok(
        { duplicateOf: 'r0', closedAt: NOW, status: 'rejected', updatedAt: NOW },
        [event('rejected', 'p-leader', { note: '重复' })],
        ['notifyReporter', 'followOriginal'],
      ),
    )
  })

  it('start and progress: the handler at work, photos only when there are some', () => {
    const claimed = { status: 'claimed' as const, handler: memberHandler }
    expect(run(claimed, { action: 'start' }, ACTORS.member)).toStrictEqual(
      ok(
        { status: 'inProgress', updatedAt: NOW },
        [event('started', 'p-member')],
        ['notifyReporter'],
      ),
    )
    const working = { status: 'inProgress' as const, handler: memberHandler }
    const photo = 'cloud://env/p/1.jpg'
    expect(
      run(working, { action: 'progress', note: '已买灯泡', photos: [photo] }, ACTORS.member),
    ).toStrictEqual(
      ok(
        { updatedAt: NOW },
        [event('progress', 'p-member', { note: '已买灯泡', photos: [photo] })],
        ['notifyReporter'],
      ),
    )
    expect(
      run(working, { action: 'progress', note: '在办', photos: [] }, ACTORS.member),
    ).toStrictEqual(
      ok({ updatedAt: NOW }, [event('progress', 'p-member', { note: '在办' })], ['notifyReporter']),
    )
  })

  it('resolve records the time; an ordinary request gets no 12345 outcome', () => {
    expect(
      run(
        { status: 'inProgress', handler: memberHandler },
        { action: 'resolve', note: '已修好', photos: [] },
        ACTORS.member,
      ),
    ).toStrictEqual(
      ok(
        { resolvedAt: NOW, status: 'resolved', updatedAt: NOW },
        [event('resolved', 'p-member', { note: '已修好' })],
        ['notifyReporter', 'notifyFollowers'],
      ),
    )
  })

  it('confirm keeps the rating, with or without a comment', () => {
    const resolved = { status: 'resolved' as const, handler: memberHandler }
    expect(
      run(resolved, { action: 'confirm', rating: 5, comment: '很及时' }, ACTORS.reporter),
    ).toStrictEqual(
      ok(
        {
          closedAt: NOW,
          rating: { stars: 5, comment: '很及时', at: NOW },
          followUp: null,
          status: 'closed',
          updatedAt: NOW,
        },
        [event('confirmed', 'p-reporter', { note: '5 星：很及时' })],
        ['notifyHandler', 'writeServiceRecord'],
      ),
    )
    const plain = run(resolved, { action: 'confirm', rating: 4, comment: null }, ACTORS.reporter)
    expect(plain.ok && plain.events).toStrictEqual([
      event('confirmed', 'p-reporter', { note: '4 星' }),
    ])
    const one = run(resolved, { action: 'confirm', rating: 1, comment: null }, ACTORS.reporter)
    expect(one.ok && one.events).toStrictEqual([
      event('confirmed', 'p-reporter', { note: '1 星' }),
      event('followUpOpened', 'p-reporter'),
    ])
  })

  it('reopen clears the resolution and says why', () => {
    expect(
      run(
        { status: 'resolved', handler: memberHandler, resolvedAt: at(-1) },
        { action: 'reopen', reason: '还是不亮' },
        ACTORS.reporter,
      ),
    ).toStrictEqual(
      ok(
        { resolvedAt: null, status: 'reopened', updatedAt: NOW },
        [event('reopened', 'p-reporter', { note: '还是不亮' })],
        ['notifyHandler'],
      ),
    )
  })

  it('cancel closes it, with the reason only when one is given', () => {
    expect(run({}, { action: 'cancel', reason: '已自行解决' }, ACTORS.reporter)).toStrictEqual(
      ok(
        { closedAt: NOW, status: 'cancelled', updatedAt: NOW },
        [event('cancelled', 'p-reporter', { note: '已自行解决' })],
        [],
      ),
    )
    expect(run({}, { action: 'cancel', reason: null }, ACTORS.reporter)).toStrictEqual(
      ok(
        { closedAt: NOW, status: 'cancelled', updatedAt: NOW },
        [event('cancelled', 'p-reporter')],
        [],
      ),
    )
  })

  it('follow joins the follower by set-union, rewriting no list', () => {
    expect(run({ followers: ['x'] }, { action: 'follow' }, ACTORS.neighbour)).toStrictEqual({
      ...ok({ updatedAt: NOW }, [event('followed', 'p-neighbour')], []),
      addFollower: 'neighbour',
    })
  })

  it('recordFollowUp closes the 回访, keeping when it was opened', () => {
    const openedAt = at(-30)
    expect(
      run(
        { status: 'closed', followUp: { status: 'pending', openedAt } },
        { action: 'recordFollowUp', note: '已上门' },
        ACTORS.leader,
      ),
    ).toStrictEqual(
      ok(
        { followUp: { status: 'done', openedAt, doneAt: NOW, note: '已上门' }, updatedAt: NOW },
        [event('followUpRecorded', 'p-leader', { note: '已上门' })],
        [],
      ),
    )
  })

  it('reportBack stamps the 12345 order once, with a note only when given', () => {
    const hotline = { orderNo: 'GD-1', dueAt: at(48) }
    const closed = { status: 'closed' as const, channel: 'hotline12345' as const, hotline }
    const stamped = { ...hotline, outcome: null, reportedBackAt: NOW }
    expect(run(closed, { action: 'reportBack', note: '已电话回复' }, ACTORS.staff)).toStrictEqual(
      ok(
        { hotline: stamped, updatedAt: NOW },
        [event('reportedBack', 'p-staff', { note: '已电话回复' })],
        [],
      ),
    )
    expect(run(closed, { action: 'reportBack', note: null }, ACTORS.staff)).toStrictEqual(
      ok({ hotline: stamped, updatedAt: NOW }, [event('reportedBack', 'p-staff')], []),
    )
    const again = run(
      { ...closed, hotline: { ...hotline, reportedBackAt: at(-1) } },
      { action: 'reportBack', note: null },
      ACTORS.staff,
    )
    expect(again).toStrictEqual({
      ok: false,
      code: 'REQUEST.INVALID_STATE',
      message: 'reportBack: hotlineAwaitingReport does not hold',
    })
  })

  it('escalate tells the grid leader, then staff, in words', () => {
    const dueAt = at(-2)
    expect(run({ dueAt }, { action: 'escalate' }, SYSTEM)).toStrictEqual(
      ok(
        { escalationLevel: 1, updatedAt: NOW },
        [event('escalated', null, { note: '已超时，已提醒网格长' })],
        ['notifyGridLeader'],
      ),
    )
    expect(
      run({ dueAt, escalationLevel: 1 }, { action: 'escalate' }, SYSTEM, at(23)),
    ).toStrictEqual({
      ok: true,
      set: { escalationLevel: 2, updatedAt: at(23) },
      events: [{ type: 'escalated', at: at(23), by: null, note: '超时未办结，已上报社区' }],
      effects: ['notifyGridLeader', 'notifyStaff'],
    })
  })

  it('autoClose closes a week-old resolution and says so', () => {
    expect(
      run(
        { status: 'resolved', handler: memberHandler, resolvedAt: at(-7 * 24) },
        { action: 'autoClose' },
        SYSTEM,
      ),
    ).toStrictEqual(
      ok(
        { closedAt: NOW, status: 'closed', updatedAt: NOW },
        [event('autoClosed', null, { note: '居民 7 天未确认，自动办结' })],
        ['writeServiceRecord'],
      ),
    )
  })
})
