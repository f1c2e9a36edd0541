import { fail, ok } from './envelope'

describe('the response envelope', () => {
  it('wraps data and errors', () => {
    expect(ok({ id: 'r1' })).toStrictEqual({ ok: true, data: { id: 'r1' } })
    const error = { code: 'NOT_FOUND', message: '找不到这条诉求' }
    expect(fail(error)).toStrictEqual({ ok: false, error })
  })
})
