// The requests timer, invoked as the system with a given time: escalation and auto-close.
import { eventsOf, requestIn, storedRequest } from '../support/drive'
import { startStack, type Stack } from '../support/stack'
import { SWEEP_PAGE } from '../../cloudfunctions/use-cases/requests/sweep-requests'

let stack: Stack
beforeAll(async () => {
  stack = await startStack()
})
afterAll(() => stack.close())

const HOUR = 3_600_000
const DAY = 24 * HOUR

const sweep = (at: Date) =>
  stack.system('requests', { Type: 'Timer', TriggerName: 'sweep', Time: at.toISOString() })

const dueOf = async (id: string) => new Date((await storedRequest(stack, id)).dueAt)

describe('escalation', () => {
  it('raises an overdue request to the grid leader, then to staff a day later, once each', async () => {
    // GIVEN an open request and a claimed one, both past due at T; one due later stays
    const open = await requestIn(stack, 'open')
    const claimed = await requestIn(stack, 'claimed')
    const due = await dueOf(open)
    const t = new Date(due.getTime() + 60_000)
    // WHEN the timer runs at T
    const first = await sweep(t)
    // THEN both are at level 1 with one escalated event at T
    expect(first).toMatchObject({ ok: true, data: { escalated: expect.any(Number) } })
    for (const id of [open, claimed]) {
      const doc = await storedRequest(stack, id)
      expect(doc.escalationLevel).toBe(1)
      expect(eventsOf(doc, 'escalated')).toEqual([
        expect.objectContaining({ at: t, note: '已超时，已提醒网格长' }),
      ])
    }
    // WHEN it runs again an hour later: nothing new
    await sweep(new Date(t.getTime() + HOUR))
    expect(eventsOf(await storedRequest(stack, open), 'escalated')).toHaveLength(1)
    // WHEN it runs 24 h after the due time: level 2, a second event
    await sweep(new Date(due.getTime() + DAY + 60_000))
    const doc = await storedRequest(stack, open)
    expect(doc.escalationLevel).toBe(2)
    expect(eventsOf(doc, 'escalated')).toHaveLength(2)
    expect(doc.status).toBe('open')
    // AND the outbox tells the grid leader both times, and staff the second time
    const outbox = await stack.db.collection('requestEvents').where({ requestId: open }).get()
    const effects = (outbox.data as { action: string; effects: string[] }[])
      .filter((e) => e.action === 'escalate')
      .map((e) => [...e.effects].sort())
    expect(effects).toEqual(
      expect.arrayContaining([['notifyGridLeader'], ['notifyGridLeader', 'notifyStaff']]),
    )
    expect(effects).toHaveLength(2)
  })

  it('escalates every overdue request of every community, more than a page of them', async () => {
    // GIVEN a page and a few more overdue requests in one community, and three in another
    const template = await storedRequest(stack, await requestIn(stack, 'open'))
    const due = new Date(template.dueAt)
    await stack.db.collection('communities').add({ _id: 'sweep-far', name: '远社区', city: '原平' })
    const copy = (id: string, communityId: string) =>
      stack.db
        .collection('requests')
        .add({ ...template, _id: id, communityId, clientRequestId: id, appliedKeys: [] })
    const here = Array.from({ length: SWEEP_PAGE + 5 }, (_, i) => `sweep-here-${i}`)
    const far = ['sweep-far-1', 'sweep-far-2', 'sweep-far-3']
    await Promise.all([
      ...here.map((id) => copy(id, template.communityId)),
      ...far.map((id) => copy(id, 'sweep-far')),
    ])
    // WHEN the timer runs once, past their due time
    const res = await sweep(new Date(due.getTime() + 60_000))
    // THEN every one of them is at the grid leader, each escalated once
    expect(res).toMatchObject({ ok: true })
    const levels = await Promise.all(
      [...here, ...far].map(async (id) => {
        const doc = await storedRequest(stack, id)
        return [doc.escalationLevel, eventsOf(doc, 'escalated').length]
      }),
    )
    expect(levels).toEqual([...here, ...far].map(() => [1, 1]))
    // WHEN it runs a day after their due time: every one goes on to staff
    await sweep(new Date(due.getTime() + DAY + 60_000))
    const raised = await Promise.all(
      [...here, ...far].map(async (id) => (await storedRequest(stack, id)).escalationLevel),
    )
    expect(raised).toEqual([...here, ...far].map(() => 2))
  })

  it('leaves a request that is not yet due, or resolved, alone', async () => {
    const open = await requestIn(stack, 'open')
    const resolved = await requestIn(stack, 'resolved')
    const due = await dueOf(open)
    await sweep(new Date(due.getTime() - 60_000))
    expect((await storedRequest(stack, open)).escalationLevel ?? 0).toBe(0)
    await sweep(new Date((await dueOf(resolved)).getTime() + 2 * DAY))
    const doc = await storedRequest(stack, resolved)
    expect(eventsOf(doc, 'escalated')).toHaveLength(0)
  })
})

