// The column chart hands uCharts the canvas's 2d context, its size in device pixels and the data.
import Taro from '@tarojs/taro'
import UCharts from '@qiun/ucharts'
import { countAxis, drawColumns } from './column-chart'

jest.mock('@qiun/ucharts', () => ({ __esModule: true, default: jest.fn() }))

/** A selector query answering the node query with `found` and the size query with `rect`. */
const querying = (found: unknown, rect: unknown = null) => {
  const q: Record<string, jest.Mock> = {}
  const ref = { fields: jest.fn(() => q), boundingClientRect: jest.fn(() => q) }
  q.select = jest.fn(() => ref)
  q.exec = jest.fn((cb: (res: unknown[]) => void) => cb([found, rect]))
  jest
    .spyOn(Taro, 'getCurrentInstance')
    .mockReturnValue({ page: {} } as ReturnType<typeof Taro.getCurrentInstance>)
  jest
    .spyOn(Taro, 'createSelectorQuery')
    .mockReturnValue(q as unknown as ReturnType<typeof Taro.createSelectorQuery>)
  return { select: q.select, fields: ref.fields }
}

const data = {
  categories: ['益民巷网格', '知源巷网格'],
  series: [
    { name: '诉求', data: [3, 1] },
    { name: '已解决', data: [2, 1] },
  ],
}

describe('drawColumns', () => {
  afterEach(() => {
    jest.restoreAllMocks()
    jest.mocked(UCharts).mockClear()
  })

  it('draws on the canvas in device pixels', () => {
    jest
      .spyOn(Taro, 'getSystemInfoSync')
      .mockReturnValue({ pixelRatio: 2 } as ReturnType<typeof Taro.getSystemInfoSync>)
    const context = { fillRect: jest.fn() }
    const node = { width: 0, height: 0, getContext: jest.fn(() => context) }
    const { select, fields } = querying({ node, width: 320, height: 220 })
    const done = jest.fn()

    drawColumns('figures-chart-grid', data, done)

    expect(select).toHaveBeenCalledWith('#figures-chart-grid')
    expect(fields).toHaveBeenCalledWith({ node: true, size: true })
    expect(node).toMatchObject({ width: 640, height: 440 })
    expect(UCharts).toHaveBeenCalledTimes(1)
    expect(jest.mocked(UCharts).mock.calls[0]?.[0]).toMatchObject({
      type: 'column',
      context,
      width: 640,
      height: 440,
      pixelRatio: 2,
      categories: data.categories,
      series: data.series,
    })
    expect(done).toHaveBeenCalled()
  })

  it('takes the size from the layout when the node comes alone (H5)', () => {
    const node = { width: 0, height: 0, getContext: jest.fn(() => ({})) }
    querying({ node }, { width: 300, height: 200 })
    drawColumns('figures-chart-grid', data)
    expect(jest.mocked(UCharts).mock.calls[0]?.[0]).toMatchObject({ width: 300, height: 200 })
  })

  it('leaves the canvas blank when the platform gives no 2d canvas', () => {
    querying({ node: null, width: 320, height: 220 })
    drawColumns('figures-chart-grid', data)
    querying({ node: { getContext: () => null }, width: 320, height: 220 })
    drawColumns('figures-chart-grid', data)
    expect(UCharts).not.toHaveBeenCalled()
  })

  it('does not query before a page is shown', () => {
    const { select } = querying({ node: null, width: 320, height: 220 })
    jest
      .spyOn(Taro, 'getCurrentInstance')
      .mockReturnValue({ page: null } as unknown as ReturnType<typeof Taro.getCurrentInstance>)
    drawColumns('figures-chart-grid', data)
    expect(select).not.toHaveBeenCalled()
  })
})

describe('countAxis', () => {
  it('steps counts in whole numbers, at most five steps', () => {
    const of = (...values: number[]) =>
      countAxis({ categories: [], series: [{ name: '诉求', data: values }] })
    expect(of(1, 0)).toEqual({ max: 1, splitNumber: 1 })
    expect(of(3)).toEqual({ max: 3, splitNumber: 3 })
    expect(of(7, 2)).toEqual({ max: 10, splitNumber: 5 })
    expect(of(12)).toEqual({ max: 15, splitNumber: 5 })
    expect(of()).toEqual({ max: 1, splitNumber: 1 })
  })
})
