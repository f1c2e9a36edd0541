import { API, type Person } from '@linli/types'
import type { Deps } from '../use-cases/deps'
import { AppError } from './app-error'
import { createMain, type Handlers } from './entry'

const userContext = (openid: string) => ({ environment: JSON.stringify({ WX_OPENID: openid }) })
const timerContext = { environment: JSON.stringify({ WX_OPENID: '', TRIGGER_SRC: 'timer' }) }
const anonymousClient = { environment: JSON.stringify({ WX_OPENID: '', TCB_SOURCE: 'wx_client' }) }

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
      findCaller: async (openid: string) => ({
        person: people.find((p) => p.openid === openid) ?? null,
        teams: [],
      }),
    },
    env: { LINLI_COMMUNITY_ID: 'c1' },
    now: () => new Date('2026-11-26T00:00:00Z'),
  }) as unknown as Deps

const notCalled = async (): Promise<never> => {
  throw new Error('not expected in this test')
}

describe('createMain', () => {
  const calls: unknown[] = []
  const handlers = {
    listForGrid: async (input, caller) => {
      calls.push({ input, openid: caller.openid })
      return { items: [], nextCursor: null }
    },
    get: async () => {
      throw new AppError('NOT_FOUND', 'request not found')
    },
    listMine: async () => {
      throw new Error('database down')
    },
  } as Partial<Handlers<'requests'>> as Handlers<'requests'>
  const sweeps: Date[] = []
  const main = createMain(
    'requests',
    API.requests,
    new Proxy(handlers, { get: (t, k) => (t as Record<string | symbol, unknown>)[k] ?? notCalled }),
    () => fakeDeps([aPerson()]),
    async (_event, now) => {
      sweeps.push(now)
      return { swept: true }
    },
  )
  beforeEach(() => {
    calls.splice(0)
    sweeps.splice(0)
  })

  it('passes parsed input with defaults and the platform caller to the handler', async () => {
    // GIVEN a grid leader calling listForGrid with no options
    // WHEN the entry runs
    const res = await main({ action: 'listForGrid', data: {} }, userContext('leader'))
    // THEN defaults are filled in and identity came from the context
    expect(res).toEqual({ ok: true, data: { items: [], nextCursor: null } })
    expect(calls).toEqual([{ input: { limit: 20, status: 'active' }, openid: 'leader' }])
  })

  it('refuses callers without one of the allowed roles before any handler runs', async () => {
    const res = await main({ action: 'listForGrid', data: {} }, userContext('stranger'))
    expect(res).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } })
    expect(calls).toHaveLength(0)
  })

  it('answers INPUT.INVALID with issues, ACTION.UNKNOWN, AUTH.UNAUTHENTICATED', async () => {
    expect(
      await main({ action: 'listForGrid', data: { limit: 500 } }, userContext('leader')),
    ).toMatchObject({
      ok: false,
      error: { code: 'INPUT.INVALID', issues: [{ path: ['limit'] }] },
    })
    for (const action of ['toString', 42, { $gt: '' }, null]) {
      expect(await main({ action }, userContext('leader'))).toMatchObject({
        ok: false,
        error: { code: 'ACTION.UNKNOWN' },
      })
    }
    expect(await main({ action: 'listForGrid' }, {})).toMatchObject({
      ok: false,
      error: { code: 'AUTH.UNAUTHENTICATED' },
    })
    expect(calls).toHaveLength(0)
  })

  it('turns an AppError into its code and an unexpected error into INTERNAL', async () => {
    expect(await main({ action: 'get', data: { id: 'x' } }, userContext('leader'))).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'request not found' },
    })
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    const internal = await main({ action: 'listMine', data: {} }, userContext('leader'))
    expect(internal).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'internal error' } })
    expect(spy).toHaveBeenCalled()
    spy.mockRestore()
  })

  it('runs a timer event through the system entry with the trigger time as now', async () => {
    const event = { Type: 'Timer', TriggerName: 'sweep', Time: '2026-12-01T02:00:00Z' }
    expect(await main(event, timerContext)).toEqual({ ok: true, data: { swept: true } })
    expect(sweeps).toEqual([new Date('2026-12-01T02:00:00Z')])
  })

  it('never lets a user or an anonymous client in through the system entry', async () => {
    const event = { Type: 'Timer', TriggerName: 'sweep', Time: '2030-01-01T00:00:00Z' }
    // A signed-in user sending a timer-shaped event is a user call with no action.
    expect(await main(event, userContext('leader'))).toMatchObject({
      ok: false,
      error: { code: 'ACTION.UNKNOWN' },
    })
    expect(await main(event, anonymousClient)).toMatchObject({
      ok: false,
      error: { code: 'AUTH.UNAUTHENTICATED' },
    })
    expect(sweeps).toHaveLength(0)
  })

  describe('a WeChat message push (消息推送)', () => {
    const pushes: unknown[] = []
    const withPush = createMain(
      'requests',
      API.requests,
      new Proxy(handlers, {
        get: (t, k) => (t as Record<string | symbol, unknown>)[k] ?? notCalled,
      }),
      () => fakeDeps([aPerson()]),
      undefined,
      undefined,
      async (event, now) => {
        pushes.push({ event: event.Event, now })
        return { ok: true, data: { handled: event.MsgType } }
      },
    )
    const packet = { MsgType: 'event', Event: 'wxa_media_check', trace_id: 't1' }
    const pushContext = {
      environment: JSON.stringify({ WX_OPENID: '', TCB_SOURCE: 'wx_unknown' }),
    }
    beforeEach(() => {
      pushes.length = 0
    })

    it('reaches the push handler from the platform, with no user', async () => {
      expect(await withPush(packet, pushContext)).toEqual({ ok: true, data: { handled: 'event' } })
      expect(pushes).toEqual([{ event: 'wxa_media_check', now: new Date('2026-11-26T00:00:00Z') }])
    })

    it('is never taken from the app, signed in or not, nor in a chain the app began', async () => {
      const chained = {
        environment: JSON.stringify({ WX_OPENID: '', TCB_SOURCE: 'wx_client,scf' }),
      }
      expect(await withPush(packet, userContext('leader'))).toMatchObject({
        error: { code: 'ACTION.UNKNOWN' },
      })
      expect(await withPush(packet, anonymousClient)).toMatchObject({
        error: { code: 'AUTH.UNAUTHENTICATED' },
      })
      expect(await withPush(packet, chained)).toMatchObject({
        error: { code: 'AUTH.UNAUTHENTICATED' },
      })
      expect(pushes).toHaveLength(0)
    })

    it('leaves functions without a push handler as they were', async () => {
      expect(await main(packet, pushContext)).toMatchObject({
        error: { code: 'AUTH.UNAUTHENTICATED' },
      })
    })
  })
})

describe('createMain read-ahead', () => {
  it('starts the reads of a valid input before the caller is looked up, with the platform openid', async () => {
    const order: string[] = []
    const deps = fakeDeps([aPerson()])
    const persons = deps.persons as unknown as { findCaller: (o: string) => Promise<unknown> }
    const find = persons.findCaller
    persons.findCaller = (openid) => {
      order.push(`caller ${openid}`)
      return find(openid)
    }
    const main = createMain(
      'requests',
      API.requests,
      {
        get: async (input: { id: string }) => {
          order.push(`handler ${input.id}`)
          return {} as never
        },
      } as Partial<Handlers<'requests'>> as Handlers<'requests'>,
      () => deps,
      undefined,
      (action, input, openid) => order.push(`ahead ${action} ${JSON.stringify(input)} ${openid}`),
    )
    await main({ action: 'get', data: { id: 'r1' } }, userContext('leader'))
    expect(order).toEqual(['ahead get {"id":"r1"} leader', 'caller leader', 'handler r1'])
    // Input that does not parse reads nothing at all.
    order.splice(0)
    await main({ action: 'get', data: { id: 42 } }, userContext('leader'))
    expect(order).toEqual([])
  })
})
