// 数据统计 for staff and grid leaders: a period, the 三率 and counts, a chart by grid, building or
// category (uCharts), each table as CSV; a street account sees its communities side by side.
import { Text, View } from '@tarojs/components'
import {
  chinaDateOf,
  type CommunityFigures,
  type EvaluationFiguresView,
  type FigureDimension,
  type FigureRow,
} from '@linli/types'
import { useState } from 'react'
import { ChipGroup, ChoiceChip } from '@/shared/components/choice-chip'
import { EmptyState, ErrorState, LoadingState } from '@/shared/components/page-state'
import { Section } from '@/shared/components/section'
import { CsvExport } from '@/shared/components/csv-export'
import { useScreenData } from '@/shared/hooks/use-screen-data'
import { ColumnChart, type ChartData } from './column-chart'
import { figuresBy, figuresCsv, figuresSummary, type PeriodChoice } from '../api/figures-api'
import './figures.css'

const DAY = 86_400_000
type PeriodId = 'month' | 'last30' | 'last90' | 'year'
const PERIOD_NAMES: Record<PeriodId, string> = {
  month: '本月',
  last30: '近30天',
  last90: '近90天',
  year: '今年',
}

/** The period a choice stands for, in China days, today included. */
export const periodOf = (id: PeriodId, now: number): PeriodChoice => {
  const to = chinaDateOf(now)
  if (id === 'month') return { from: `${to.slice(0, 7)}-01`, to }
  if (id === 'year') return { from: `${to.slice(0, 4)}-01-01`, to }
  return { from: chinaDateOf(now - ((id === 'last30' ? 30 : 90) - 1) * DAY), to }
}

const DIMENSION_NAMES: Record<FigureDimension, string> = {
  grid: '按网格',
  building: '按楼栋',
  category: '按类别',
}
const pct = (value: number | null) => (value === null ? '—' : `${value}%`)
const minutes = (value: number | null) =>
  value === null ? '—' : value >= 60 ? `${Math.round(value / 6) / 10} 小时` : `${value} 分钟`

/** At most this many columns: a phone's width; the list below has every row. */
export const CHART_COLUMNS = 8

/** The rows with the most requests as columns: 诉求 and 已解决 side by side, names shortened. */
export const chartOf = (rows: readonly FigureRow[]): ChartData => {
  const top = rows.filter((r) => r.requests.requests > 0).slice(0, CHART_COLUMNS)
  return {
    categories: top.map((r) => (r.name.length > 6 ? `${r.name.slice(0, 5)}…` : r.name)),
    series: [
      { name: '诉求', data: top.map((r) => r.requests.requests) },
      { name: '已解决', data: top.map((r) => r.requests.resolved) },
    ],
  }
}

/** 评议: under five ratings only the count shows, as on a member's own result. */
export const evaluationLine = (e: EvaluationFiguresView): string => {
  if (e.ratings === 0) return '居民评议：这段时间没有评议'
  const head = `居民评议 ${e.ratings} 票（${e.members} 名党员）`
  if (!e.shown) return `${head} · 不足 5 票，不显示结果`
  return `${head} · 满意 ${e.satisfied ?? 0}、基本满意 ${e.basicallySatisfied ?? 0}、不满意 ${e.dissatisfied ?? 0} · 评议满意率 ${pct(e.satisfactionRate)}`
}

function Rates({ c }: { c: CommunityFigures }) {
  const r = c.requests
  return (
    <View data-testid={`figures-${c.communityId}`}>
      <View className="figures-rates">
        {[
          ['及时响应率', pct(r.answeredRate)],
          ['解决率', pct(r.resolvedRate)],
          ['满意率', pct(r.satisfactionRate)],
        ].map(([label, value]) => (
          <View key={label} className="figures-rate">
            <Text className="figures-rate__value">{value}</Text>
            <Text className="figures-rate__label">{label}</Text>
          </View>
        ))}
      </View>
      <Text className="pledge__meta">
        诉求 {r.requests} 件 · 认领用时中位数 {minutes(r.medianClaimMinutes)} · 解决用时中位数{' '}
        {minutes(r.medianResolveMinutes)}
      </Text>
      <Text className="pledge__meta">
        志愿服务 {c.service.services} 次 · {c.service.hours} 小时 · 积分 {c.service.points}（
        {c.service.members} 名党员）
        {c.service.pointsPerMember === null ? '' : ` · 人均积分 ${c.service.pointsPerMember}`}
        {c.notices ? ` · 通知 ${c.notices.notices} 条，阅读率 ${pct(c.notices.readRate)}` : ''}
      </Text>
      <Text className="pledge__meta" data-testid={`figures-evaluations-${c.communityId}`}>
        {evaluationLine(c.evaluations)}
      </Text>
    </View>
  )
}

