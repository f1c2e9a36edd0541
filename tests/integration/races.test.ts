// Atomic writes under concurrency: 50 members claim at once, 10 confirms rate once, retries do nothing.
import { addPostedMembers, eventsOf, key, requestIn, storedRequest } from '../support/drive'
import { dataOf, startStack, type Stack } from '../support/stack'

let stack: Stack
let members: string[]
beforeAll(async () => {
  stack = await startStack()
  members = await addPostedMembers(stack, 50, 'grid-1', 'race-member')
})
afterAll(() => stack.close())

const codeOf = (res: { ok: boolean; error?: { code: string } }) => (res.ok ? 'ok' : res.error?.code)

describe('the 50-way claim race', () => {
  it('has exactly one winner, 20 times over', async () => {
    for (let round = 0; round < 20; round += 1) {
      // GIVEN a fresh open request in grid 1 (reporters take turns: the hourly limit is theirs)
      const reporter = round % 2 === 0 ? 'demo-resident' : 'demo-resident-2'
      const id = await requestIn(stack, 'open', { reporter })
      // WHEN 50 members posted in the grid claim it at once
      const results = await Promise.all(
        members.map((openid) => stack.call('requests', 'claim', { id }, openid)),
      )
      // THEN one is ok and 49 are told it is taken
      const codes = results.map(codeOf)
      expect(codes.filter((c) => c === 'ok')).toHaveLength(1)
      expect(codes.filter((c) => c === 'REQUEST.ALREADY_TAKEN')).toHaveLength(49)
      // AND the stored request has one claimed event, and the winner as handler
      const winner = members[codes.indexOf('ok')]
      const doc = await storedRequest(stack, id)
      expect(doc).toMatchObject({
        status: 'claimed',
        version: 1,
        handler: { kind: 'member', id: `person-${winner}` },
      })
      expect(eventsOf(doc, 'claimed')).toHaveLength(1)
    }
  })
})

describe('one rating under parallel confirms', () => {
  it('keeps the one confirm that won; the others are ALREADY_RATED', async () => {
    // GIVEN a resolved request of demo-resident
    const id = await requestIn(stack, 'resolved')
    // WHEN the reporter sends 10 confirms at once, each with its own key and rating
    const ratings = Array.from({ length: 10 }, (_, i) => (i % 5) + 1)
    const results = await Promise.all(
      ratings.map((rating, i) =>
        stack.call(
          'requests',
          'confirm',
          { id, rating, comment: `第${i}次`, clientRequestId: key() },
          'demo-resident',
        ),
      ),
    )
    // THEN one is ok, nine ALREADY_RATED, and the stored rating is the winner's
    const codes = results.map(codeOf)
    expect(codes.filter((c) => c === 'ok')).toHaveLength(1)
    expect(codes.filter((c) => c === 'REQUEST.ALREADY_RATED')).toHaveLength(9)
    const won = codes.indexOf('ok')
    const doc = await storedRequest(stack, id)
    expect(doc.status).toBe('closed')
    expect(doc.rating).toMatchObject({ stars: ratings[won], comment: `第${won}次` })
    expect(eventsOf(doc, 'confirmed')).toHaveLength(1)
  })
})

describe('a retried call', () => {
  it('records one progress for one key, even sent at once', async () => {
    // GIVEN a request in progress with demo-member
    const id = await requestIn(stack, 'inProgress')
    const call = { id, note: '材料已到，明天上门', clientRequestId: key() }
    // WHEN the same progress is sent three times at once, then once more
    const first = await Promise.all(
      [1, 2, 3].map(() => stack.call('requests', 'progress', call, 'demo-member')),
    )
    const later = await stack.call('requests', 'progress', call, 'demo-member')
    // THEN every answer is ok and one progress event exists
    expect([...first, later].map(codeOf)).toEqual(['ok', 'ok', 'ok', 'ok'])
    const doc = await storedRequest(stack, id)
    expect(eventsOf(doc, 'progress')).toHaveLength(1)
    // AND a new key records a second one
    dataOf(
      await stack.call('requests', 'progress', { ...call, clientRequestId: key() }, 'demo-member'),
    )
    expect(eventsOf(await storedRequest(stack, id), 'progress')).toHaveLength(2)
  })

  it('does not claim twice or fail when a claim is retried with its key', async () => {
    const id = await requestIn(stack, 'open')
    const call = { id, clientRequestId: key() }
    const a = await stack.call('requests', 'claim', call, 'demo-member')
    const b = await stack.call('requests', 'claim', call, 'demo-member')
    expect([codeOf(a), codeOf(b)]).toEqual(['ok', 'ok'])
    const doc = await storedRequest(stack, id)
    expect(eventsOf(doc, 'claimed')).toHaveLength(1)
    expect(doc.version).toBe(1)
  })
})
