// 议事: the meetings of the caller's grid (or all, for staff), each with its decisions' progress;
// 我关注的 shows those on requests the caller reported. Staff record a meeting or open the hot spots.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { MeetingView } from '@linli/types'
import { useState } from 'react'
import { loadMe } from '@/shared/api/me'
import { ActionButton } from '@/shared/components/action-button'
import { EmptyState, ErrorState, LoadingState } from '@/shared/components/page-state'
import { useScreenData } from '@/shared/hooks/use-screen-data'
import { ROUTES } from '@/shared/lib/routes'
import { listMeetings } from '../api/meetings-api'
import { STATUS_LABELS } from '../lib/labels'
import './meetings.css'

const STAFF_ROLES = ['staff', 'admin']

function MeetingCard({ m }: { m: MeetingView }) {
  return (
    <View
      className="meeting"
      data-testid="meeting"
      data-meeting-id={m.id}
      onClick={() => void Taro.navigateTo({ url: `${ROUTES.meetingDetail}?id=${m.id}` })}
    >
      <Text className="meeting__title">{m.topic}</Text>
      <Text className="meeting__meta" data-testid="meeting-progress">
        {m.heldOn} · 决议 {m.total} 项，已完成 {m.done} 项{m.following ? ' · 我反映过' : ''}
      </Text>
      {m.decisions.map((d) => (
        <Text className="meeting__meta" key={d.id}>
          {STATUS_LABELS[d.status]}｜{d.text}
        </Text>
      ))}
    </View>
  )
}

export function MeetingList() {
  const [mine, setMine] = useState(false)
  const { state, reload } = useScreenData(
    async () => {
      const [page, me] = await Promise.all([listMeetings(mine), loadMe()])
      return { page, staff: me.roles.some((r) => STAFF_ROLES.includes(r.role)) }
    },
    mine ? 'mine' : 'all',
  )
  if (state.status === 'loading') return <LoadingState />
  if (state.status === 'error')
    return <ErrorState error={state.error} onRetry={() => void reload()} />
  return (
    <View data-testid="meeting-list">
      {state.data.staff ? (
        <View>
          <ActionButton
            testId="record-meeting"
            onClick={() => void Taro.navigateTo({ url: ROUTES.recordMeeting })}
          >
            记录议事会
          </ActionButton>
          <ActionButton
            variant="secondary"
            testId="open-hot-spots"
            onClick={() => void Taro.navigateTo({ url: ROUTES.hotSpots })}
          >
            诉求热点
          </ActionButton>
        </View>
      ) : null}
      <ActionButton variant="secondary" testId="toggle-mine" onClick={() => setMine(!mine)}>
        {mine ? '看全部议事' : '只看我反映过的'}
      </ActionButton>
      {state.data.page.items.length === 0 ? (
        <EmptyState title={mine ? '您反映的诉求还没有上议事会' : '暂无议事记录'} />
      ) : null}
      {state.data.page.items.map((m) => (
        <MeetingCard key={m.id} m={m} />
      ))}
    </View>
  )
}
