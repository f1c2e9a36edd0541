// npm run bench: every performance figure as a ratio to a reference from the same run, one table,
// written to bench/latest.json and bench/latest.md. Options: --communities N (default 100 = 1M
// requests), --seed S, --only queries,actions,cold,load,app (sections to run).
import path from 'node:path'
import { parseArgs } from 'node:util'
import { machine, markdownTable, writeResults } from './table'

const ROOT = path.resolve(__dirname, '..', '..')

const { values } = parseArgs({
  options: {
    communities: { type: 'string', default: '100' },
    seed: { type: 'string', default: '1' },
    only: { type: 'string', default: 'queries,actions,cold,load,app' },
  },
})
const sections = new Set((values.only ?? '').split(','))
const communities = Number(values.communities)
const seed = Number(values.seed)

async function main(): Promise<void> {
  const started = performance.now()
  console.log('machine:', JSON.stringify(machine()))
  const timings: Record<string, number> = {}
  const section = async (name: string, run: () => Promise<void>) => {
    if (!sections.has(name)) return
    console.log(`\n▶ ${name}`)
    const t = performance.now()
    await run()
    timings[name] = Math.round((performance.now() - t) / 1000)
  }
  await section('queries', async () => (await import('./queries')).benchQueries(communities, seed))
  await section('actions', async () => (await import('./actions')).benchActions())
  await section('cold', async () => (await import('./cold-start')).benchColdStarts())
  await section('load', async () => (await import('./load')).benchLoad())
  await section('app', async () => (await import('./app')).benchApp())
  const seconds = Math.round((performance.now() - started) / 1000)
  const file = writeResults(ROOT, { communities, seed, seconds, sectionSeconds: timings })
  console.log(
    `\n${markdownTable()}\n\n${seconds} s in all; written to ${path.relative(ROOT, file)}`,
  )
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
