// Drives one action with generated inputs and asserts what must hold for any input (issue 7, item 5).
import fc from 'fast-check'
import type { ZodTypeAny } from 'zod'
import { fuzzInput, type IdPool, type InputMix } from '../support/fuzz-inputs'
import type { Answer, FuzzStack } from './fuzz-stack'

/** Every answer within this, whatever the input (a phone user gives up after about a second). */
export const SLOW_MS = 1000

/** Who calls: every demo identity, seeded people, strangers, no identity, a malformed identity. */
export const CALLERS = [
  'demo-resident',
  'demo-resident-2',
  'demo-resident-far',
  'demo-member',
  'demo-member-2',
  'demo-grid-leader',
  'demo-grid-leader-2',
  'demo-staff',
  'demo-unit-liaison',
  'demo-captain',
  'demo-newcomer',
  'seed-resident-005',
  'seed-member-08',
  'fuzz-visitor-1',
] as const
const BAD_OPENID = 'not an openid!'
const callerArb = fc.oneof(
  { arbitrary: fc.constantFrom<string | null>(...CALLERS), weight: 30 },
  { arbitrary: fc.constantFrom<string | null>(null, BAD_OPENID), weight: 1 },
)

export interface FuzzOptions {
  runs: number
  seed: number
  /** Calls in flight at once. */
  concurrency: number
  /** Inputs generated and checked per write-detector window. */
  batch: number
  /** Actions that only read: any write at all during their calls is a bug. */
  readOnly: boolean
  mix?: InputMix
  /** Called with every successful answer (the suite grows its id pool from new requests). */
  onOk?: (data: unknown) => void
  /** Called after every batch (the long run prints its progress). */
  onBatch?: (stats: FuzzStats) => void
}

export interface FuzzStats {
  runs: number
  ok: number
  codes: Record<string, number>
  /** Rejected calls proven to have written nothing (the rest shared a window with a success). */
  rejectedChecked: number
  rejected: number
  maxMs: number
  ms: number
}

interface Case {
  data: unknown
  openid: string | null
  valid: boolean
}

export class FuzzFailure extends Error {
  override name = 'FuzzFailure'
}

/** Long strings cut, so a failure report stays readable (inputs go up to megabytes). */
export const preview = (value: unknown): string =>
  JSON.stringify(value, (_k, v: unknown) =>
    typeof v === 'string' && v.length > 80 ? `${v.slice(0, 80)}…(${v.length} chars)` : v,
  )?.slice(0, 600) ?? String(value)

/**
 * What the function is handed: JSON turns NaN into null and drops undefined, and the entry reads
 * a missing or null `data` as {} (FunctionEvent's data is optional).
 */
const received = (data: unknown): unknown =>
  (JSON.parse(JSON.stringify({ data })) as { data?: unknown }).data ?? {}

const expectedRejection = (c: Case): string | null => {
  if (c.openid === null) return 'AUTH.UNAUTHENTICATED'
  if (c.openid === BAD_OPENID || !c.valid) return 'INPUT.INVALID'
  return null
}

const judge = (where: string, c: Case, answer: Answer): void => {
  const fail = (why: string) => {
    throw new FuzzFailure(
      `${where} as ${c.openid}: ${why}\n  input: ${preview(c.data)}\n  answer: ${preview(answer.envelope)}`,
    )
  }
  if (answer.ms > SLOW_MS) fail(`took ${answer.ms.toFixed(0)} ms`)
  const { envelope } = answer
  const code = envelope.ok ? null : (envelope.error?.code ?? '?')
  if (code === 'INTERNAL' || code?.startsWith('FUNCTION.') || answer.status >= 500) {
    fail(`crashed (${code}, HTTP ${answer.status})`)
  }
  const expected = expectedRejection(c)
  if (expected && code !== expected) fail(`expected ${expected}, got ${code ?? 'ok'}`)
}

/** Runs calls with at most `limit` in flight; answers in input order. */
export const pooled = async <T, R>(items: T[], limit: number, run: (item: T) => Promise<R>) => {
  const out: R[] = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      out[i] = await run(items[i] as T)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return out
}

export const fuzzAction = async (
  stack: FuzzStack,
  fn: string,
  action: string,
  input: ZodTypeAny,
  pool: IdPool,
  options: FuzzOptions,
): Promise<FuzzStats> => {
  const where = `${fn}.${action}`
  const caseArb = fc.tuple(fuzzInput(input, pool, options.mix), callerArb)
  const stats: FuzzStats = {
    runs: 0,
    ok: 0,
    codes: {},
    rejectedChecked: 0,
    rejected: 0,
    maxMs: 0,
    ms: 0,
  }
  const started = performance.now()
  const record = (answers: Answer[]) => {
    for (const a of answers) {
      stats.runs += 1
      stats.maxMs = Math.max(stats.maxMs, a.ms)
      if (a.envelope.ok) {
        stats.ok += 1
        options.onOk?.(a.envelope.data)
      } else {
        const code = a.envelope.error?.code ?? '?'
        stats.codes[code] = (stats.codes[code] ?? 0) + 1
        stats.rejected += 1
      }
    }
  }
  /** Runs one window of calls; if none succeeded (or the action only reads), nothing may be written. */
  const window = async (cases: Case[]) => {
    const before = stack.writeMark()
    const answers = await pooled(cases, options.concurrency, async (c) => {
      const answer = await stack.call(fn, action, c.data, c.openid).catch((error: Error) => {
        // The response checker's verdict, with the input that led to it.
        throw new FuzzFailure(`${error.message}\n  input: ${preview(c.data)}`)
      })
      judge(where, c, answer)
      return answer
    })
    const wrote = stack.writeMark() !== before
    // A refusal for the per-person limit records who hit it (for staff): that write is the point.
    const succeeded = answers.some(
      (a) => a.envelope.ok || a.envelope.error?.code === 'RATE.LIMITED',
    )
    if (wrote && (options.readOnly || !succeeded)) {
      const inputs = cases.map((c) => `${c.openid}: ${preview(c.data)}`).join('\n  ')
      throw new FuzzFailure(
        `${where} wrote to the database though ${options.readOnly ? 'it only reads' : 'every call was rejected'}:\n  ${inputs}`,
      )
    }
    if (options.readOnly || !succeeded)
      stats.rejectedChecked += answers.filter((a) => !a.envelope.ok).length
    record(answers)
  }
  for (let chunk = 0; stats.runs < options.runs; chunk += 1) {
    const size = Math.min(options.batch, options.runs - stats.runs)
    const cases = fc
      .sample(caseArb, { numRuns: size, seed: options.seed + chunk })
      .map(([data, openid]) => ({ data, openid, valid: input.safeParse(received(data)).success }))
    // Invalid inputs are rejected before any read: one window for all of them.
    await window(cases.filter((c) => !c.valid || expectedRejection(c)))
    // Valid ones may write: windows of two, so a rejected call seldom shares one with a success.
    const valid = cases.filter((c) => c.valid && !expectedRejection(c))
    const step = options.readOnly ? valid.length : 2
    for (let i = 0; i < valid.length; i += step) await window(valid.slice(i, i + step))
    options.onBatch?.({ ...stats, ms: performance.now() - started })
  }
  stats.ms = performance.now() - started
  return stats
}
