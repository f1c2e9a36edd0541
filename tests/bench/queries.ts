// Query rows: an indexed page ÷ the SDK's no-op, every query shape of the functions at 1M ÷ at 10k,
// and p50/p95 on the synthetic city (board, a resident's own list, a community's monthly figures).
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { requestListDocSchema } from '@linli/types'
import { ACTIVE_REQUEST_STATUSES } from '../../cloudfunctions/domain/due-time'
import { createRequestRepository } from '../../cloudfunctions/data/request.repository'
import { SWEEP_PAGE } from '../../cloudfunctions/use-cases/requests/sweep-requests'
import { loadIndexConfig } from '../../emulator/database/store/index-config'
import { syncIndexes } from '../../emulator/database/store/index-sync'
import { SqliteStore } from '../../emulator/database/store/sqlite-store'
import { startEmulator } from '../../emulator'
import { meterRoundTrips, openDatabase, type RoundTripMeter } from '../../emulator/database'
import { sdkApp, type App } from '../emulator/helpers/db-server'
import { communityId, generateCity, gridIdOf, random, reporterOf } from './city'
import { median, percentile, round, timeCalls } from './stats'
import { add } from './table'

const INDEXES = path.resolve(__dirname, '..', '..', 'cloudfunctions', 'indexes.json')
const NOW = new Date('2025-06-30T16:00:00Z')
const DAY_BEFORE = new Date(NOW.getTime() - 24 * 3_600_000)
const RUNS = 200

type Shapes = Record<string, (app: App, i: number) => Promise<unknown>>

/** The shapes the functions send, through the repository code itself (community 0, grid 1). */
const shapes = (): Shapes => {
  const cid = communityId(0)
  const grid = gridIdOf(0, 0)
  const repo = (app: App) => createRequestRepository(app.database())
  const page = { limit: 20 }
  return {
    'board, all (leader)': (app) =>
      repo(app).pageForGrid(
        { communityId: cid, gridIds: [grid], statuses: null, includeSensitive: true },
        page,
      ),
    'board with status filter (leader, active)': (app) =>
      repo(app).listActive({
        communityId: cid,
        gridIds: [grid],
        statuses: ACTIVE_REQUEST_STATUSES,
        includeSensitive: true,
      }),
    'member board without sensitive (open)': (app) =>
      repo(app).listActive({
        communityId: cid,
        gridIds: [grid],
        statuses: ['open'],
        includeSensitive: false,
      }),
    'member board without sensitive (all, paged)': (app) =>
      repo(app).pageForGrid(
        { communityId: cid, gridIds: [grid], statuses: null, includeSensitive: false },
        page,
      ),
    "a resident's own list": (app, i) => repo(app).pageByReporter(reporterOf(0, i % 2340), page),
    "a handler's (unit liaison's) done list": (app, i) =>
      repo(app).pageByHandlerKeys(cid, [`member:${cid}-member-${i % 356}`], ['closed'], page),
    // One community's page of the sweep: not yet escalated, and a day late at the grid leader.
    'overdue scan (timer, a community)': (app) =>
      Promise.all([
        repo(app).listOverdue(cid, ACTIVE_REQUEST_STATUSES, [0, null], NOW, SWEEP_PAGE),
        repo(app).listOverdue(cid, ACTIVE_REQUEST_STATUSES, [1], DAY_BEFORE, SWEEP_PAGE),
      ]),
    "a community's monthly figures (aggregate)": (app) => monthly(app, cid),
  }
}

/** 月度统计: a month of one community's requests, counted by status. */
const monthly = (app: App, cid: string) => {
  const db = app.database()
  const _ = db.command
  return db
    .collection('requests')
    .aggregate()
    .match({
      communityId: cid,
      createdAt: _.gte(new Date('2025-05-01T00:00:00+08:00')).and(
        _.lt(new Date('2025-06-01T00:00:00+08:00')),
      ),
    })
    .group({ _id: '$status', n: db.command.aggregate.sum(1) })
    .limit(20)
    .end()
}

/** Every field a list reads (the repositories' `field()` projection). */
const LIST_FIELDS: Record<string, true> = Object.fromEntries(
  Object.keys(requestListDocSchema.shape).map((key) => [key, true as const]),
)

