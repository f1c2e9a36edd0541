// Action rows: for every action of the API map (new functions included, via the samples), the
// database round trips of one call, how many of them ran in sequence, and the call's time through
// the gateway ÷ (its round trips × one round trip).
import { API } from '@linli/types'
import { meterRoundTrips, openDatabase, type RoundTripMeter } from '../../emulator/database'
import { actionSamples, inputOf, prepare, type ActionSample } from '../support/action-samples'
import { clearReportAllowances } from '../support/drive'
import { startStack, type Stack } from '../support/stack'
import { median, round } from './stats'
import { add } from './table'

const RUNS = 7
/** Injected before each database answer to tell sequential round trips from parallel ones. */
const PROBE_DELAY_MS = 25
const MAX_SEQUENTIAL = 4

type Meter = RoundTripMeter<ReturnType<typeof openDatabase>>

/** One round trip as a function sees it: an SDK count on an empty collection. */
async function oneRoundTrip(stack: Stack): Promise<number> {
  const empty = stack.db.collection('quotas')
  const times: number[] = []
  for (let i = 0; i < 200; i++) {
    const t = performance.now()
    await empty.where({ _id: 'bench-none' }).count()
    times.push(performance.now() - t)
  }
  return median(times.slice(50))
}

const label = (s: ActionSample) =>
  `${s.fn}.${s.action}${s.variant ? ` (${s.variant})` : ''}${s.generated ? ' [input from schema]' : ''}`

/**
 * The bench calls far more often than a person may write (30 a minute), so counters are cleared
 * between calls; they are then set to 0 rather than left absent, so each call meets an existing
 * counter as every write after a person's first in a minute does (the first costs one more trip).
 */
async function openAllowances(stack: Stack, openid: string): Promise<void> {
  const now = Date.now()
  const windows = { writesPerMinute: 60_000, reportsPerHour: 3_600_000 }
  await Promise.all(
    Object.entries(windows).map(([limit, ms]) => {
      const window = Math.floor(now / ms)
      return stack.db
        .collection('quotas')
        .doc(`${limit}:${openid}:${window}`)
        .set({ count: 0, expiresAt: new Date((window + 1) * ms) })
    }),
  )
}

async function callOnce(stack: Stack, meter: Meter, sample: ActionSample) {
  const target = await prepare(stack, sample)
  await clearReportAllowances(stack)
  await openAllowances(stack, sample.who)
  const input = await inputOf(stack, sample, target)
  meter.reset()
  const t = performance.now()
  const res = await stack.call(sample.fn as never, sample.action as never, input, sample.who)
  return {
    ms: performance.now() - t,
    trips: meter.trips().length,
    sequential: meter.sequential(),
    ok: res.ok,
    code: res.ok ? '' : res.error.code,
  }
}

export async function benchActions(): Promise<void> {
  let delay = 0
  let meter: Meter | undefined
  const stack = await startStack({
    database: (options) => {
      const db = openDatabase(options)
      // The delay is read per request, so one stack serves both the timed and the probing runs.
      const delayed = {
        ...db,
        handle: async (body: Record<string, unknown>) => {
          if (delay > 0) await new Promise((r) => setTimeout(r, delay))
          return db.handle(body)
        },
      }
      meter = meterRoundTrips(delayed)
      return meter.database
    },
  })
  try {
    if (!meter) throw new Error('no database')
    const trip = await oneRoundTrip(stack)
    const functions = Object.keys(API).length
    console.log(`  one round trip: ${round(trip, 3)} ms; ${functions} functions`)
    let within = 0
    const samples = actionSamples()
    for (const sample of samples) {
      const runs = []
      for (let i = 0; i < RUNS; i++) runs.push(await callOnce(stack, meter, sample))
      delay = PROBE_DELAY_MS
      const probe = await callOnce(stack, meter, sample)
      delay = 0
      const timed = runs.slice(2)
      const ms = median(timed.map((r) => r.ms))
      const trips = median(timed.map((r) => r.trips))
      const ratio = ms / (Math.max(1, trips) * trip)
      const outcome = timed.every((r) => r.ok)
        ? ''
        : ` (answered ${timed.find((r) => !r.ok)?.code})`
      if (probe.sequential <= MAX_SEQUENTIAL) within++
      add({
        section: 'actions',
        name: label(sample) + outcome,
        figure: `${round(ms)} ms, ${trips} round trips, ${probe.sequential} in sequence`,
        reference: `${trips} × ${round(trip, 3)} ms`,
        ratio,
        goal: `≤ ${MAX_SEQUENTIAL} in sequence; ratio ≤ 2`,
        met: probe.sequential <= MAX_SEQUENTIAL && ratio <= 2,
        values: { ms, trips, sequential: probe.sequential, oneRoundTrip: trip },
      })
    }
    add({
      section: 'actions', name: `calls with at most ${MAX_SEQUENTIAL} round trips in sequence`,
      figure: `${within} of ${samples.length}`, reference: `${Object.keys(API).length} functions, every action and board variant`,
      goal: 'all', met: within === samples.length,
    })
  } finally {
    await stack.close()
  }
}
