// A team captain's calls wait for at most 4 database round trips in sequence, like everyone's:
// the teams a captain leads come with the person, in the caller's one read (issue 10).
import { meterRoundTrips, openDatabase, type RoundTripMeter } from '../../emulator/database'
import { requestIn } from '../support/drive'
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

const metered = async <T>(send: () => Promise<T>) => {
  if (!meter) throw new Error('no metered database')
  meter.reset()
  const answer = await send()
  return { answer, sequential: meter.sequential() }
}

describe('a team captain’s round trips', () => {
  it('claims an open request in ≤ 4 round trips in sequence', async () => {
    // GIVEN an open request in the captain's grid
    const id = await requestIn(stack, 'open')

    // WHEN demo-captain claims it
    const { answer, sequential } = await metered(() =>
      stack.call('requests', 'claim', { id }, 'demo-captain'),
    )

    // THEN the claim lands, and no read or write waited behind more than 3 others
    expect(dataOf(answer).status).toBe('claimed')
    expect(sequential).toBeLessThanOrEqual(4)
  })

  it('reads the board for the teams they lead in ≤ 3 round trips in sequence', async () => {
    // GIVEN an open request on the board
    await requestIn(stack, 'open')

    // WHEN demo-captain opens the board
    const { answer, sequential } = await metered(() =>
      stack.call('requests', 'listBoard', { status: 'active' }, 'demo-captain'),
    )

    // THEN it answers rows after the caller's one read (teams included), the page and its buildings
    expect(dataOf(answer).items.length).toBeGreaterThan(0)
    expect(sequential).toBeLessThanOrEqual(3)
  })
})
