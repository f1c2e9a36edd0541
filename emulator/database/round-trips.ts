// Counts the database round trips a function makes (each SDK call is one POST /admin) and how many
// of them ran one after another; an optional delay stands in for the network between them.

export interface RoundTrip {
  action: string
  collection: string
  /** ms (performance.now) when the request reached the database, and when it was answered. */
  arrived: number
  answered: number
}

export interface RoundTripMeter<D> {
  database: D
  /** Forgets what was recorded (call before the call to measure). */
  reset(): void
  trips(): RoundTrip[]
  /**
   * The longest chain of trips each begun after the previous one was answered: the round trips a
   * call waits for in sequence (reads sent together with Promise.all count once).
   */
  sequential(): number
}

interface Handles {
  handle(body: Record<string, unknown>): Promise<unknown>
  close(): void
}

export function meterRoundTrips<D extends Handles>(
  database: D,
  options: { delayMs?: number } = {},
): RoundTripMeter<D> {
  let log: RoundTrip[] = []
  const delayMs = options.delayMs ?? 0
  const metered = {
    ...database,
    handle: async (body: Record<string, unknown>) => {
      const arrived = performance.now()
      if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs))
      const answer = await database.handle(body)
      log.push({
        action: String(body.action),
        collection: String(body.collectionName ?? ''),
        arrived,
        answered: performance.now(),
      })
      return answer
    },
    close: () => database.close(),
  }
  return {
    database: metered as D,
    reset: () => void (log = []),
    trips: () => [...log],
    sequential: () => {
      const byArrival = [...log].sort((a, b) => a.arrived - b.arrived)
      const depth: number[] = []
      byArrival.forEach((trip, i) => {
        let before = 0
        for (let j = 0; j < i; j++) {
          const earlier = byArrival[j] as RoundTrip
          if (earlier.answered <= trip.arrived) before = Math.max(before, depth[j] as number)
        }
        depth.push(before + 1)
      })
      return Math.max(0, ...depth)
    },
  }
}
