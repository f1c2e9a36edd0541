// npm run test:fuzz: the long fuzz run, outside npm test (100,000 generated inputs per action).
// FUZZ_RUNS, FUZZ_SEED, FUZZ_CONCURRENCY and FUZZ_ONLY (e.g. "requests.claim,org.me") tune it.
import { fuzzAction, FuzzFailure, type FuzzStats } from '../tests/fuzz/fuzz-engine'
import { startFuzzStack } from '../tests/fuzz/fuzz-stack'
import { buildWorld, fuzzTargets, growPool } from '../tests/fuzz/fuzz-world'

const RUNS = Number(process.env.FUZZ_RUNS ?? 100_000)
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000)
const CONCURRENCY = Number(process.env.FUZZ_CONCURRENCY ?? 4)
const ONLY = process.env.FUZZ_ONLY?.split(',').filter(Boolean) ?? []
const PROGRESS_MS = 10_000

const rate = (s: FuzzStats) => ((s.runs / s.ms) * 1000).toFixed(0)

const main = async () => {
  const stack = await startFuzzStack()
  const pool = await buildWorld(stack)
  const targets = fuzzTargets().filter(
    (t) => ONLY.length === 0 || ONLY.includes(`${t.fn}.${t.action}`),
  )
  console.log(`fuzz: ${targets.length} actions × ${RUNS} runs, seed ${SEED}`)
  const started = performance.now()
  let total = 0
  try {
    for (const [i, t] of targets.entries()) {
      const name = `${t.fn}.${t.action}`
      let shown = performance.now()
      const stats = await fuzzAction(stack, t.fn, t.action, t.input, pool, {
        runs: RUNS,
        seed: SEED + i * 1_000_003,
        concurrency: CONCURRENCY,
        batch: 50,
        readOnly: t.readOnly,
        // Leans to valid-looking inputs: they reach the use cases, where the bugs are.
        mix: { valid: 4, noisy: 4, garbage: 1 },
        onOk: growPool(pool),
        onBatch: (s) => {
          if (performance.now() - shown < PROGRESS_MS) return
          shown = performance.now()
          console.log(`  ${name}: ${s.runs}/${RUNS} (${rate(s)}/s, max ${s.maxMs.toFixed(0)} ms)`)
        },
      })
      total += stats.runs
      const codes = Object.entries(stats.codes).map(([c, n]) => `${c} ${n}`)
      console.log(
        `${name}: ${stats.runs} runs in ${(stats.ms / 1000).toFixed(1)}s (${rate(stats)}/s), ok ${stats.ok}, max ${stats.maxMs.toFixed(0)} ms; ${codes.join(', ')}`,
      )
    }
  } catch (error) {
    console.error(error instanceof FuzzFailure ? `✖ ${error.message}` : error)
    process.exitCode = 1
  } finally {
    const seconds = (performance.now() - started) / 1000
    console.log(`fuzz: ${total} runs in ${seconds.toFixed(0)}s (${(total / seconds).toFixed(0)}/s)`)
    await stack.close()
  }
}

void main()
