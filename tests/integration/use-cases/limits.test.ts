// Per-person write limits through the real entry, with a clock the test sets: the 31st write of a
// minute is RATE.LIMITED and changes nothing, the next minute is open again, staff see who hit it.
import { handlers as orgHandlers } from '../../../cloudfunctions/functions/org/index'
import { handlers as requestHandlers } from '../../../cloudfunctions/functions/requests/index'
import { API } from '@linli/types'
import { createMain } from '../../../cloudfunctions/shared/entry'
import { WRITES_PER_MINUTE } from '../../../cloudfunctions/use-cases/limits'
import { aReport } from '../../support/factories'
import { startInProcess, type InProcess } from '../../support/in-process'

let uc: InProcess
beforeAll(async () => {
  uc = await startInProcess()
})
afterAll(() => uc.close())

const as = (openid: string) => ({ environment: JSON.stringify({ WX_OPENID: openid }) })

it('limits writes per person per minute, atomically, and tells staff', async () => {
  const requests = createMain('requests', API.requests, requestHandlers, () => uc.deps)
  const org = createMain('org', API.org, orgHandlers, () => uc.deps)
  const call = async (action: string, data: unknown, openid: string) =>
    (await requests({ action, data }, as(openid))) as {
      ok: boolean
      data?: { id: string }
      error?: { code: string }
    }
  // GIVEN a request demo-member is working on, at 10:00:05
  uc.setNow(new Date('2026-12-01T02:00:05Z'))
  const reported = await call('report', aReport(), 'demo-resident')
  const id = reported.data?.id ?? ''
  expect((await call('claim', { id }, 'demo-member')).ok).toBe(true)
  expect((await call('start', { id }, 'demo-member')).ok).toBe(true)
  // WHEN the member sends the rest of the minute's writes at once, and one more
  const rest = WRITES_PER_MINUTE - 2
  const results = await Promise.all(
    Array.from({ length: rest + 1 }, (_, i) =>
      call('progress', { id, note: `进展 ${i}` }, 'demo-member'),
    ),
  )
  // THEN exactly the allowance lands and the extra one is RATE.LIMITED, writing nothing
  expect(results.filter((r) => r.ok)).toHaveLength(rest)
  expect(results.filter((r) => !r.ok).map((r) => r.error?.code)).toEqual(['RATE.LIMITED'])
  const stored = await uc.deps.requests.getById(id)
  expect(stored?.timeline.filter((e) => e.type === 'progress')).toHaveLength(rest)
  // AND reads are not limited
  expect((await call('get', { id }, 'demo-member')).ok).toBe(true)
  // AND staff see who hit the limit; nobody else does
  const hits = (await org({ action: 'listLimitHits', data: {} }, as('demo-staff'))) as {
    data: { items: unknown[] }
  }
  expect(hits.data.items).toEqual([
    {
      openid: 'demo-member',
      name: expect.any(String),
      limit: 'writesPerMinute',
      at: '2026-12-01T02:00:05.000Z',
      count: 1,
    },
  ])
  // AND the next minute is open again
  uc.setNow(new Date('2026-12-01T02:01:00Z'))
  expect((await call('progress', { id, note: '下一分钟' }, 'demo-member')).ok).toBe(true)
})

describe('a quota take (increment and create sent together)', () => {
  const expires = new Date('2026-12-01T03:00:00Z')
  const countOf = async (key: string) => {
    const res = await uc.db.collection('quotas').doc(key).get()
    return (res.data as { count: number }[])[0]?.count
  }

  it('takes exactly the allowance when 20 takes race on a counter that does not exist yet', async () => {
    // GIVEN a window nobody has used  WHEN 20 takes of an allowance of 5 arrive at once
    const results = await Promise.all(
      Array.from({ length: 20 }, () => uc.deps.quotas.take('race:new', 5, expires)),
    )
    // THEN 5 are allowed, 15 refused, and the counter says 5
    expect(results.filter(Boolean)).toHaveLength(5)
    expect(await countOf('race:new')).toBe(5)
  })

  it('counts each take once, whether the counter is new or already there', async () => {
    // GIVEN a fresh window  WHEN three takes follow one another
    const taken = [] as boolean[]
    for (let i = 0; i < 3; i += 1) taken.push(await uc.deps.quotas.take('one:by:one', 30, expires))
    // THEN each counted exactly one unit
    expect(taken).toEqual([true, true, true])
    expect(await countOf('one:by:one')).toBe(3)
  })
})
