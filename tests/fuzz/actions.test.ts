// Every action of every function, driven through the gateway with generated inputs (issue 7, item 5):
// no INTERNAL, no crash, nothing written by a rejected call, every answer within a second and checked.
import fc from 'fast-check'
import { API } from '@linli/types'
import { garbage, type IdPool } from '../support/fuzz-inputs'
import { checkResponse } from '../support/response-check'
import { CALLERS, fuzzAction, pooled, preview, SLOW_MS, type FuzzStats } from './fuzz-engine'
import { startFuzzStack, type Answer, type FuzzStack } from './fuzz-stack'
import { buildWorld, fuzzTargets, growPool } from './fuzz-world'

/** npm test runs 300 per action (the fuzzer grows with every action; npm test stays well under 15 minutes); `npm run test:fuzz` runs the long version. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 300)
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

describe('the gateway and the entry', () => {
  const functions = Object.keys(API)
  const realActions = new Set(targets.map((t) => t.action))
  const judged = async (answers: Promise<Answer[]>, expected: string[]) => {
    for (const answer of await answers) {
      expect(answer.ms).toBeLessThan(SLOW_MS)
      expect(answer.status).toBeLessThan(500)
      expect(expected).toContain(answer.envelope.ok ? 'ok' : answer.envelope.error?.code)
    }
  }

  it('answers ACTION.UNKNOWN to any action name not in the API map', async () => {
    const names = fc.oneof(
      fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'Me', 'me '),
      fc.string(),
      garbage,
    )
    const cases = fc.sample(fc.tuple(fc.constantFrom(...functions), names), {
      numRuns: 300,
      seed: SEED,
    })
    const unknown = cases.filter(([, name]) => !(typeof name === 'string' && realActions.has(name)))
    for (let i = 0; i < unknown.length; i += 8) {
      const batch = unknown.slice(i, i + 8).map(([fn, name]) => {
        const body = JSON.stringify({ action: name, data: {} })
        return stack.raw(fn, body, 'demo-staff').then((a) => {
          checkResponse({ fn, action: preview(name), openid: 'demo-staff' }, a.envelope)
          return a
        })
      })
      await judged(Promise.all(batch), ['ACTION.UNKNOWN'])
    }
  })

  it('survives bodies no client sends', async () => {
    const bodies = fc.oneof(
      fc.string(),
      fc.constantFrom('', 'null', '[]', '"me"', '1e999', '{"action":', '{"action":"me"}x'),
      fc.constant('['.repeat(100_000)),
      // 20,000 levels deep (once an emulator crash at ~5,000): the gateway refuses it as malformed.
      fc.constant(`{"action":"me","data":${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}}`),
      garbage.map((g) => JSON.stringify({ action: g, data: g }) ?? 'undefined'),
    )
    const cases = fc.sample(fc.tuple(fc.constantFrom(...functions), bodies), {
      numRuns: 300,
      seed: SEED,
    })
    for (let i = 0; i < cases.length; i += 8) {
      const before = stack.writeMark()
      const batch = cases.slice(i, i + 8).map(([fn, body]) => stack.raw(fn, body, 'demo-staff'))
      await judged(Promise.all(batch), ['ok', 'INPUT.INVALID', 'ACTION.UNKNOWN', 'AUTH.FORBIDDEN'])
      expect(stack.writeMark()).toBe(before)
    }
  })

  it('takes identity from the platform only, whatever the event carries', async () => {
    // org.me's answer is checked to describe the caller (response-check): smuggled ids change nothing.
    const smuggled = fc.dictionary(
      fc.constantFrom(
        'openid',
        'OPENID',
        'userInfo',
        'WX_OPENID',
        'context',
        'environment',
        'caller',
      ),
      fc.constantFrom<unknown>('demo-staff', { openId: 'demo-staff' }, { WX_OPENID: 'demo-staff' }),
      { minKeys: 1 },
    )
    const cases = fc.sample(fc.tuple(smuggled, fc.constantFrom(...CALLERS)), {
      numRuns: 100,
      seed: SEED,
    })
    const answers = await pooled(cases, CONCURRENCY, async ([extra, openid]) => {
      const a = await stack.raw('org', JSON.stringify({ ...extra, action: 'me', data: {} }), openid)
      checkResponse({ fn: 'org', action: 'me', openid }, a.envelope)
      return a
    })
    await judged(Promise.resolve(answers), ['ok'])
  })
})

it('keeps answering after all of it', async () => {
  const { envelope } = await stack.call('org', 'me', {}, 'demo-resident')
  expect(envelope).toMatchObject({ ok: true, data: { personId: 'person-demo-resident' } })
})
