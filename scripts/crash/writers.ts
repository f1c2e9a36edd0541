// Concurrent residents filing reports through the gateway, each re-sent with its key until answered ok.

export interface Acknowledged {
  id: string
  clientRequestId: string
  openid: string
  description: string
}

export interface WriterStats {
  acknowledged: Acknowledged[]
  attempts: number
  failedAttempts: number
}

const OPENIDS = ['demo-resident', 'demo-resident-2', 'demo-resident-far']
const CATEGORIES = ['repair', 'sanitation', 'heating', 'greening', 'other'] as const

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Runs `count` writers until `running()` turns false. A write counts as acknowledged only when
 * the gateway answered 200 with `{ ok: true }`; a failure (server down, cut connection) is re-sent
 * with the same clientRequestId, as the app's client does, and never counted twice.
 */
export async function runWriters(
  url: () => string,
  count: number,
  running: () => boolean,
): Promise<WriterStats> {
  const stats: WriterStats = { acknowledged: [], attempts: 0, failedAttempts: 0 }
  const writer = async (w: number): Promise<void> => {
    for (let n = 0; running(); n++) {
      const openid = OPENIDS[w % OPENIDS.length] ?? 'demo-resident'
      const clientRequestId = `rq-crash-${w}-${n}`
      // Long enough to make each document span several database pages' worth of text over a run.
      const description = `第${w}号写入者的第${n}条：${'楼道灯坏了，'.repeat(1 + (n % 20))}`
      const category = CATEGORIES[n % CATEGORIES.length]
      const event = { action: 'report', data: { category, description, clientRequestId } }
      while (running()) {
        stats.attempts += 1
        const body = await fetch(`${url()}/functions/requests`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-wx-openid': openid },
          body: JSON.stringify(event),
          signal: AbortSignal.timeout(10_000),
        })
          .then((res) => (res.status === 200 ? res.json() : null))
          .catch(() => null)
        if (body?.ok === true) {
          stats.acknowledged.push({ id: body.data.id, clientRequestId, openid, description })
          break
        }
        stats.failedAttempts += 1
        await sleep(25)
      }
    }
  }
  await Promise.all(Array.from({ length: count }, (_, w) => writer(w)))
  return stats
}