function Rows({ rows, by }: { rows: readonly FigureRow[]; by: FigureDimension }) {
  return (
    <View>
      <ColumnChart
        id={`figures-chart-${by}`}
        data={chartOf(rows)}
        label={`${DIMENSION_NAMES[by]}的诉求和已解决件数`}
      />
      <View className="figures-rows" data-testid="figures-rows">
        {rows.map((row) => (
          <View key={row.key} className="figures-row" data-testid={`figures-row-${row.key}`}>
            <Text className="figures-row__label">{row.name}</Text>
            <Text className="figures-row__value">
              {row.requests.requests} 件 · 解决率 {pct(row.requests.resolvedRate)}
              {row.evaluations?.shown ? ` · 评议 ${pct(row.evaluations.satisfactionRate)}` : ''}
            </Text>
          </View>
        ))}
      </View>
    </View>
  )
}

export function FiguresScreen({ communityIds }: { communityIds?: string[] }) {
  const [periodId, setPeriodId] = useState<PeriodId>('month')
  const [by, setBy] = useState<FigureDimension>('grid')
  const period = periodOf(periodId, Date.now())
  const key = `${period.from}-${period.to}`
  const summary = useScreenData(() => figuresSummary(period, communityIds), key)
  const rows = useScreenData(() => figuresBy(period, by), `${key}-${by}`)
  const name = `${period.from}至${period.to}`
  return (
    <View data-testid="figures-screen">
      <Section title="统计区间">
        <ChipGroup>
          {(Object.keys(PERIOD_NAMES) as PeriodId[]).map((id) => (
            <ChoiceChip
              key={id}
              label={PERIOD_NAMES[id]}
              testId={`period-${id}`}
              selected={periodId === id}
              onSelect={() => setPeriodId(id)}
            />
          ))}
        </ChipGroup>
        <Text className="pledge__meta">{name}</Text>
      </Section>
      <Section title="三率">
        {summary.state.status === 'loading' ? <LoadingState /> : null}
        {summary.state.status === 'error' ? (
          <ErrorState error={summary.state.error} onRetry={() => void summary.reload()} />
        ) : null}
        {summary.state.status === 'ready'
          ? summary.state.data.communities.map((c) => (
              <View key={c.communityId}>
                {summary.state.status === 'ready' && summary.state.data.communities.length > 1 ? (
                  <Text className="pledge__text">{c.name}</Text>
                ) : null}
                <Rates c={c} />
              </View>
            ))
          : null}
        <CsvExport
          fileName={`统计-汇总-${name}.csv`}
          testId="figures-csv-summary"
          load={async () => (await figuresCsv(period, 'summary')).csv}
        />
      </Section>
      <Section title="分项统计">
        <ChipGroup>
          {(Object.keys(DIMENSION_NAMES) as FigureDimension[]).map((d) => (
            <ChoiceChip
              key={d}
              label={DIMENSION_NAMES[d]}
              testId={`by-${d}`}
              selected={by === d}
              onSelect={() => setBy(d)}
            />
          ))}
        </ChipGroup>
        {rows.state.status === 'loading' ? <LoadingState /> : null}
        {rows.state.status === 'error' ? (
          <ErrorState error={rows.state.error} onRetry={() => void rows.reload()} />
        ) : null}
        {rows.state.status === 'ready' && rows.state.data.rows.length === 0 ? (
          <EmptyState title="这段时间没有诉求" />
        ) : null}
        {rows.state.status === 'ready' ? <Rows rows={rows.state.data.rows} by={by} /> : null}
        <CsvExport
          fileName={`统计-${DIMENSION_NAMES[by].slice(1)}-${name}.csv`}
          testId={`figures-csv-${by}`}
          load={async () => (await figuresCsv(period, by)).csv}
        />
      </Section>
    </View>
  )
}
