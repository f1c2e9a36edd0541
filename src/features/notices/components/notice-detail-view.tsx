// One notice; opening it marks it read (from the inbox, a share card or a subscribe message).
// Its sender and leaders also get the receipts, the door-knock list and 转发到群.
import { Button, Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ActionButton } from '@/shared/components/action-button'
import { ErrorState, LoadingState } from '@/shared/components/page-state'
import { Section } from '@/shared/components/section'
import { useAsyncData } from '@/shared/hooks/use-async-data'
import { formatDateTime } from '@/shared/lib/format-time'
import { ROUTES } from '@/shared/lib/routes'
import { readNotice, type OpenedVia } from '../api/notices-api'
import { markNoticeRead } from '../lib/inbox-freshness'
import { NOTICE_STATUS_LABEL } from '../lib/notice-labels'
import './notices.css'

export function NoticeDetailView({ id, via }: { id: string; via: OpenedVia }) {
  const { state, reload } = useAsyncData(async () => {
    const detail = await readNotice(id, via)
    // Opening it marked it read: the inbox behind this page is out of date now.
    markNoticeRead(id)
    return detail
  }, id)
  if (state.status === 'loading') return <LoadingState />
  if (state.status === 'error')
    return <ErrorState error={state.error} onRetry={() => void reload()} />
  const n = state.data
  const go = (route: string) =>
    void Taro.navigateTo({ url: `${route}?id=${encodeURIComponent(n.id)}` })
  return (
    <View data-testid="notice-detail" data-notice-id={n.id} data-urgency={n.urgency}>
      <Section>
        <Text className="notice-card__title">
          {n.urgency === 'urgent' ? <Text className="notice-urgent">紧急</Text> : null}
          {n.title}
        </Text>
        <Text className="notice-card__meta">
          {`${n.authorName} · ${n.targetLabel}`}
          {n.publishedAt
            ? ` · ${formatDateTime(n.publishedAt)}`
            : ` · ${NOTICE_STATUS_LABEL[n.status]}`}
        </Text>
      </Section>
      <Section>
        <Text className="notice-body" data-testid="notice-body">
          {n.body}
        </Text>
        {n.images.map((src) => (
          <Image key={src} src={src} mode="widthFix" style={{ width: '100%', marginTop: '16px' }} />
        ))}
      </Section>
      {n.canSeeStats && n.status === 'published' ? (
        <View className="notice-actions">
          <ActionButton testId="open-stats" onClick={() => go(ROUTES.noticeStats)}>
            阅读统计
          </ActionButton>
          {n.urgency === 'urgent' ? (
            <ActionButton
              variant="secondary"
              testId="open-door-knock"
              onClick={() => go(ROUTES.doorKnock)}
            >
              上门通知名单
            </ActionButton>
          ) : null}
          {/* WeChat posts the card: the page's onShareAppMessage builds it (mini-program only). */}
          {process.env.TARO_ENV === 'weapp' ? (
            <Button
              className="action-button action-button--secondary"
              openType="share"
              data-testid="share"
            >
              转发到群
            </Button>
          ) : null}
        </View>
      ) : null}
    </View>
  )
}
