// Benchmark (npm run bench:emulator): an indexed page query through the real SDK at 10k and 1M documents.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { insertDoc } from '../../emulator/database/store/doc-writer'
import { loadIndexConfig } from '../../emulator/database/store/index-config'
import { syncIndexes } from '../../emulator/database/store/index-sync'
import { SqliteStore } from '../../emulator/database/store/sqlite-store'
import { startDbServer } from '../emulator/helpers/db-server'

const SIZES = [10_000, 1_000_000]
const COMMUNITIES = 50
const GRIDS = 20 // 1,000 (community, grid) pairs: 10 requests per grid at 10k, 1,000 at 1M
const WARMUP = 300
const RUNS = 2_000
const STATUSES = ['open', 'claimed', 'resolved'] as const
const INDEXES = {
  collections: {
    requests: {
      indexes: [
        { name: 'community_grid_created', keys: { communityId: 1, gridId: 1, createdAt: -1 } },
      ],
    },
  },
}

function aRequest(i: number): Record<string, unknown> {
  return {
    _id: `r${i}`,
    communityId: `c${i % COMMUNITIES}`,
    gridId: `g${Math.floor(i / COMMUNITIES) % GRIDS}`,
    status: STATUSES[i % 3],
    category: 'repair',
    description: '楼道灯坏了，晚上看不见路，请尽快修理。',
    createdAt: new Date(Date.UTC(2024, 0, 1) + i * 60_000),
  }
}

/** Seeds straight into the store (not through HTTP), in 50k-document transactions. */
function seed(dataDir: string, indexConfigPath: string, from: number, to: number): void {
  const store = new SqliteStore(dataDir)
  syncIndexes(store, loadIndexConfig(indexConfigPath))
  for (let start = from; start < to; start += 50_000) {
    store.transaction(() => {
      for (let i = start; i < Math.min(to, start + 50_000); i++)
        insertDoc(store, 'requests', aRequest(i))
    })
  }
  store.close()
}

const median = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number
const percentile = (xs: number[], p: number): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length * p)] as number

async function measure(dataDir: string, indexConfigPath: string): Promise<number[]> {
  const server = await startDbServer({ dataDir, indexConfigPath })
  const requests = server.app.database().collection('requests')
  const page = (i: number) =>
    requests
      .where({ communityId: `c${i % COMMUNITIES}`, gridId: `g${(i * 7) % GRIDS}` })
      .orderBy('createdAt', 'desc')
      .limit(20)
      .get()
  const first = await page(0)
  if (first.data.length === 0) throw new Error('the benchmark query found nothing: check the seed')
  for (let i = 0; i < WARMUP; i++) await page(i)
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now()
    await page(i)
    times.push(performance.now() - start)
  }
  await server.close()
  return times
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'linli-bench-'))
  const indexConfigPath = path.join(dataDir, 'indexes.json')
  writeFileSync(indexConfigPath, JSON.stringify(INDEXES))
  const medians: number[] = []
  try {
    let seeded = 0
    for (const size of SIZES) {
      const started = performance.now()
      seed(dataDir, indexConfigPath, seeded, size)
      seeded = size
      const seconds = ((performance.now() - started) / 1000).toFixed(1)
      const times = await measure(dataDir, indexConfigPath)
      medians.push(median(times))
      console.log(
        `${size.toLocaleString('en')} docs (seeded in ${seconds} s): median ${median(times).toFixed(3)} ms, ` +
          `p95 ${percentile(times, 0.95).toFixed(3)} ms over ${RUNS} SDK calls`,
      )
    }
    const ratio = (medians[1] as number) / (medians[0] as number)
    console.log(
      `ratio 1M / 10k: ${ratio.toFixed(2)} (goal < 1.5); median at 1M: ${(medians[1] as number).toFixed(3)} ms (goal < 2 ms)`,
    )
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
}

void main()
