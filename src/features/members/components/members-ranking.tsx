// Staff's 党员积分排名: everyone's services, hours, points and pledges kept for a year or a month,
// ranked, optionally one unit's members (for its Party organisation), exported as CSV; a row opens
// the member's card, where staff award 党员标兵岗.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { chinaDateOf, type SummaryRow } from '@linli/types'
import { useState } from 'react'
import { ChipGroup, ChoiceChip } from '@/shared/components/choice-chip'
import { EmptyState, ErrorState, LoadingState } from '@/shared/components/page-state'
import { Section } from '@/shared/components/section'
import { useAsyncData } from '@/shared/hooks/use-async-data'
import { memberCardUrl } from '@/shared/lib/routes'
import { myRegistration, rankedSummary } from '../api/members-api'
import { CsvExport } from './csv-export'
import { useScreenData } from './use-screen-data'

interface Period {
  year: number
  /** 1–12, or undefined for the whole year. */
  month: number | undefined
  unitId: string | undefined
}

const thisYear = () => Number(chinaDateOf(Date.now()).slice(0, 4))
const thisMonth = () => Number(chinaDateOf(Date.now()).slice(5, 7))

/** The months of `year` that have begun: all twelve for a past year. */
export const monthsSoFar = (year: number, currentYear: number, currentMonth: number): number[] =>
  Array.from({ length: year < currentYear ? 12 : currentMonth }, (_, i) => i + 1)

const loadUnits = async () => (await myRegistration()).choices.units

const periodName = (p: Period) => (p.month ? `${p.year}年${p.month}月` : `${p.year}年`)

function RankRow({ row, rank }: { row: SummaryRow; rank: number }) {
  return (
    <View
      className="result-row"
      data-testid={`rank-${row.memberId}`}
      onClick={() => void Taro.navigateTo({ url: memberCardUrl(row.memberId) })}
    >
      <Text className="pledge__text">
        {rank}. {row.name} · {row.points} 分
      </Text>
      <Text className="pledge__meta">
        {row.unitName ? `${row.unitName} · ` : ''}
        {row.services} 次服务 · {row.hours} 小时 · 兑现承诺 {row.pledgesKept}/{row.pledgesDue}
      </Text>
    </View>
  )
}

export function MembersRanking() {
  const [period, setPeriod] = useState<Period>({
    year: thisYear(),
    month: undefined,
    unitId: undefined,
  })
  const key = `${period.year}-${period.month ?? ''}-${period.unitId ?? ''}`
  const { state, reload } = useScreenData(
    () => rankedSummary(period.year, period.month, 'json', period.unitId),
    key,
  )
  // The community's units (for one unit's Party organisation), loaded once, kept across periods.
  const unitsState = useAsyncData(loadUnits, 'units').state
  const units = unitsState.status === 'ready' ? unitsState.data : []
  const set = (change: Partial<Period>) => setPeriod((p) => ({ ...p, ...change }))
  const years = [thisYear(), thisYear() - 1]
  const unitName = units.find((u) => u.id === period.unitId)?.name
  const fileName = `党员积分-${periodName(period)}${unitName ? `-${unitName}` : ''}.csv`
  return (
    <View data-testid="members-ranking">
      <Section title="统计区间">
        <ChipGroup>
          {years.map((y) => (
            <ChoiceChip
              key={y}
              label={`${y}年`}
              testId={`year-${y}`}
              selected={period.year === y}
              onSelect={() => set({ year: y, month: undefined })}
            />
          ))}
        </ChipGroup>
        <ChipGroup>
          <ChoiceChip
            label="全年"
            testId="month-all"
            selected={period.month === undefined}
            onSelect={() => set({ month: undefined })}
          />
          {monthsSoFar(period.year, thisYear(), thisMonth()).map((m) => (
            <ChoiceChip
              key={m}
              label={`${m}月`}
              testId={`month-${m}`}
              selected={period.month === m}
              onSelect={() => set({ month: m })}
            />
          ))}
        </ChipGroup>
        {units.length > 0 ? (
          <ChipGroup>
            <ChoiceChip
              label="全部党员"
              testId="unit-all"
              selected={period.unitId === undefined}
              onSelect={() => set({ unitId: undefined })}
            />
            {units.map((u) => (
              <ChoiceChip
                key={u.id}
                label={u.name}
                testId={`unit-${u.id}`}
                selected={period.unitId === u.id}
                onSelect={() => set({ unitId: u.id })}
              />
            ))}
          </ChipGroup>
        ) : null}
        <CsvExport
          fileName={fileName}
          testId="ranking-csv"
          load={async () =>
            (await rankedSummary(period.year, period.month, 'csv', period.unitId)).csv
          }
        />
      </Section>
      <Section title={`${periodName(period)}积分排名`}>
        {state.status === 'loading' ? <LoadingState /> : null}
        {state.status === 'error' ? (
          <ErrorState error={state.error} onRetry={() => void reload()} />
        ) : null}
        {state.status === 'ready' && state.data.rows.length === 0 ? (
          <EmptyState title="这段时间没有党员" />
        ) : null}
        {state.status === 'ready'
          ? state.data.rows.map((row, i) => <RankRow key={row.memberId} row={row} rank={i + 1} />)
          : null}
      </Section>
    </View>
  )
}
