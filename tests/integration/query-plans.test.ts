// Every query the functions make walks an index: each action of the API map (and the board variants)
// runs through the gateway while the emulator's planner reports how it answered each query.
import { openDatabase, type Plan } from '../../emulator/database'
import { actionSamples, inputOf, prepare } from '../support/action-samples'
import { startStack, type Stack } from '../support/stack'

let stack: Stack
let current: string | null = null
const seen: Array<{ call: string; collection: string; plan: Plan }> = []

beforeAll(async () => {
  stack = await startStack({
    database: (options) =>
      openDatabase({
        ...options,
        onPlan: (collection, plan) => {
          if (current) seen.push({ call: current, collection, plan })
        },
      }),
  })
})
afterAll(() => stack.close())

/** A scan, or an index walked from end to end with nothing to seek on, reads the whole collection. */
const unbounded = (plan: Plan): boolean =>
  plan.kind === 'scan' || (plan.kind === 'index' && plan.where === '1')

/**
 * Read whole on purpose: the timer lists the communities (ids only) to sweep each one with queries
 * bounded by its own requests. One small document per community; no other whole read is allowed.
 */
const WHOLE_BY_DESIGN = ['requests timer sweep: communities scan']

const describePlan = ({ call, collection, plan }: (typeof seen)[number]): string =>
  `${call}: ${collection} ${plan.kind === 'index' ? `index ${plan.handle.name} (${plan.where})` : plan.kind}`

it('no query of any action plans as a scan', async () => {
  // GIVEN every action with a realistic caller and a request in the state it needs
  for (const sample of actionSamples()) {
    const target = await prepare(stack, sample)
    // WHEN it runs through the gateway
    current = `${sample.fn}.${sample.action}${sample.variant ? ` (${sample.variant})` : ''}`
    const input = await inputOf(stack, sample, target)
    await stack.call(sample.fn as never, sample.action as never, input, sample.who)
    current = null
  }
  current = 'requests timer sweep'
  await stack.system('requests', {
    Type: 'Timer',
    TriggerName: 'sweep',
    Time: new Date().toISOString(),
  })
  current = null
  // THEN every query was answered through an index (or by _id), none read a whole collection
  expect(seen.length).toBeGreaterThan(50)
  const whole = seen.filter((entry) => unbounded(entry.plan)).map(describePlan)
  expect(whole.filter((plan) => !WHOLE_BY_DESIGN.includes(plan))).toEqual([])
})

it('paged lists and grid boards count and page in SQL alone: their plans are exact', () => {
  // GIVEN the plans recorded above  WHEN looking at the board reads of requests
  const boards = seen.filter(
    (e) =>
      /listForGrid \(.*all|listForGrid \(leader, active|listMyTasks|listMine/.test(e.call) &&
      e.collection === 'requests',
  )
  // THEN each is answered by its index alone (no JS filter over the grid, COUNT on the index)
  expect(boards.length).toBeGreaterThan(8)
  expect(boards.filter((e) => e.plan.kind !== 'index' || !e.plan.exact).map(describePlan)).toEqual(
    [],
  )
})
