import type { Person } from '@linli/types'
import type { Deps } from '../use-cases/deps'
import { AppError } from './app-error'
import { createMain, type Dispatch } from './entry'

const contextFor = (openid: string) => ({ environment: JSON.stringify({ WX_OPENID: openid }) })

const aPerson = (overrides: Partial<Person> = {}): Person => ({
  _id: 'p1',
  communityId: 'c1',
  openid: 'leader',
  name: '张建国',
  phone: null,
  verified: true,
  roles: [{ role: 'gridLeader', gridId: 'g1' }],
  member: null,
  ...overrides,
})

const fakeDeps = (people: Person[]): Deps =>
  ({
    persons: {
      findByOpenid: async (openid: string) => people.find((p) => p.openid === openid) ?? null,
    },
    env: { LINLI_COMMUNITY_ID: 'c1' },
    now: () => new Date('2026-11-26T00:00:00Z'),
  }) as unknown as Deps

describe('createMain', () => {
  const calls: unknown[] = []
  const dispatch: Dispatch<'requests'> = async (call, caller) => {
    calls.push({ call, openid: caller.openid })
    if (call.action === 'get') throw new AppError('NOT_FOUND', 'request not found')
    if (call.action === 'listMine') throw new Error('database down')
    return { items: [], nextCursor: null }
  }
  const main = createMain('requests', dispatch, () => fakeDeps([aPerson()]))
  beforeEach(() => calls.splice(0))

  it('passes parsed input with defaults and the platform caller to the use case', async () => {
    // GIVEN a grid leader calling listForGrid with no options
    // WHEN the entry runs
    const res = await main({ action: 'listForGrid', data: {} }, contextFor('leader'))
    // THEN defaults are filled in and identity came from the context
    expect(res).toEqual({ ok: true, data: { items: [], nextCursor: null } })
    expect(calls).toEqual([
      { call: { action: 'listForGrid', input: { limit: 20, status: 'active' } }, openid: 'leader' },
    ])
  })

  it('refuses callers without one of the allowed roles before any use case runs', async () => {
    const res = await main({ action: 'listForGrid', data: {} }, contextFor('stranger'))
    expect(res).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } })
    expect(calls).toHaveLength(0)
  })

  it('answers INPUT.INVALID with issues, ACTION.UNKNOWN, AUTH.UNAUTHENTICATED', async () => {
    expect(
      await main({ action: 'listForGrid', data: { limit: 500 } }, contextFor('leader')),
    ).toMatchObject({
      ok: false,
      error: { code: 'INPUT.INVALID', issues: [{ path: ['limit'] }] },
    })
    expect(await main({ action: 'toString' }, contextFor('leader'))).toMatchObject({
      ok: false,
      error: { code: 'ACTION.UNKNOWN' },
    })
    expect(await main({ action: 'listForGrid' }, {})).toMatchObject({
      ok: false,
      error: { code: 'AUTH.UNAUTHENTICATED' },
    })
    expect(calls).toHaveLength(0)
  })

  it('turns an AppError into its code and an unexpected error into INTERNAL', async () => {
    expect(await main({ action: 'get', data: { id: 'x' } }, contextFor('leader'))).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'request not found' },
    })
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    const internal = await main({ action: 'listMine', data: {} }, contextFor('leader'))
    expect(internal).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'internal error' } })
    expect(spy).toHaveBeenCalled()
    spy.mockRestore()
  })
})