/**
 * The raw board page (20 rows) without parsing: whole documents, or the list fields the
 * repository asks for; and the SDK floor.
 */
const boardPage = (app: App, fields?: Record<string, true>) => {
  const query = app
    .database()
    .collection('requests')
    .where({ communityId: communityId(0), gridId: gridIdOf(0, 0) })
  return (fields ? query.field(fields) : query)
    .orderBy('createdAt', 'desc')
    .orderBy('_id', 'desc')
    .limit(20)
    .get()
}
const noop = (app: App) => app.database().collection('benchEmpty').count()

type Meter = RoundTripMeter<ReturnType<typeof openDatabase>>

/** The emulator (no functions) on the city's data dir, its database metered: server-side times too. */
async function startServer(
  dataDir: string,
): Promise<{ app: App; meter: Meter; close: () => Promise<void> }> {
  const functionsDir = mkdtempSync(path.join(os.tmpdir(), 'linli-bench-nofn-'))
  let meter: Meter | undefined
  const emulator = await startEmulator({
    port: 0,
    dataDir,
    functionsDir,
    timers: false,
    indexConfigPath: INDEXES,
    log: () => undefined,
    database: (options) => (meter = meterRoundTrips(openDatabase(options))).database,
  })
  if (!meter) throw new Error('the emulator did not open the database')
  return {
    app: sdkApp(emulator.url),
    meter,
    close: async () => {
      await emulator.close()
      rmSync(functionsDir, { recursive: true, force: true })
    },
  }
}

const handleTimes = (meter: Meter, action: string): number[] =>
  meter
    .trips()
    .filter((t) => t.action === action)
    .map((t) => t.answered - t.arrived)

type Server = Awaited<ReturnType<typeof startServer>>

interface PageTimes {
  floor: number
  page: number
  /** The same page with the list fields only. */
  listPage: number
  /** Inside the emulator (request parsed → answer built): the page and the no-op. */
  serverPage: number
  serverListPage: number
  serverFloor: number
}

async function measurePages(server: Server): Promise<PageTimes> {
  // Interleaved so the page and the no-op see the same machine load.
  const floorTimes: number[] = []
  const pageTimes: number[] = []
  const listTimes: number[] = []
  await timeCalls(
    async () => {
      await noop(server.app)
      await boardPage(server.app)
      await boardPage(server.app, LIST_FIELDS)
    },
    20,
    0,
  )
  const timed = async (times: number[], call: () => Promise<unknown>) => {
    const t = performance.now()
    await call()
    times.push(performance.now() - t)
  }
  server.meter.reset()
  for (let i = 0; i < 1000; i++) {
    await timed(floorTimes, () => noop(server.app))
    await timed(pageTimes, () => boardPage(server.app))
    await timed(listTimes, () => boardPage(server.app, LIST_FIELDS))
  }
  const pages = handleTimes(server.meter, 'database.getDocument')
  return {
    floor: median(floorTimes),
    page: median(pageTimes),
    listPage: median(listTimes),
    // Inside the emulator: the whole-document pages (every other getDocument) and the list ones.
    serverPage: median(pages.filter((_, i) => i % 2 === 0)),
    serverListPage: median(pages.filter((_, i) => i % 2 === 1)),
    serverFloor: median(handleTimes(server.meter, 'database.calculateDocument')),
  }
}

/**
 * Every shape on the 10k database and on the city's, call for call in turn (the order swapped each
 * time): a noisy machine slows both sides alike, so the ratio is the database size's alone.
 */
async function compareShapes(
  small: Server,
  big: Server,
): Promise<Record<string, { small: number; big: number }>> {
  const out: Record<string, { small: number; big: number }> = {}
  for (const [name, run] of Object.entries(shapes())) {
    const times = { small: [] as number[], big: [] as number[] }
    const timed = async (side: 'small' | 'big', i: number, record: boolean) => {
      const t = performance.now()
      await run((side === 'small' ? small : big).app, i)
      if (record) times[side].push(performance.now() - t)
    }
    for (let i = 0; i < RUNS + 20; i++) {
      const record = i >= 20
      const [first, second] = i % 2 === 0 ? (['small', 'big'] as const) : (['big', 'small'] as const)
      await timed(first, i, record)
      await timed(second, i, record)
    }
    out[name] = { small: median(times.small), big: median(times.big) }
  }
  return out
}

