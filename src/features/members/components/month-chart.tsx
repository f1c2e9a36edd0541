// 我的纪实's chart: points per month as CSS bars (a chart library would cost the budget).
import { Text, View } from '@tarojs/components'
import './members.css'

export interface MonthPoint {
  month: string
  points: number
}

/** Bars scale to the best month; a month with nothing keeps a sliver so the axis reads. */
export const barHeights = (months: readonly MonthPoint[]): number[] => {
  const top = Math.max(0, ...months.map((m) => m.points))
  return months.map((m) => (top <= 0 || m.points <= 0 ? 0 : Math.round((m.points / top) * 100)))
}

export function MonthChart({ months }: { months: readonly MonthPoint[] }) {
  const heights = barHeights(months)
  return (
    <View className="month-chart" data-testid="month-chart">
      {months.map((m, i) => (
        <View key={m.month} className="month-chart__bar" data-testid={`bar-${m.month}`}>
          <Text className="month-chart__value">{m.points > 0 ? m.points : ''}</Text>
          <View className="month-chart__fill" style={{ height: `${heights[i] ?? 0}%` }} />
          <Text className="month-chart__label">{Number(m.month.slice(5))}月</Text>
        </View>
      ))}
    </View>
  )
}
