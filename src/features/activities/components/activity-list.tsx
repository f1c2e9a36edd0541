// 社区活动: the community's activities with places left; sign up or cancel in one tap. Organisers
// create activities and open the rotating check-in code; attendees open check-in.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ActivityView } from '@linli/types'
import { useState } from 'react'
import { errorMessage } from '@/shared/api/error-messages'
import { loadMe } from '@/shared/api/me'
import { ActionButton } from '@/shared/components/action-button'
import { EmptyState, ErrorState, LoadingState } from '@/shared/components/page-state'
import { useScreenData } from '@/shared/hooks/use-screen-data'
import { formatDateTime } from '@/shared/lib/format-time'
import { ROUTES } from '@/shared/lib/routes'
import { cancelSignUp, listActivities, signUp } from '../api/activities-api'
import { PHASE_LABELS } from '../lib/labels'
import './activities.css'

const ORGANISER_ROLES = ['teamCaptain', 'staff', 'admin']

function ActivityCard(props: {
  a: ActivityView
  busy: boolean
  onSignUp: () => void
  onCancel: () => void
}) {
  const { a, busy } = props
  const mine = a.mySignUp?.status === 'signedUp' ? a.mySignUp : null
  return (
    <View className="activity" data-testid="activity" data-activity-id={a.id}>
      <Text className="activity__title">{a.title}</Text>
      <Text className="activity__meta">
        {formatDateTime(a.startsAt)} · {a.place} · {a.organiserName}
      </Text>
      <Text className="activity__meta" data-testid="activity-left">
        {PHASE_LABELS[a.phase]} · 已报名 {a.signedUp} / {a.capacity}
        {a.hours > 0 ? ` · 党员计 ${a.hours} 小时志愿服务` : ''}
      </Text>
      {a.description ? <Text className="activity__meta">{a.description}</Text> : null}
      {mine?.checkedIn ? <Text className="activity__meta">✓ 已签到</Text> : null}
      {mine && !mine.checkedIn && a.phase !== 'ended' ? (
        <ActionButton
          variant="secondary"
          testId="open-check-in"
          onClick={() => void Taro.navigateTo({ url: `${ROUTES.activityCheckIn}?a=${a.id}` })}
        >
          现场签到
        </ActionButton>
      ) : null}
      {mine && !mine.checkedIn && (a.phase === 'signUp' || a.phase === 'closed') ? (
        <ActionButton
          variant="secondary"
          testId="cancel-sign-up"
          loading={busy}
          onClick={props.onCancel}
        >
          取消报名
        </ActionButton>
      ) : null}
      {!mine && a.phase === 'signUp' ? (
        <ActionButton
          testId="sign-up"
          loading={busy}
          disabled={a.left === 0}
          onClick={props.onSignUp}
        >
          {a.left === 0 ? '名额已满' : '报名'}
        </ActionButton>
      ) : null}
      {a.manages ? (
        <ActionButton
          variant="secondary"
          testId="show-check-in-code"
          onClick={() => void Taro.navigateTo({ url: `${ROUTES.checkInCode}?id=${a.id}` })}
        >
          出示签到码
        </ActionButton>
      ) : null}
    </View>
  )
}

export function ActivityList() {
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const { state, reload } = useScreenData(async () => {
    const [page, me] = await Promise.all([listActivities(), loadMe()])
    return { page, organiser: me.roles.some((r) => ORGANISER_ROLES.includes(r.role)) }
  })
  const act = async (id: string, send: () => Promise<unknown>, done: string) => {
    setBusy(id)
    setError(null)
    try {
      await send()
      void Taro.showToast({ title: done, icon: 'success' })
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setBusy(null)
      await reload()
    }
  }
  if (state.status === 'loading') return <LoadingState />
  if (state.status === 'error')
    return <ErrorState error={state.error} onRetry={() => void reload()} />
  return (
    <View data-testid="activity-list">
      {state.data.organiser ? (
        <ActionButton
          testId="create-activity"
          onClick={() => void Taro.navigateTo({ url: ROUTES.createActivity })}
        >
          发起活动
        </ActionButton>
      ) : null}
      {error ? <Text className="field__error">{error}</Text> : null}
      {state.data.page.items.length === 0 ? <EmptyState title="近期没有活动" /> : null}
      {state.data.page.items.map((a) => (
        <ActivityCard
          key={a.id}
          a={a}
          busy={busy === a.id}
          onSignUp={() => void act(a.id, () => signUp(a.id), '报名成功')}
          onCancel={() => void act(a.id, () => cancelSignUp(a.id), '已取消报名')}
        />
      ))}
    </View>
  )
}
