// 阅读统计: how many targeted households read the notice, with one bar per building.
import { Text, View } from '@tarojs/components'
import { ErrorState, LoadingState } from '@/shared/components/page-state'
import { Section } from '@/shared/components/section'
import { useAsyncData } from '@/shared/hooks/use-async-data'
import { noticeStats } from '../api/notices-api'
import { readPercent } from '../lib/notice-labels'
import './notices.css'

export function NoticeStatsView({ id }: { id: string }) {
  const { state, reload } = useAsyncData(() => noticeStats(id), id)
  if (state.status === 'loading') return <LoadingState />
  if (state.status === 'error')
    return <ErrorState error={state.error} onRetry={() => void reload()} />
  const s = state.data
  return (
    <View
      data-testid="notice-stats"
      data-households-read={s.householdsRead}
      data-readers={s.readers}
    >
      <Section title={s.title}>
        <Text className="notice-card__meta" data-testid="stats-summary">
          {s.households > 0
            ? `${s.householdsRead} / ${s.households} 户已读（${readPercent(s.householdsRead, s.households)}%）`
            : `${s.readers} / ${s.recipients} 人已读`}
        </Text>
      </Section>
      {s.byBuilding.length > 0 ? (
        <Section title="各楼栋阅读情况">
          {s.byBuilding.map((b) => (
            <View
              key={b.buildingId}
              className="read-bar"
              data-testid="read-bar"
              data-building-id={b.buildingId}
              data-read={b.read}
            >
              <Text className="read-bar__label">{`${b.name}  ${b.read}/${b.households} 户`}</Text>
              <View className="read-bar__track">
                <View
                  className="read-bar__fill"
                  style={{ width: `${readPercent(b.read, b.households)}%` }}
                />
              </View>
            </View>
          ))}
        </Section>
      ) : null}
    </View>
  )
}
