// The API client: H5 requests to the gateway with the demo identity, envelopes to data or ApiError.
import Taro from '@tarojs/taro'
import { failAnswer, installFakeGateway, okAnswer } from '@/testing/fake-gateway'
import { makeMe } from '@/testing/factories'
import { isApiError } from './api-error'
import { call } from './client'
import { setDevOpenid } from './dev-identity'
import { errorMessage } from './error-messages'

const rejection = async (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => {
      throw new Error('expected the call to fail')
    },
    (error: unknown) => error,
  )

describe('call() in the H5 build', () => {
  beforeEach(() => {
    process.env.TARO_ENV = 'h5'
    localStorage.clear()
  })

  it('POSTs {action, data} to /functions/<fn> with the chosen demo openid and returns data', async () => {
    // GIVEN a chosen demo identity and a gateway that answers org.me
    setDevOpenid('demo-resident')
    const me = makeMe({ name: '李建国' })
    const gateway = installFakeGateway({ 'org.me': () => okAnswer(me) })

    // WHEN the app asks who it is
    const result = await call('org', 'me', {})

    // THEN the request went to the gateway with the identity header, and the data came back
    expect(result).toEqual(me)
    const sent = gateway.calls[0]
    expect(sent?.url).toBe('/functions/org')
    expect(sent?.action).toBe('me')
    expect(sent?.data).toEqual({})
    expect(sent?.headers['X-WX-OPENID']).toBe('demo-resident')
  })

  it('throws ApiError with the code of an error envelope, shown to people in Chinese', async () => {
    // GIVEN a gateway that refuses the caller
    setDevOpenid('demo-resident-far')
    installFakeGateway({
      'requests.listForGrid': () => failAnswer('AUTH.FORBIDDEN', 'not your grid'),
    })

    // WHEN the app asks for a grid's list
    const error = await rejection(call('requests', 'listForGrid', {}))

    // THEN it is an ApiError carrying the code, and the app's message is Chinese
    expect(isApiError(error)).toBe(true)
    expect(isApiError(error) && error.code).toBe('AUTH.FORBIDDEN')
    expect(errorMessage(error)).toBe('您没有权限查看或办理这项内容')
  })

  it('keeps the issues of INPUT.INVALID so the schema message reaches the form', async () => {
    // GIVEN a gateway that rejects the input with a field issue
    const issues = [{ path: ['description'], message: '请至少写 5 个字，说清楚问题' }]
    installFakeGateway({
      'requests.report': () => failAnswer('INPUT.INVALID', 'bad input', issues),
    })

    // WHEN a report is sent
    const error = await rejection(
      call('requests', 'report', {
        category: 'repair',
        description: '灯',
        clientRequestId: 'rq-12345678',
      }),
    )

    // THEN the issue travels with the error
    expect(isApiError(error) && error.issues).toEqual(issues)
    expect(errorMessage(error)).toBe('请至少写 5 个字，说清楚问题')
  })

  it('maps a failed fetch to NETWORK.FAILED', async () => {
    // GIVEN a network that is down
    installFakeGateway({
      'org.me': () => {
        throw new TypeError('Failed to fetch')
      },
    })

    // WHEN the app calls a function
    const error = await rejection(call('org', 'me', {}))

    // THEN the error says so, in Chinese for the reader
    expect(isApiError(error) && error.code).toBe('NETWORK.FAILED')
    expect(errorMessage(error)).toBe('网络连接失败，请检查网络后重试')
  })

  it('maps a gateway answer that is not an envelope to FUNCTION.FAILED', async () => {
    // GIVEN a gateway that crashes with an HTML page
    globalThis.fetch = jest.fn(async () => ({
      status: 502,
      json: async () => Promise.reject(new SyntaxError('html')),
    })) as unknown as typeof fetch

    // WHEN the app calls a function
    const error = await rejection(call('org', 'me', {}))

    // THEN the client names the failure itself
    expect(isApiError(error) && error.code).toBe('FUNCTION.FAILED')
  })
})

describe('call() in the mini-program build', () => {
  // Taro's H5 API has no wx.cloud: each test puts a stand-in where the mini-program has it.
  const taro = Taro as unknown as { cloud?: { callFunction: unknown } }
  const original = taro.cloud

  afterEach(() => {
    process.env.TARO_ENV = 'h5'
    taro.cloud = original
  })

  it('calls wx.cloud.callFunction with {action, data} and unwraps result.result', async () => {
    // GIVEN the weapp build and a cloud function that answers
    process.env.TARO_ENV = 'weapp'
    const callFunction = jest.fn(async () => ({ result: okAnswer({ items: [] }), errMsg: 'ok' }))
    taro.cloud = { callFunction }
    globalThis.fetch = jest.fn() as unknown as typeof fetch

    // WHEN the app lists buildings
    const result = await call('org', 'listBuildings', {})

    // THEN the cloud was called, never the HTTP gateway
    expect(result).toEqual({ items: [] })
    expect(callFunction).toHaveBeenCalledWith({
      name: 'org',
      data: { action: 'listBuildings', data: {} },
    })
    expect(globalThis.fetch).not.toHaveBeenCalled()
  })

  it('maps a cloud timeout to NETWORK.TIMEOUT', async () => {
    // GIVEN a cloud call that times out
    process.env.TARO_ENV = 'weapp'
    const callFunction = jest.fn(async () =>
      Promise.reject({ errCode: -1, errMsg: 'cloud.callFunction:fail timeout' }),
    )
    taro.cloud = { callFunction }

    // WHEN the app calls a function
    const error = await rejection(call('org', 'me', {}))

    // THEN the code is the client's timeout
    expect(isApiError(error) && error.code).toBe('NETWORK.TIMEOUT')
  })
})