describe('auto-close', () => {
  it('closes a request resolved 7 days before the time; one resolved 6 days before stays', async () => {
    // GIVEN two resolved requests: one resolved 7 days before T, one 6 days before T
    const old = await requestIn(stack, 'resolved')
    const recent = await requestIn(stack, 'resolved')
    const t = new Date(new Date((await storedRequest(stack, old)).resolvedAt).getTime() + 7 * DAY)
    await stack.db
      .collection('requests')
      .doc(recent)
      .update({ resolvedAt: new Date(t.getTime() - 6 * DAY) })
    // WHEN the timer runs at T
    const res = await sweep(t)
    // THEN the older one is closed, by the system, at T; the other is still resolved
    // (earlier tests' resolved requests close too: the sweep reads every community)
    expect(res).toMatchObject({ ok: true, data: { autoClosed: expect.any(Number) } })
    const closed = await storedRequest(stack, old)
    expect(closed).toMatchObject({ status: 'closed', closedAt: t, rating: null })
    expect(eventsOf(closed, 'autoClosed')).toEqual([expect.objectContaining({ at: t, by: null })])
    const still = await storedRequest(stack, recent)
    expect(still.status).toBe('resolved')
    expect(eventsOf(still, 'autoClosed')).toHaveLength(0)
  })
})

describe('who may run the timer', () => {
  const timerBody = { Type: 'Timer', TriggerName: 'sweep', Time: '2099-01-01T00:00:00.000Z' }
  const post = async (body: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(`${stack.url}/functions/requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    })
    return (await res.json()) as { ok: boolean; error?: { code: string } }
  }

  it('refuses a timer-shaped call through the gateway, with or without a user, and changes nothing', async () => {
    // GIVEN an open request that a sweep in 2099 would escalate
    const id = await requestIn(stack, 'open')
    const before = await storedRequest(stack, id)
    // WHEN the timer event is posted to the gateway with no identity, and as a resident
    const anonymous = await post(timerBody)
    const resident = await post(timerBody, { 'x-wx-openid': 'demo-resident' })
    // THEN both are refused and the request is as it was
    expect(anonymous).toMatchObject({ ok: false, error: { code: 'AUTH.UNAUTHENTICATED' } })
    expect(resident).toMatchObject({ ok: false, error: { code: 'ACTION.UNKNOWN' } })
    expect(await storedRequest(stack, id)).toEqual(before)
  })

  it('refuses a system call that is not a timer event', async () => {
    const res = await stack.system('requests', { action: 'get', data: { id: 'x' } })
    expect(res).toMatchObject({ ok: false, error: { code: 'ACTION.UNKNOWN' } })
    const badTime = await stack.system('requests', { ...timerBody, Time: 'tomorrow' })
    expect(badTime).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID' } })
  })
})
