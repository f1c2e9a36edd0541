// No call waits for more than 4 database round trips one after another (issue 10): every action of
// the API map (its samples: each variant, as the person who would call it) runs through the gateway
// with a delay before each database answer, so trips sent together are told from trips in sequence.
import { meterRoundTrips, openDatabase, type RoundTripMeter } from '../../emulator/database'
import { actionSamples, inputOf, prepare, type ActionSample } from '../support/action-samples'
import { startStack, type Stack } from '../support/stack'

type Meter = RoundTripMeter<ReturnType<typeof openDatabase>>
let stack: Stack
let meter: Meter | undefined
beforeAll(async () => {
  stack = await startStack({
    database: (options) => {
      // Long enough that trips sent together still overlap on a loaded machine (requests sent in
      // one Promise.all were seen arriving 5–15 ms apart under the full suite; with 10 ms the
      // quota's increment and create were once counted one after the other).
      meter = meterRoundTrips(openDatabase(options), { delayMs: 40 })
      return meter.database
    },
  })
})
afterAll(() => stack.close())

const MAX_IN_SEQUENCE = 4
const nameOf = (s: ActionSample) => `${s.fn}.${s.action}${s.variant ? ` (${s.variant})` : ''}`

it(`every sampled call waits for at most ${MAX_IN_SEQUENCE} round trips in sequence`, async () => {
  if (!meter) throw new Error('no metered database')
  const measured: Array<{ call: string; sequential: number; ok: boolean }> = []
  // GIVEN each action's sample, its target prepared (unmetered)
  for (const sample of actionSamples().filter((s) => !s.generated)) {
    const target = await prepare(stack, sample)
    const input = await inputOf(stack, sample, target)
    // WHEN it runs through the gateway
    meter.reset()
    const answer = await stack.call(sample.fn as never, sample.action as never, input, sample.who)
    measured.push({ call: nameOf(sample), sequential: meter.sequential(), ok: answer.ok })
  }
  // THEN every sample did its work (a refusal would measure nothing) within the bound
  expect(measured.filter((m) => !m.ok).map((m) => m.call)).toEqual([])
  expect(measured.length).toBeGreaterThan(40)
  const over = measured.filter((m) => m.sequential > MAX_IN_SEQUENCE)
  expect(over.map((m) => `${m.call}: ${m.sequential}`)).toEqual([])
  // Every database answer waits 40 ms, setups included: about a hundred calls take a minute here.
}, 180_000)
