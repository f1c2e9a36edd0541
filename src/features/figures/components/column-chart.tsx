// A column chart drawn by uCharts (秋云, a canvas chart library made for mini-programs) on a 2d
// <Canvas>: the same code path in the mini-program and in H5, where Taro's selector query hands
// back the canvas inside its canvas element. The numbers stay readable beside it in text.
import { Canvas, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import UCharts from '@qiun/ucharts'
import { useEffect } from 'react'

export interface ChartSeries {
  name: string
  data: number[]
}

export interface ChartData {
  categories: string[]
  series: ChartSeries[]
}

/** The party red and a muted grey, as the rest of 数据统计. */
const COLORS = ['#c8102e', '#8c8c8c', '#f29c1f']

interface CanvasNode {
  width: number
  height: number
  getContext: (type: '2d') => unknown
}

/** Counts have whole steps: at most five of them from 0 to a top that divides evenly. */
export const countAxis = (data: ChartData): { max: number; splitNumber: number } => {
  const top = Math.max(1, ...data.series.flatMap((s) => s.data))
  const splitNumber = Math.min(5, top)
  return { max: Math.ceil(top / splitNumber) * splitNumber, splitNumber }
}

const pixelRatio = (): number => {
  try {
    return Taro.getSystemInfoSync().pixelRatio || 1
  } catch {
    return 1
  }
}

/**
 * Draws once the canvas is laid out. A canvas the platform cannot give (an old base library, no
 * page yet) stays blank: the figures are in text below it, so a chart never breaks the screen.
 */
export const drawColumns = (id: string, data: ChartData, done?: () => void): void => {
  // The selector query looks in the current page: none yet (being torn down), nothing to draw on.
  if (!Taro.getCurrentInstance()?.page) return
  try {
    query(id, data, done)
  } catch {
    // blank canvas, figures still in text
  }
}

type Found = { node?: CanvasNode | null; width?: number; height?: number } | null

const query = (id: string, data: ChartData, done?: () => void): void => {
  // The node, and its size apart: Taro's H5 answers a node query with the node alone.
  Taro.createSelectorQuery()
    .select(`#${id}`)
    .fields({ node: true, size: true })
    .select(`#${id}`)
    .boundingClientRect()
    .exec((res: Found[]) => {
      const node = res?.[0]?.node
      const width = res?.[0]?.width || res?.[1]?.width
      const height = res?.[0]?.height || res?.[1]?.height
      const context = node?.getContext?.('2d')
      if (!node || !context || !width || !height) return
      const dpr = pixelRatio()
      const axis = countAxis(data)
      node.width = width * dpr
      node.height = height * dpr
      new UCharts({
        type: 'column',
        context,
        width: width * dpr,
        height: height * dpr,
        pixelRatio: dpr,
        categories: data.categories,
        series: data.series,
        animation: false,
        background: '#FFFFFF',
        color: COLORS,
        fontSize: 12,
        padding: [12, 8, 4, 4],
        dataLabel: true,
        legend: { show: data.series.length > 1, position: 'top' },
        xAxis: { disableGrid: true, rotateLabel: data.categories.length > 4 },
        yAxis: { splitNumber: axis.splitNumber, data: [{ min: 0, max: axis.max }] },
        extra: { column: { type: 'group', width: 16 } },
      })
      done?.()
    })
}

export function ColumnChart({
  id,
  data,
  label,
}: {
  id: string
  data: ChartData
  /** Read out in place of the drawing (screen readers, a blank canvas). */
  label: string
}) {
  const key = JSON.stringify(data)
  useEffect(() => {
    if (data.categories.length === 0) return
    // After this render is laid out: the selector query needs the canvas's size.
    void Taro.nextTick(() => drawColumns(id, data))
    // eslint-disable-next-line react-hooks/exhaustive-deps -- redrawn when the figures change
  }, [id, key])
  if (data.categories.length === 0) return null
  return (
    <View className="figures-chart" ariaLabel={label} data-testid={`chart-${id}`}>
      <Canvas type="2d" id={id} canvasId={id} className="figures-chart__canvas" />
    </View>
  )
}
