// 附议 under concurrency: every neighbour who follows at once is recorded once.
import { requestIn, storedRequest } from '../support/drive'
import { startStack, type Stack } from '../support/stack'

let stack: Stack
beforeAll(async () => {
  stack = await startStack()
})
afterAll(() => stack.close())

describe('many neighbours following at once', () => {
  it('records each of them once', async () => {
    // GIVEN an open request and 60 people of the community who do not see it. A follow is
    // conditional on the caller not following yet, not on the request's version, so no follower
    // has to win a race against the others.
    const id = await requestIn(stack, 'open')
    const neighbours = Array.from({ length: 60 }, (_, i) => `neighbour-${i + 1}`)
    // WHEN they all follow it at once
    const results = await Promise.all(
      neighbours.map((openid) => stack.call('requests', 'follow', { id }, openid)),
    )
    // THEN every call is ok and the request has the 60 followers, once each
    expect(results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(neighbours.map(() => 'ok'))
    const doc = await storedRequest(stack, id)
    expect([...doc.followers].sort()).toEqual([...neighbours].sort())
  })
})
