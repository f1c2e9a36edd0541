// 诉求详情: status, category, place, text and timeline; the reporter only when the answer has one.
import { Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import type { RequestDetail } from '@linli/types'
import { InfoRow } from '@/shared/components/info-row'
import { Notice } from '@/shared/components/notice'
import { ErrorState, LoadingState } from '@/shared/components/page-state'
import { Section } from '@/shared/components/section'
import { OverdueTag, StatusTag } from '@/shared/components/status-tag'
import { useAsyncData } from '@/shared/hooks/use-async-data'
import { formatDateTime } from '@/shared/lib/format-time'
import { HANDLING_MODE_LABELS, URGENCY_LABELS, categoryName } from '@/shared/lib/request-labels'
import { getRequest } from '../api/get-request'
import { ReporterBlock } from './reporter-block'
import { RequestTimeline } from './request-timeline'
import './request-detail-view.css'

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
      <InfoRow label="办理时限" value={formatDateTime(request.dueAt)} testId="detail-due" />
    </Section>
  )
}

export function RequestDetailView({ id }: { id: string }) {
  const { state, reload } = useAsyncData(() => getRequest(id), id)
  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh())
  })
  if (state.status === 'loading') return <LoadingState />
  if (state.status === 'error')
    return <ErrorState error={state.error} onRetry={() => void reload()} />
  const request = state.data
  return (
    <View className="request-detail" data-testid="request-detail">
      <Summary request={request} />
      <Section title="问题描述">
        <Text className="detail-description" data-testid="detail-description">
          {request.description}
        </Text>
        {request.photos.length > 0 ? (
          <Text className="field__hint">{`附有 ${request.photos.length} 张照片`}</Text>
        ) : null}
      </Section>
      {request.masked ? (
        <Notice testId="detail-masked">为保护居民隐私，门牌、电话和姓名已隐去。</Notice>
      ) : null}
      {request.reporter ? (
        <ReporterBlock reporter={request.reporter} hideName={request.hideName} />
      ) : null}
      <RequestTimeline events={request.timeline} gridName={request.gridName} />
    </View>
  )
}
