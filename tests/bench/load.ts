// Load rows: the gateway under 50 concurrent callers (autocannon) for report, listBoard and get:
// requests a second and p99, on this machine, each call answered by the function (not an error).
import autocannon from 'autocannon'
import { randomUUID } from 'node:crypto'
import { aReport } from '../support/factories'
import { requestIn } from '../support/drive'
import { startStack } from '../support/stack'
import { round } from './stats'
import { add } from './table'

const CONNECTIONS = 50
const SECONDS = 8

interface Target {
  name: string
  fn: string
  body: () => Record<string, unknown>
  /** A fresh caller every few calls for writes: a person may write 30 times a minute. */
  openid: (i: number) => string
}

export async function benchLoad(): Promise<void> {
  const stack = await startStack()
  try {
    const open = await requestIn(stack, 'open')
    const targets: Target[] = [
      {
        name: 'report (a new caller every 5 calls: 10 reports an hour each)',
        fn: 'requests',
        body: () => ({
          action: 'report',
          data: aReport({ buildingId: 'bldg-01', clientRequestId: randomUUID() }),
        }),
        openid: (i) => `bench-load-${Math.floor(i / 5)}`,
      },
      {
        name: 'listBoard (member, open)',
        fn: 'requests',
        body: () => ({ action: 'listBoard', data: {} }),
        openid: () => 'demo-member',
      },
      {
        name: 'get (reporter)',
        fn: 'requests',
        body: () => ({ action: 'get', data: { id: open } }),
        openid: () => 'demo-resident',
      },
    ]
    for (const target of targets) {
      let n = 0
      let refused = 0
      const result = await autocannon({
        url: `${stack.url}/functions/${target.fn}`,
        connections: CONNECTIONS,
        duration: SECONDS,
        requests: [
          {
            method: 'POST',
            setupRequest: (req) => {
              const i = n++
              return {
                ...req,
                headers: { 'content-type': 'application/json', 'x-wx-openid': target.openid(i) },
                body: JSON.stringify(target.body()),
              }
            },
            onResponse: (_status, body) => {
              if (!(JSON.parse(body) as { ok: boolean }).ok) refused++
            },
          },
        ],
      })
      const rps = result.requests.average
      add({
        section: 'load',
        name: `${target.name}, ${CONNECTIONS} callers`,
        figure: `${round(rps, 0)} req/s, p99 ${result.latency.p99} ms`,
        reference: `${result.requests.total} calls in ${SECONDS} s, ${refused} not ok, ${result.non2xx} non-2xx`,
        values: {
          rps,
          p99: result.latency.p99,
          p50: result.latency.p50,
          total: result.requests.total,
          refused,
        },
      })
    }
  } finally {
    await stack.close()
  }
}
