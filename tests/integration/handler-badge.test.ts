// 党员标兵岗 on the request: whoever may see a request handled by a badged member sees the badge,
// and requests.get still waits for at most 4 database round trips in sequence (the handler is read
// beside the building, grid and reporter); awarding it and setting a photo stay within 4 too.
import { meterRoundTrips, openDatabase, type RoundTripMeter } from '../../emulator/database'
import { key, requestIn } from '../support/drive'
import { dataOf, startStack, type Stack } from '../support/stack'

type Meter = RoundTripMeter<ReturnType<typeof openDatabase>>
let stack: Stack
let meter: Meter | undefined
beforeAll(async () => {
  stack = await startStack({
    database: (options) => {
      // A delay before each answer tells round trips in sequence from those sent together.
      meter = meterRoundTrips(openDatabase(options), { delayMs: 15 })
      return meter.database
    },
  })
})
afterAll(() => stack.close())

const award = (memberId: string, awarded: boolean) =>
  stack.call(
    'members',
    'awardBadge',
    { memberId, badge: 'pioneerPost', awarded, clientRequestId: key() },
    'demo-staff',
  )

/** The database round trips `send` waits for one after another. */
const sequentialOf = async (send: () => Promise<unknown>) => {
  if (!meter) throw new Error('no metered database')
  meter.reset()
  await send()
  return meter.sequential()
}

const getAs = async (id: string, openid: string) => {
  if (!meter) throw new Error('no metered database')
  meter.reset()
  const detail = dataOf(await stack.call('requests', 'get', { id }, openid))
  return { detail, sequential: meter.sequential(), trips: meter.trips().length }
}

describe('the handler’s 党员标兵岗 on the request', () => {
  it('shows to the reporter, the handler and a masked viewer once staff award it, in ≤ 4 trips', async () => {
    // GIVEN a request demo-member handles, and the badge awarded to demo-member
    const id = await requestIn(stack, 'inProgress')
    dataOf(await award('person-demo-member', true))

    // WHEN the reporter, the handler and another member of the grid (masked) open it
    const reporter = await getAs(id, 'demo-resident')
    const handler = await getAs(id, 'demo-member')
    const masked = await getAs(id, 'demo-member-2')

    // THEN each sees the badge beside the handler's name
    for (const { detail } of [reporter, handler, masked]) {
      expect(detail.handler).toEqual({
        kind: 'member',
        id: 'person-demo-member',
        name: expect.any(String),
        badges: ['pioneerPost'],
      })
    }
    expect(masked.detail.masked).toBe(true)
    // AND no read waited for more than 4 round trips in sequence
    for (const view of [reporter, handler, masked]) expect(view.sequential).toBeLessThanOrEqual(4)
    expect(reporter.sequential).toBeGreaterThan(1)

    // WHEN staff withdraw the badge THEN the request shows none
    dataOf(await award('person-demo-member', false))
    expect((await getAs(id, 'demo-resident')).detail.handler.badges).toEqual([])
  })

  it('carries no badge for a member staff never awarded', async () => {
    // GIVEN a request assigned to demo-member-2 (never awarded)
    const id = await requestIn(stack, 'assigned')

    // WHEN the reporter opens it
    const { detail, sequential } = await getAs(id, 'demo-resident')

    // THEN the handler has no badge
    expect(detail.handler).toMatchObject({ kind: 'member', id: 'person-demo-member-2', badges: [] })
    expect(sequential).toBeLessThanOrEqual(4)
  })
})

describe('awarding the badge and setting a photo', () => {
  const setPhoto = () =>
    stack.call('members', 'setPhoto', { photo: null, clientRequestId: key() }, 'demo-member-2')

  it('each wait for at most 4 round trips in sequence (the card’s names load beside the write)', async () => {
    // GIVEN staff and the member have written this minute already (the first write of a minute
    // creates the allowance counter, one trip more: the bench measures the same steady state)
    dataOf(await award('person-demo-member-2', false))
    dataOf(await setPhoto())

    // WHEN staff award the badge and the member (also a captain) sets their photo
    const awarded = await sequentialOf(async () =>
      expect(dataOf(await award('person-demo-member-2', true)).badges).toEqual(['pioneerPost']),
    )
    const photo = await sequentialOf(async () => expect(dataOf(await setPhoto()).photo).toBeNull())

    // THEN neither waits for more than 4 round trips one after another
    expect(awarded).toBeLessThanOrEqual(4)
    expect(photo).toBeLessThanOrEqual(4)
  })
})
