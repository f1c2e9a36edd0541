// Who handles the request (亮身份: a member's name is public), its rating, 回访 and 12345 order.
import { Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { RequestDetail, TimelineEventType } from '@linli/types'
import { InfoRow } from '@/shared/components/info-row'
import { Section } from '@/shared/components/section'
import { BADGE_LABELS } from '@/shared/lib/badge-labels'
import { formatDateTime } from '@/shared/lib/format-time'
import { memberCardUrl } from '@/shared/lib/routes'
import { HANDLER_KIND_LABELS } from '../../lib/action-labels'
import { StarDisplay } from './star-rating'

const HOW: Partial<Record<TimelineEventType, string>> = {
  claimed: '认领办理',
  assigned: '受指派办理',
  transferred: '承接转办',
}

/** "党员 李志强 认领办理": the kind, the name, and how the request reached them (latest event). */
export const handlerLine = (request: RequestDetail): string | null => {
  const handler = request.handler
  if (!handler) return null
  const last = [...request.timeline].reverse().find((e) => HOW[e.type] !== undefined)
  const how = (last && HOW[last.type]) ?? '办理'
  return `${HANDLER_KIND_LABELS[handler.kind]} ${handler.name} ${how}`
}

export function HandlerBlock({ request }: { request: RequestDetail }) {
  const line = handlerLine(request)
  const { rating, followUp, hotline } = request
  if (!line && !rating && !followUp && !hotline) return null
  return (
    <Section title="办理情况" testId="detail-handling">
      {line ? (
        <Text className="handler-badge" data-testid="detail-handler">
          {line}
        </Text>
      ) : null}
      {request.handler?.badges.map((b) => (
        // 亮身份: residents see the 党员标兵岗 of whoever handles their request.
        <Text key={b} className="detail-handler-award" data-testid="detail-handler-award">
          {BADGE_LABELS[b]}
        </Text>
      ))}
      {request.handler?.kind === 'member' ? (
        // 亮身份: the handler's card (with 党员标兵岗 when awarded) opens from the request.
        <Text
          className="field__hint"
          data-testid="detail-handler-card"
          onClick={() => void Taro.navigateTo({ url: memberCardUrl(request.handler?.id ?? '') })}
        >
          查看党员名片 ›
        </Text>
      ) : null}
      {rating ? (
        <>
          <StarDisplay stars={rating.stars} />
          {rating.comment ? <Text className="field__hint">{rating.comment}</Text> : null}
        </>
      ) : null}
      {followUp ? (
        <InfoRow
          label="回访"
          value={followUp.status === 'pending' ? '待网格长回访' : `已回访：${followUp.note ?? ''}`}
          testId="detail-follow-up"
        />
      ) : null}
      {hotline ? (
        <>
          <InfoRow label="12345 工单号" value={hotline.orderNo} testId="detail-hotline-order" />
          <InfoRow label="工单时限" value={formatDateTime(hotline.dueAt)} />
          <InfoRow
            label="反馈 12345"
            value={
              hotline.reportedBackAt
                ? `已于 ${formatDateTime(hotline.reportedBackAt)} 反馈`
                : '尚未反馈'
            }
          />
        </>
      ) : null}
    </Section>
  )
}
