// 诉求详情: summary, text and photos, reporter, handler, timeline, and the caller's action buttons.
import { Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { useCallback, useState } from 'react'
import type { RequestAction, RequestDetail } from '@linli/types'
import { InfoRow } from '@/shared/components/info-row'
import { Notice } from '@/shared/components/notice'
import { ErrorState, LoadingState } from '@/shared/components/page-state'
import { Section } from '@/shared/components/section'
import { OverdueTag, StatusTag } from '@/shared/components/status-tag'
import { useAsyncData } from '@/shared/hooks/use-async-data'
import { formatDateTime, formatDue } from '@/shared/lib/format-time'
import { HANDLING_MODE_LABELS, URGENCY_LABELS, categoryName } from '@/shared/lib/request-labels'
import { getRequest } from '../../api/requests-api'
import { useRefreshOnReturn } from '../../hooks/use-refresh-on-return'
import { ActionSheet } from '../actions/action-sheet'
import { ActionBar } from './action-bar'
import { HandlerBlock } from './handler-block'
import { PhotoGrid } from './photo-grid'
import { ReporterBlock } from './reporter-block'
import { RequestTimeline } from './request-timeline'
import './request-detail-view.css'

/** The due time matters only while someone still has to act. */
const DONE = new Set(['resolved', 'closed', 'cancelled', 'rejected'])

function Summary({ request }: { request: RequestDetail }) {
  return (
    <Section>
      <View className="detail-head">
        <Text className="detail-head__category" data-testid="detail-category">
          {categoryName(request.category)}
        </Text>
        <View className="detail-head__tags" data-testid="detail-status">
          {request.overdue ? <OverdueTag /> : null}
          <StatusTag status={request.status} />
        </View>
      </View>
      <InfoRow label="楼院" value={request.buildingName} testId="detail-building" />
      <InfoRow label="网格" value={request.gridName} />
      <InfoRow label="紧急程度" value={URGENCY_LABELS[request.urgency]} />
      <InfoRow label="办理方式" value={HANDLING_MODE_LABELS[request.handlingMode]} />
      <InfoRow label="反映时间" value={formatDateTime(request.createdAt)} />
      <InfoRow
        label="办理时限"
        value={
          DONE.has(request.status)
            ? formatDateTime(request.dueAt)
            : `${formatDateTime(request.dueAt)}（${formatDue(request.dueAt)}）`
        }
        testId="detail-due"
      />
      {request.followerCount > 0 ? (
        <InfoRow label="附议" value={`${request.followerCount} 位居民`} testId="detail-followers" />
      ) : null}
    </Section>
  )
}

function DetailBody({
  request,
  onChoose,
}: {
  request: RequestDetail
  onChoose: (a: RequestAction) => void
}) {
  return (
    <View className="request-detail" data-testid="request-detail" data-status={request.status}>
      <Summary request={request} />
      {request.status === 'submitted' ? (
        <Notice title="等待网格长受理" testId="detail-waiting">
          您的住址还在核实中，网格长受理后，诉求会进入任务大厅。
        </Notice>
      ) : null}
      {request.following ? (
        <Notice testId="detail-following">您已附议，办理进展会通知您。</Notice>
      ) : null}
      <Section title="问题描述">
        <Text className="detail-description" data-testid="detail-description">
          {request.description}
        </Text>
        <PhotoGrid photos={request.photos} testId="detail-photos" />
      </Section>
      {request.masked ? (
        <Notice testId="detail-masked">为保护居民隐私，门牌、电话和姓名已隐去。</Notice>
      ) : null}
      {request.reporter ? (
        <ReporterBlock reporter={request.reporter} hideName={request.hideName} />
      ) : null}
      <HandlerBlock request={request} />
      <ActionBar actions={request.actions} onChoose={onChoose} />
      <RequestTimeline events={request.timeline} gridName={request.gridName} />
    </View>
  )
}

export function RequestDetailView({ id }: { id: string }) {
  const { state, reload, replace } = useAsyncData(() => getRequest(id), id)
  const [chosen, setChosen] = useState<RequestAction | null>(null)
  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh())
  })
  useRefreshOnReturn(reload)
  const onDone = useCallback(
    (fresh: RequestDetail) => {
      setChosen(null)
      replace(fresh)
      void Taro.showToast({ title: '已提交', icon: 'success' })
    },
    [replace],
  )
  if (state.status === 'loading') return <LoadingState />
  if (state.status === 'error')
    return <ErrorState error={state.error} onRetry={() => void reload()} />
  const request = state.data
  return (
    <>
      <DetailBody request={request} onChoose={setChosen} />
      {chosen && request.actions.includes(chosen) ? (
        <ActionSheet
          action={chosen}
          request={request}
          onDone={onDone}
          onCancel={(stale) => {
            setChosen(null)
            if (stale) void reload()
          }}
        />
      ) : null}
    </>
  )
}
