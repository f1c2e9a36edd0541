// 诉求热点 (staff): buildings and grids that keep reporting one category within the community's
// window; one tap opens the record form with the hot spot's requests on the agenda.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ActionButton } from '@/shared/components/action-button'
import { EmptyState, ErrorState, LoadingState } from '@/shared/components/page-state'
import { useScreenData } from '@/shared/hooks/use-screen-data'
import { formatDateTime } from '@/shared/lib/format-time'
import { ROUTES } from '@/shared/lib/routes'
import { hotSpots } from '../api/meetings-api'
import { categoryName, requestsParam } from '../lib/labels'
import './meetings.css'

const SCOPE_LABELS = { building: '楼院', grid: '网格' } as const

export function HotSpotList() {
  const { state, reload } = useScreenData(() => hotSpots())
  if (state.status === 'loading') return <LoadingState />
  if (state.status === 'error')
    return <ErrorState error={state.error} onRetry={() => void reload()} />
  const { rule, items } = state.data
  return (
    <View data-testid="hot-spot-list">
      <Text className="meeting__meta">
        规则：同一楼院或网格 {rule.days} 天内同类诉求达到 {rule.count} 条
      </Text>
      {items.length === 0 ? <EmptyState title="暂无诉求热点" /> : null}
      {items.map((s) => (
        <View className="meeting" key={`${s.scope}-${s.id}-${s.category}`} data-testid="hot-spot">
          <Text className="meeting__title">
            {SCOPE_LABELS[s.scope]} {s.id} · {categoryName(s.category)}
          </Text>
          <Text className="meeting__meta">
            {s.count} 条诉求 · 最近 {formatDateTime(s.latestAt)}
          </Text>
          <ActionButton
            testId="hot-spot-to-agenda"
            onClick={() =>
              void Taro.navigateTo({
                url: `${ROUTES.recordMeeting}?requests=${requestsParam(s.requestIds)}&topic=${encodeURIComponent(`${categoryName(s.category)}问题议事会`)}`,
              })
            }
          >
            列入议事议程
          </ActionButton>
        </View>
      ))}
    </View>
  )
}
