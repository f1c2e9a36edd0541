// 数据统计: the 三率 of the period, bars by grid (then by building), the CSV of a table, the states.
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { setDevOpenid } from '@/shared/api/dev-identity'
import { installFakeGateway, okAnswer } from '@/testing/fake-gateway'
import { chartOf, CHART_COLUMNS, evaluationLine, FiguresScreen, periodOf } from './figures-screen'

const figures = (requests: number, resolvedRate: number | null) => ({
  requests,
  answeredInTime: 0,
  resolved: 0,
  rated: 0,
  satisfied: 0,
  answeredRate: 50,
  resolvedRate,
  satisfactionRate: 75,
  medianClaimMinutes: 30,
  medianResolveMinutes: 150,
})
const community = (communityId: string, name: string) => ({
  communityId,
  name,
  requests: figures(4, 75),
  service: { services: 3, hours: 4.5, points: 10, members: 2, pointsPerMember: 5 },
  evaluations: {
    ratings: 7,
    members: 3,
    shown: true,
    satisfied: 4,
    basicallySatisfied: 2,
    dissatisfied: 1,
    satisfactionRate: 85.7,
  },
  notices: { notices: 1, recipients: 4, reads: 3, readRate: 75 },
})
const row = (key: string, name: string, requests: number) => ({
  key,
  name,
  requests: figures(requests, 66.7),
  service: null,
  evaluations: null,
})
const CSV = '\uFEFF网格,诉求数\r\n益民巷网格,3\r\n'

const gateway = (rowsOf: (by: string) => unknown[] = () => []) =>
  installFakeGateway({
    'figures.summary': (data) =>
      okAnswer({
        period: data,
        communities: (data as { communityIds?: string[] }).communityIds
          ? [community('chengxi', '城西社区'), community('dongguan', '东关社区')]
          : [community('chengxi', '城西社区')],
      }),
    'figures.byGrid': (data) => {
      const by = (data as { by: string }).by
      return okAnswer({ period: data, by, rows: rowsOf(by) })
    },
    'figures.export': () => okAnswer({ filename: 'x.csv', csv: CSV, rows: 1 }),
  })

describe('FiguresScreen', () => {
  beforeEach(() => {
    localStorage.clear()
    setDevOpenid('demo-staff')
    jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' })
  })
  afterEach(() => jest.restoreAllMocks())

  it('picks periods in China days', () => {
    const now = Date.parse('2026-12-03T20:00:00Z') // 4 Dec, 04:00 in China
    expect(periodOf('month', now)).toEqual({ from: '2026-12-01', to: '2026-12-04' })
    expect(periodOf('last30', now)).toEqual({ from: '2026-11-05', to: '2026-12-04' })
    expect(periodOf('year', now)).toEqual({ from: '2026-01-01', to: '2026-12-04' })
  })

  it('charts the rows with requests, most first, at most a phone’s width of them', () => {
    const rows = [
      row('grid-1', '益民巷网格', 3),
      row('grid-2', '知源巷网格东片区', 1),
      row('grid-3', '空网格', 0),
    ]
    expect(chartOf(rows)).toEqual({
      categories: ['益民巷网格', '知源巷网格…'],
      series: [
        { name: '诉求', data: [3, 1] },
        { name: '已解决', data: [0, 0] },
      ],
    })
    const many = Array.from({ length: 12 }, (_, i) => row(`g${i}`, `网格${i}`, 12 - i))
    expect(chartOf(many).categories).toHaveLength(CHART_COLUMNS)
    expect(chartOf([row('grid-3', '空网格', 0)]).categories).toEqual([])
  })

  it('tells 评议 under five ratings by its count only', () => {
    const few = {
      ratings: 3,
      members: 1,
      shown: false,
      satisfied: null,
      basicallySatisfied: null,
      dissatisfied: null,
      satisfactionRate: null,
    }
    expect(evaluationLine(few)).toBe('居民评议 3 票（1 名党员） · 不足 5 票，不显示结果')
    expect(evaluationLine({ ...few, ratings: 0, members: 0 })).toBe('居民评议：这段时间没有评议')
  })

  it('shows the 三率 and the grids, then asks again by building', async () => {
    const calls = gateway((by) =>
      by === 'grid'
        ? [row('grid-1', '益民巷网格', 3), row('grid-2', '知源巷网格', 1)]
        : [row('bldg-01', '益民巷1号楼', 2)],
    )
    render(<FiguresScreen />)
    const rates = await screen.findByTestId('figures-chengxi')
    expect(rates.textContent).toContain('50%及时响应率')
    expect(rates.textContent).toContain('75%解决率')
    expect(rates.textContent).toContain('2.5 小时')
    expect(rates.textContent).toContain('阅读率 75%')
    expect(rates.textContent).toContain('人均积分 5')
    expect(screen.getByTestId('figures-evaluations-chengxi').textContent).toBe(
      '居民评议 7 票（3 名党员） · 满意 4、基本满意 2、不满意 1 · 评议满意率 85.7%',
    )
    expect((await screen.findByTestId('figures-row-grid-1')).textContent).toContain(
      '3 件 · 解决率 66.7%',
    )
    expect(screen.getByTestId('chart-figures-chart-grid')).toBeTruthy()
    fireEvent.click(screen.getByTestId('by-building'))
    expect((await screen.findByTestId('figures-row-bldg-01')).textContent).toContain('益民巷1号楼')
    expect(calls.callsTo('figures.byGrid').at(-1)?.data).toMatchObject({ by: 'building' })
  })

  it('sets a street account’s communities side by side', async () => {
    const calls = gateway()
    render(<FiguresScreen communityIds={['chengxi', 'dongguan']} />)
    expect(await screen.findByTestId('figures-dongguan')).toBeTruthy()
    expect(screen.getByTestId('figures-screen').textContent).toContain('东关社区')
    expect(calls.callsTo('figures.summary')[0]?.data).toMatchObject({
      communityIds: ['chengxi', 'dongguan'],
    })
    // no requests by grid in the period: the empty state
    expect(await screen.findByText('这段时间没有诉求')).toBeTruthy()
  })

  it('downloads the grid table as CSV in the H5 build', async () => {
    const calls = gateway()
    URL.createObjectURL = jest.fn(() => 'blob:figures')
    URL.revokeObjectURL = jest.fn()
    const clicked: HTMLAnchorElement[] = []
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this)
    })
    render(<FiguresScreen />)
    await screen.findByTestId('figures-chengxi')
    fireEvent.click(screen.getByTestId('figures-csv-grid'))
    await waitFor(() => expect(clicked).toHaveLength(1))
    expect(calls.callsTo('figures.export').at(-1)?.data).toMatchObject({ table: 'grid' })
    expect(clicked[0]?.download).toMatch(/^统计-网格-\d{4}-\d{2}-\d{2}至\d{4}-\d{2}-\d{2}\.csv$/)
  })
})
