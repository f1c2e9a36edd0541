// Action rows: for every action of the API map (new functions included, via the samples), the
// database round trips of one call, how many of them ran in sequence, and the call's time through
// the gateway ÷ (its round trips × one round trip).
import { fork } from 'node:child_process'
import { once } from 'node:events'
import path from 'node:path'
import { API } from '@linli/types'
import { meterRoundTrips, openDatabase, type RoundTripMeter } from '../../emulator/database'
import { actionSamples, inputOf, prepare, type ActionSample } from '../support/action-samples'
import { clearReportAllowances } from '../support/drive'
import { checkResponse } from '../support/response-check'
import { startStack, type Stack } from '../support/stack'
import { median, round } from './stats'
import { add, type Row } from './table'

const RUNS = 7
/** Injected before each database answer to tell sequential round trips from parallel ones. */
const PROBE_DELAY_MS = 25
const MAX_SEQUENTIAL = 4

type Meter = RoundTripMeter<ReturnType<typeof openDatabase>>

/** One round trip as a function sees it: an SDK count on an empty collection. */
async function oneRoundTrip(stack: Stack, calls = 200): Promise<number> {
  const empty = stack.db.collection('quotas')
  const times: number[] = []
  for (let i = 0; i < calls; i++) {
    const t = performance.now()
    await empty.where({ _id: 'bench-none' }).count()
    times.push(performance.now() - t)
  }
  return median(times.slice(calls / 4))
}

/**
 * One round trip as a function's process makes it: from a separate `node` process, so the
 * operating system switches between it and the emulator as it does for a function.
 */
async function otherProcessTrips(stack: Stack) {
  const child = fork(path.join(__dirname, 'round-trip-child.cjs'), [stack.adminUrl], {
    execArgv: [],
  })
  await once(child, 'message')
  return {
    measure: async (calls: number): Promise<number> => {
      const answer = once(child, 'message')
      child.send({ calls })
      return ((await answer)[0] as { median: number }).median
    },
    close: () => child.disconnect(),
  }
}

/**
 * One call through the gateway, timed from the request to the parsed answer; the bench's own
 * check of the answer (schema, personal data) runs after the clock stops.
 */
async function gatewayCall(stack: Stack, fn: string, action: string, data: unknown, who: string) {
  const t = performance.now()
  const res = await fetch(`${stack.url}/functions/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-wx-openid': who },
    body: JSON.stringify({ action, data }),
  })
  const envelope = (await res.json()) as { ok: boolean; error?: { code: string } }
  const ms = performance.now() - t
  checkResponse({ fn, action, openid: who }, envelope)
  return { ms, envelope }
}

/**
 * The gateway's floor: a call the entry answers before any database work (an unknown action):
 * the HTTP hop to the emulator, IPC to the function's process, the entry, JSON both ways.
 */
async function gatewayFloor(stack: Stack, calls = 200): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < calls; i++)
    times.push((await gatewayCall(stack, 'requests', 'benchNoSuchAction', {}, 'demo-resident')).ms)
  return median(times.slice(calls / 4))
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
  const { ms, envelope } = await gatewayCall(stack, sample.fn, sample.action, input, sample.who)
  return {
    ms,
    trips: meter.trips().length,
    sequential: meter.sequential(),
    ok: envelope.ok,
    code: envelope.ok ? '' : (envelope.error?.code ?? '?'),
  }
}

export async function benchActions(): Promise<void> {
  let delay = 0
  let meter: Meter | undefined
  let closeApart = () => undefined as void
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
    const [trip, floor] = [await oneRoundTrip(stack), await gatewayFloor(stack)]
    const apart = await otherProcessTrips(stack)
    closeApart = apart.close
    const apartTrip = await apart.measure(200)
    add({
      section: 'actions',
      name: 'one round trip from another process (as a function makes it)',
      figure: `${round(apartTrip, 3)} ms`,
      reference: `from the bench's own process ${round(trip, 3)} ms`,
      ratio: apartTrip / trip,
      values: { apartTrip, oneRoundTrip: trip },
    })
    const functions = Object.keys(API).length
    console.log(
      `  one round trip: ${round(trip, 3)} ms; gateway floor ${round(floor, 3)} ms; ${functions} functions`,
    )
    add({
      section: 'actions',
      name: 'gateway floor: a call answered before any database work (unknown action)',
      figure: `${round(floor)} ms`,
      reference: `one round trip ${round(trip, 3)} ms`,
      ratio: floor / trip,
      values: { floor, oneRoundTrip: trip },
    })
    const againstFloor: Row[] = []
    let within = 0
    const samples = actionSamples()
    for (const sample of samples) {
      // References taken right before the call's own runs: the machine is shared, its load moves.
      const trip = await oneRoundTrip(stack, 40)
      const floor = await gatewayFloor(stack, 20)
      const fnTrip = await apart.measure(40)
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
      // The same call against what the gateway and its waits alone would cost.
      const model = floor + probe.sequential * fnTrip
      againstFloor.push({
        section: 'actions (gateway)',
        name: label(sample) + outcome,
        figure: `${round(ms)} ms`,
        reference: `floor ${round(floor)} + ${probe.sequential} × ${round(fnTrip, 3)} ms`,
        ratio: ms / model,
        goal: '≤ 2',
        met: ms / model <= 2,
        values: { ms, floor, sequential: probe.sequential, oneRoundTripApart: fnTrip },
      })
    }
    for (const row of againstFloor) add(row)
    add({
      section: 'actions (gateway)',
      name: 'calls within 2 × (gateway floor + round trips in sequence × one round trip from another process)',
      figure: `${againstFloor.filter((r) => r.met).length} of ${againstFloor.length}`,
      reference: 'the same calls as above',
      goal: 'all',
      met: againstFloor.every((r) => r.met),
    })
    add({
      section: 'actions', name: `calls with at most ${MAX_SEQUENTIAL} round trips in sequence`,
      figure: `${within} of ${samples.length}`, reference: `${Object.keys(API).length} functions, every action and board variant`,
      goal: 'all', met: within === samples.length,
    })
  } finally {
    closeApart()
    await stack.close()
  }
}
