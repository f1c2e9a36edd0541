// Requests stored by the walking skeleton (no version, handler, followers…) still load and change.
import { aSkeletonRequest } from '../support/factories'
import { dataOf, startStack, type Stack } from '../support/stack'

let stack: Stack
beforeAll(async () => {
  stack = await startStack()
})
afterAll(() => stack.close())

const stored = async (id: string) =>
  (await stack.db.collection('requests').doc(id).get()).data[0] as Record<string, any>

describe('a request in the walking skeleton shape', () => {
  it('is read by get and the lists', async () => {
    // GIVEN an older open request on grid 1, with none of the request loop's fields
    const old = aSkeletonRequest({ description: '老数据：楼道灯坏了很久了' })
    await stack.db.collection('requests').add(old)
    expect(await stored(old._id)).not.toHaveProperty('version')
    // WHEN its reporter, the leader and a member read it
    const mine = dataOf(await stack.call('requests', 'get', { id: old._id }, 'demo-resident'))
    const leader = dataOf(
      await stack.call('requests', 'listForGrid', { limit: 50 }, 'demo-grid-leader'),
    )
    const board = dataOf(await stack.call('requests', 'listBoard', { limit: 50 }, 'demo-member'))
    const listMine = dataOf(
      await stack.call('requests', 'listMine', { limit: 50 }, 'demo-resident'),
    )
    // THEN it loads with the defaults, and is on every list it belongs to
    expect(mine).toMatchObject({ id: old._id, status: 'open', handler: null, masked: false })
    for (const page of [leader, board, listMine]) {
      expect(page.items.map((i: { id: string }) => i.id)).toContain(old._id)
    }
  })

  it('is claimed once through the conditional write, which gives it a version', async () => {
    // GIVEN an older open request with no version field
    const old = aSkeletonRequest({ description: '老数据：单元门关不上' })
    await stack.db.collection('requests').add(old)
    // WHEN two members claim it at once
    const [a, b] = await Promise.all([
      stack.call('requests', 'claim', { id: old._id }, 'demo-member'),
      stack.call('requests', 'claim', { id: old._id }, 'demo-member-2'),
    ])
    // THEN exactly one claim lands, the other is ALREADY_TAKEN
    const oks = [a, b].filter((r) => r.ok)
    expect(oks).toHaveLength(1)
    expect([a, b].filter((r) => !r.ok)).toEqual([
      expect.objectContaining({
        error: expect.objectContaining({ code: 'REQUEST.ALREADY_TAKEN' }),
      }),
    ])
    // AND the stored document is claimed, at version 1, with one claimed event
    const doc = await stored(old._id)
    expect(doc.status).toBe('claimed')
    expect(doc.version).toBe(1)
    expect(doc.timeline.filter((e: { type: string }) => e.type === 'claimed')).toHaveLength(1)
    expect(doc.handler).toMatchObject({ kind: 'member' })
    // AND the next write, now against version 1, lands too
    const who = a.ok ? 'demo-member' : 'demo-member-2'
    dataOf(await stack.call('requests', 'start', { id: old._id }, who))
    expect(await stored(old._id)).toMatchObject({ status: 'inProgress', version: 2 })
  })

  it('is escalated by the timer though it has no escalationLevel', async () => {
    // GIVEN an older open request, due an hour ago, with no escalation field
    const dueAt = new Date(Date.now() - 3_600_000)
    const old = aSkeletonRequest({ dueAt, description: '老数据：路灯不亮' })
    await stack.db.collection('requests').add(old)
    // WHEN the timer runs now, as the system
    const now = new Date()
    const res = await stack.system('requests', {
      Type: 'Timer',
      TriggerName: 'sweep',
      Time: now.toISOString(),
    })
    // THEN it is escalated once, through the same conditional write
    expect(res).toMatchObject({ ok: true })
    const doc = await stored(old._id)
    expect(doc).toMatchObject({ escalationLevel: 1, version: 1, status: 'open' })
    expect(doc.timeline.map((e: { type: string }) => e.type)).toEqual(['reported', 'escalated'])
  })
})
