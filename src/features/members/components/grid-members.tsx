// 党员风采: the cards of the members posted in my grid; tap one for their pledges (and, on one's
// own card, the photo; for staff, 党员标兵岗 and marking a pledge not fulfilled).
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { MemberCard } from '@linli/types'
import { loadMe } from '@/shared/api/me'
import { EmptyState, ErrorState, LoadingState } from '@/shared/components/page-state'
import { memberCardUrl } from '@/shared/lib/routes'
import { getMemberCard, listGridMembers } from '../api/members-api'
import { BadgeTool, MyPhotoTool } from './card-tools'
import { MemberCardView, PledgeItem } from './member-card-view'
import { PledgeVerdict } from './pledge-verdict'
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

const loadCard = async (memberId: string) => {
  const [card, me] = await Promise.all([getMemberCard(memberId), loadMe()])
  const staff = me.roles.some((r) => r.role === 'staff' || r.role === 'admin')
  return { ...card, mine: me.personId === memberId, staff }
}

export function MemberCardScreen({ memberId }: { memberId: string }) {
  const { state, reload, replace } = useScreenData(() => loadCard(memberId), memberId)
  if (state.status === 'loading') return <LoadingState />
  if (state.status === 'error')
    return <ErrorState error={state.error} onRetry={() => void reload()} />
  const { card, pledges, mine, staff } = state.data
  const changed = (next: MemberCard) => replace({ ...state.data, card: next })
  return (
    <View data-testid="member-card-screen">
      <MemberCardView card={card} />
      {mine ? <MyPhotoTool card={card} onChanged={changed} /> : null}
      {staff ? <BadgeTool card={card} onChanged={changed} /> : null}
      <View className="member-card">
        <Text className="member-card__name">亮承诺</Text>
        {pledges.length === 0 ? <EmptyState title="还没有公开承诺" /> : null}
        {pledges.map((p) => (
          <PledgeItem key={p.id} pledge={p}>
            {staff ? (
              <PledgeVerdict
                pledge={p}
                onChanged={(next) =>
                  replace({
                    ...state.data,
                    pledges: pledges.map((q) => (q.id === next.id ? next : q)),
                  })
                }
              />
            ) : null}
          </PledgeItem>
        ))}
      </View>
    </View>
  )
}
