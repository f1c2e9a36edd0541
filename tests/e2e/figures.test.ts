// 数据统计 clicked through in Chromium on the H5 build: staff open the figures of this month and
// download the grid table as CSV, whose counts equal those of the seeded requests (plus one filed
// here) counted straight from the database.
import { readFileSync } from 'node:fs'
import { chinaDateOf } from '@linli/types'
import { aReport } from '../support/factories'
import { byTestId } from './support/app'
import { e2eSession } from './support/session'

const session = e2eSession()

/** Requests of 城西 per grid name since the first of this China month (as the screen's 本月). */
const countedByHand = async (): Promise<Map<string, number>> => {
  const db = session.stack.db
  const from = new Date(`${chinaDateOf(Date.now()).slice(0, 7)}-01T00:00:00+08:00`)
  const grids = (await db.collection('grids').where({ communityId: 'chengxi' }).get()).data as {
    _id: string
    name: string
  }[]
  const counts = new Map(grids.map((g) => [g.name, 0]))
  const all: { gridId: string; createdAt: Date }[] = []
  for (let skip = 0; ; skip += 1000) {
    const res = await db
      .collection('requests')
      .where({ communityId: 'chengxi' })
      .skip(skip)
      .limit(1000)
      .get()
    all.push(...(res.data as typeof all))
    if (res.data.length < 1000) break
  }
  for (const r of all) {
    if (new Date(r.createdAt) < from) continue
    const name = grids.find((g) => g._id === r.gridId)?.name
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1)
  }
  return counts
}

describe('figures for staff', () => {
  it('opens 数据统计 and downloads the grid table, equal to the seeded requests', async () => {
    // GIVEN one more request, filed just now in grid 1
    const filed = await session.stack.call(
      'requests',
      'report',
      aReport({ buildingId: 'bldg-01' }),
      'demo-resident',
    )
    expect(filed.ok).toBe(true)
    // WHEN staff open the figures and export the grid table
    const page = await session.signIn('demo-staff')
    await page.goto(`${session.stack.url}/#/packages/figures/overview/index`)
    await page.locator(byTestId('figures-chengxi')).waitFor()
    await page.locator(byTestId('figures-row-grid-1')).waitFor()
    // AND the chart (uCharts on a 2d canvas) has drawn columns in the party red
    const drawn = await page.waitForFunction(
      () => {
        const canvas = document.querySelector<HTMLCanvasElement>(
          '[data-testid="chart-figures-chart-grid"] canvas',
        )
        const ctx = canvas?.getContext('2d')
        if (!canvas || !ctx || canvas.width === 0) return 0
        const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height)
        let red = 0
        for (let i = 0; i < data.length; i += 4) {
          if (data[i]! > 180 && data[i + 1]! < 60 && data[i + 2]! < 80) red += 1
        }
        return red > 200 ? red : 0
      },
      undefined,
      { timeout: 10_000 },
    )
    expect(await drawn.jsonValue()).toBeGreaterThan(200)
    const download = page.waitForEvent('download')
    await page.locator(byTestId('figures-csv-grid')).click()
    const file = await download
    // THEN the file is named by the table and period, and each grid's count is the database's
    expect(file.suggestedFilename()).toMatch(/^统计-网格-\d{4}-\d{2}-01至\d{4}-\d{2}-\d{2}\.csv$/)
    const lines = readFileSync(await file.path(), 'utf8')
      .replace('\uFEFF', '')
      .trim()
      .split('\r\n')
    expect(lines[0]?.split(',').slice(0, 2)).toEqual(['网格', '诉求数'])
    const inCsv = new Map(lines.slice(1).map((l) => [l.split(',')[0], Number(l.split(',')[1])]))
    const expected = await countedByHand()
    expect(inCsv).toEqual(expected)
    expect(expected.get('益民巷网格')).toBeGreaterThan(0)
    await page.context().close()
  })
})
