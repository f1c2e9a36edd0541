// The client repeats only what is safe to repeat (reads; writes with a clientRequestId), and says so.
import { installFakeGateway, okAnswer, failAnswer } from '@/testing/fake-gateway'
import { makeMe } from '@/testing/factories'
import { isApiError } from './api-error'
import { call } from './client'
import { retryTiming } from './retry-policy'
import { subscribeRetry, type RetryNotice } from './retry-status'

const rejection = async (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => {
      throw new Error('expected the call to fail')
    },
    (error: unknown) => error,
  )

/** A route that throws a network failure for the first `failures` calls, then answers. */
const flaky = (failures: number, answer: unknown) => {
  let calls = 0
  return () => {
    calls += 1
    if (calls <= failures) throw new TypeError('Failed to fetch')
    return answer
  }
}

const report = {
  category: 'repair' as const,
  description: '楼道灯坏了好几天',
  clientRequestId: 'rq-abcdefgh',
}

describe('call() retries', () => {
  let notices: Array<RetryNotice | null>
  let unsubscribe: () => void

  beforeEach(() => {
    process.env.TARO_ENV = 'h5'
    localStorage.clear()
    expect(retryTiming.delaysMs).toHaveLength(3)
    notices = []
    unsubscribe = subscribeRetry((notice) => notices.push(notice))
  })

  afterEach(() => unsubscribe())

  it('repeats a read after network failures, announcing each retry, then clears the notice', async () => {
    // GIVEN org.me failing twice on the network, then answering
    const me = makeMe()
    const gateway = installFakeGateway({ 'org.me': flaky(2, okAnswer(me)) })
    // WHEN the app asks
    const result = await call('org', 'me', {})
    // THEN it got the answer on the third attempt, and the UI heard "retry 1", "retry 2", done
    expect(result).toEqual(me)
    expect(gateway.callsTo('org.me')).toHaveLength(3)
    expect(notices.map((n) => n?.attempt ?? null)).toEqual([1, 2, null])
    expect(notices[0]).toMatchObject({ fn: 'org', action: 'me', maxRetries: 3 })
  })

  it('repeats a write that carries a clientRequestId, sending the same key each time', async () => {
    // GIVEN a gateway that fails once with a crashed function (500 envelope), then files the report
    let calls = 0
    const gateway = installFakeGateway({
      'requests.report': () =>
        ++calls === 1
          ? failAnswer('FUNCTION.FAILED', 'the function process exited')
          : okAnswer({ id: 'r1', gridId: 'grid-1', status: 'open' }),
    })
    // WHEN a report is sent
    await call('requests', 'report', report)
    // THEN it went twice with the same idempotency key
    const keys = gateway
      .callsTo('requests.report')
      .map((c) => (c.data as typeof report).clientRequestId)
    expect(keys).toEqual(['rq-abcdefgh', 'rq-abcdefgh'])
  })

  it('sends a write without an idempotency key once, even when the network fails', async () => {
    // GIVEN a write with no clientRequestId (an older app build, say) and a failing network
    const gateway = installFakeGateway({ 'requests.report': flaky(1, okAnswer({ id: 'r1' })) })
    const { clientRequestId: _dropped, ...unkeyed } = report
    // WHEN it is sent
    const error = await rejection(call('requests', 'report', unkeyed as typeof report))
    // THEN it failed once, unrepeated: it might have been filed already
    expect(isApiError(error) && error.code).toBe('NETWORK.FAILED')
    expect(gateway.callsTo('requests.report')).toHaveLength(1)
    expect(notices).toEqual([])
  })

  it('does not repeat a read the function refused: the answer would be the same', async () => {
    const gateway = installFakeGateway({
      'requests.listForGrid': () => failAnswer('AUTH.FORBIDDEN', 'not your grid'),
    })
    const error = await rejection(call('requests', 'listForGrid', {}))
    expect(isApiError(error) && error.code).toBe('AUTH.FORBIDDEN')
    expect(gateway.callsTo('requests.listForGrid')).toHaveLength(1)
  })

  it('gives up after three retries with the last error, and clears the notice', async () => {
    const gateway = installFakeGateway({ 'org.listBuildings': flaky(99, okAnswer({ items: [] })) })
    const error = await rejection(call('org', 'listBuildings', {}))
    expect(isApiError(error) && error.code).toBe('NETWORK.FAILED')
    expect(gateway.callsTo('org.listBuildings')).toHaveLength(4)
    expect(notices.at(-1)).toBeNull()
  })
})