async function cityPercentiles(server: Server, communities: number): Promise<void> {
  const rng = random(7)
  const anyCommunity = () => Math.floor(rng() * communities)
  const repo = createRequestRepository(server.app.database())
  const cases: Record<string, () => Promise<unknown>> = {
    'board (leader, active), any grid': () => {
      const c = anyCommunity()
      return repo.listActive({
        communityId: communityId(c),
        gridIds: [gridIdOf(c, Math.floor(rng() * 4))],
        statuses: ACTIVE_REQUEST_STATUSES,
        includeSensitive: true,
      })
    },
    "a resident's own list, anyone": () =>
      repo.pageByReporter(reporterOf(anyCommunity(), Math.floor(rng() * 2340)), { limit: 20 }),
    "a community's monthly figures": () => monthly(server.app, communityId(anyCommunity())),
  }
  for (const [name, run] of Object.entries(cases)) {
    const times = await timeCalls(run, RUNS)
    add({
      section: 'city',
      name,
      figure: `p50 ${round(median(times))} ms, p95 ${round(percentile(times, 0.95))} ms`,
      reference: `${communities} communities`,
      values: { p50: median(times), p95: percentile(times, 0.95) },
    })
  }
}

/** The page ÷ the SDK's no-op, whole documents and list fields; and the same inside the emulator. */
const pageRows = (t: PageTimes, size: string) => {
  for (const [what, page, server] of [
    ['whole documents', t.page, t.serverPage],
    ['list fields, as the functions ask', t.listPage, t.serverListPage],
  ] as const) {
    add({
      section: 'queries',
      name: `board page (20 rows, ${what}) ÷ SDK no-op (count on an empty collection), ${size}`,
      figure: `${round(page)} ms`,
      reference: `no-op ${round(t.floor)} ms`,
      ratio: page / t.floor,
      goal: '≤ 1.5',
      met: page / t.floor <= 1.5,
    })
    add({
      section: 'queries',
      name: `board page (${what}) ÷ no-op inside the emulator (parse → answer), ${size}`,
      figure: `${round(server, 3)} ms`,
      reference: `no-op ${round(t.serverFloor, 3)} ms`,
      ratio: server / t.serverFloor,
    })
  }
}

export async function benchQueries(communities: number, seed: number): Promise<void> {
  // Two databases: community 0 alone (10k) and the whole city, community 0 identical in both.
  const smallDir = mkdtempSync(path.join(os.tmpdir(), 'linli-bench-10k-'))
  const cityDir = mkdtempSync(path.join(os.tmpdir(), 'linli-bench-city-'))
  const seedInto = (dataDir: string, to: number) => {
    const store = new SqliteStore(dataDir)
    syncIndexes(store, loadIndexConfig(INDEXES))
    if (!store.hasCollection('benchEmpty')) store.createCollection('benchEmpty')
    const started = performance.now()
    generateCity(store, { seed, communities, now: NOW }, 0, to)
    store.close()
    return (performance.now() - started) / 1000
  }
  const servers: Server[] = []
  try {
    const small = seedInto(smallDir, 1)
    const big = seedInto(cityDir, communities)
    console.log(
      `  (city: 1 community in ${small.toFixed(1)} s, all ${communities} in ${big.toFixed(1)} s)`,
    )
    const [at10k, atCity] = [await startServer(smallDir), await startServer(cityDir)]
    servers.push(at10k, atCity)
    const size = `${(communities * 10).toLocaleString('en')}k`
    pageRows(await measurePages(at10k), '10k')
    pageRows(await measurePages(atCity), size)
    for (const [name, t] of Object.entries(await compareShapes(at10k, atCity))) {
      const ratio = t.big / t.small
      add({
        section: 'queries',
        name: `${name}: ${size} ÷ 10k`,
        figure: `${round(t.big)} ms`,
        reference: `${round(t.small)} ms at 10k`,
        ratio,
        goal: '≤ 1.5',
        met: ratio <= 1.5,
      })
    }
    await cityPercentiles(atCity, communities)
  } finally {
    for (const server of servers) await server.close()
    rmSync(smallDir, { recursive: true, force: true })
    rmSync(cityDir, { recursive: true, force: true })
  }
}
