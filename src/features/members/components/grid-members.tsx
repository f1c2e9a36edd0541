// 党员风采: the cards of the members posted in my grid; tap one for their pledges.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { EmptyState, ErrorState, LoadingState } from '@/shared/components/page-state'
import { memberCardUrl } from '@/shared/lib/routes'
import { getMemberCard, listGridMembers } from '../api/members-api'
import { MemberCardView, PledgeItem } from './member-card-view'
import { useScreenData } from './use-screen-data'

export function GridMembers() {
  const { state, reload } = useScreenData(listGridMembers)
  if (state.status === 'loading') return <LoadingState />
  if (state.status === 'error')
    return <ErrorState error={state.error} onRetry={() => void reload()} />
  const { grid, items } = state.data
  return (
    <View data-testid="grid-members">
      {grid ? <Text className="member-card__line">{grid.name}的党员</Text> : null}
      {items.length === 0 ? (
        <EmptyState title="本网格还没有定岗党员" />
      ) : (
        items.map((card) => (
          <MemberCardView
            key={card.id}
            card={card}
            onOpen={() => void Taro.navigateTo({ url: memberCardUrl(card.id) })}
          />
        ))
      )}
    </View>
  )
}

export function MemberCardScreen({ memberId }: { memberId: string }) {
  const { state, reload } = useScreenData(() => getMemberCard(memberId), memberId)
  if (state.status === 'loading') return <LoadingState />
  if (state.status === 'error')
    return <ErrorState error={state.error} onRetry={() => void reload()} />
  const { card, pledges } = state.data
  return (
    <View data-testid="member-card-screen">
      <MemberCardView card={card} />
      <View className="member-card">
        <Text className="member-card__name">亮承诺</Text>
        {pledges.length === 0 ? <EmptyState title="还没有公开承诺" /> : null}
        {pledges.map((p) => (
          <PledgeItem key={p.id} pledge={p} />
        ))}
      </View>
    </View>
  )
}
