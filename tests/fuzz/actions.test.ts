// Every action of every function, driven through the gateway with generated inputs (issue 7, item 5):
// no INTERNAL, no crash, nothing written by a rejected call, every answer within a second and checked.
import type { IdPool } from '../support/fuzz-inputs'
import { fuzzAction, type FuzzStats } from './fuzz-engine'
import { startFuzzStack, type FuzzStack } from './fuzz-stack'
import { buildWorld, fuzzTargets, growPool } from './fuzz-world'

/** npm test runs 1,000 per action; `npm run test:fuzz` runs the long version. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000)
const SEED = Number(process.env.FUZZ_SEED ?? 20260105)
const CONCURRENCY = Number(process.env.FUZZ_CONCURRENCY ?? 4)
/** Inside npm test, mostly inputs the schema rejects (cheap); the long run leans to valid ones. */
const MIX =
  process.env.FUZZ_MIX === 'long'
    ? { valid: 4, noisy: 4, garbage: 1 }
    : { valid: 1, noisy: 3, garbage: 2 }

let stack: FuzzStack
let pool: IdPool
const summary: string[] = []
const started = performance.now()
beforeAll(async () => {
  stack = await startFuzzStack()
  pool = await buildWorld(stack)
})
afterAll(async () => {
  await stack?.close()
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(`fuzz: ${RUNS} runs per action, seed ${SEED}, ${seconds}s\n${summary.join('\n')}`)
})

const targets = fuzzTargets()

it('covers every action of the API map', () => {
  expect(targets.map((t) => `${t.fn}.${t.action}`)).toEqual(
    expect.arrayContaining(['org.me', 'requests.report', 'requests.get', 'requests.reportBack']),
  )
  // Writes are told apart by their idempotency key: only report and the lifecycle actions write.
  expect(targets.filter((t) => !t.readOnly).map((t) => t.action)).toContain('claim')
  expect(targets.find((t) => t.action === 'listMine')?.readOnly).toBe(true)
})

it('notices a write: the detector moves when a valid report is stored', async () => {
  const before = stack.writeMark()
  const { envelope } = await stack.call(
    'requests',
    'report',
    { category: 'repair', description: '单元门关不上了', clientRequestId: 'fuzz-detector-1' },
    'demo-resident-far',
  )
  expect(envelope.ok).toBe(true)
  expect(stack.writeMark()).not.toBe(before)
})

const line = (name: string, s: FuzzStats) => {
  const codes = Object.entries(s.codes)
    .map(([c, n]) => `${c} ${n}`)
    .join(', ')
  return `${name}: ${s.runs} runs in ${(s.ms / 1000).toFixed(1)}s, ok ${s.ok}, max ${s.maxMs.toFixed(0)} ms, rejected ${s.rejected} (write-checked ${s.rejectedChecked}): ${codes}`
}

describe.each(targets.map((t) => [`${t.fn}.${t.action}`, t] as const))('%s', (name, target) => {
  it(`survives ${RUNS} generated inputs`, async () => {
    const stats = await fuzzAction(stack, target.fn, target.action, target.input, pool, {
      runs: RUNS,
      seed: SEED + name.length * 7919 + name.charCodeAt(name.length - 1),
      concurrency: CONCURRENCY,
      mix: MIX,
      batch: 50,
      readOnly: target.readOnly,
      onOk: growPool(pool),
    })
    summary.push(line(name, stats))
    expect(stats.runs).toBe(RUNS)
    // Most rejected calls must have been proven write-free, not merely hoped to be.
    expect(stats.rejectedChecked).toBeGreaterThan(stats.rejected * 0.8)
  }, 120_000)
})

it('keeps answering after all of it', async () => {
  const { envelope } = await stack.call('org', 'me', {}, 'demo-resident')
  expect(envelope).toMatchObject({ ok: true, data: { personId: 'person-demo-resident' } })
})
