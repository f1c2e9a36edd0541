// Timing helpers: run a call many times, keep the durations, read percentiles.
export const percentile = (xs: readonly number[], p: number): number => {
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN
}
export const median = (xs: readonly number[]): number => percentile(xs, 0.5)

/** Durations (ms) of `runs` calls after `warmup` untimed ones; `i` lets each call vary. */
export async function timeCalls(
  call: (i: number) => Promise<unknown>,
  runs: number,
  warmup = Math.ceil(runs / 5),
): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await call(i)
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await call(warmup + i)
    times.push(performance.now() - start)
  }
  return times
}

export const round = (x: number, digits = 2): number => Number(x.toFixed(digits))
