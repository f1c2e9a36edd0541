// One request in a list: status, category, building, masked excerpt, time; a tap opens the detail.
import { Text, View } from '@tarojs/components'
import { memo } from 'react'
import type { RequestSummary } from '@linli/types'
import { formatDateTime, formatDue } from '../lib/format-time'
import { URGENCY_LABELS, categoryName } from '../lib/request-labels'
import { OverdueTag, StatusTag } from './status-tag'
import './section.css'
import './request-card.css'

/** Requests someone still has to act on: their due time is worth a line. */
const ACTIVE = new Set(['submitted', 'open', 'claimed', 'assigned', 'inProgress', 'reopened'])

interface RequestCardProps {
  request: RequestSummary
  onOpen: (id: string) => void
}

/** Memoised: on a long board, loading the next page re-renders only the new cards. */
export const RequestCard = memo(function RequestCard({ request, onOpen }: RequestCardProps) {
  return (
    <View
      className={`section request-card ${request.overdue ? 'request-card--overdue' : ''}`}
      data-testid="request-card"
      data-request-id={request.id}
      onClick={() => onOpen(request.id)}
    >
      <View className="request-card__head">
        <Text className="request-card__category">{categoryName(request.category)}</Text>
        <View className="request-card__tags">
          {request.urgency === 'urgent' ? (
            <Text className="request-card__urgent">{URGENCY_LABELS.urgent}</Text>
          ) : null}
          {request.overdue ? <OverdueTag /> : null}
          <StatusTag status={request.status} />
        </View>
      </View>
      <Text className="request-card__excerpt">{request.excerpt}</Text>
      <View className="request-card__meta">
        <Text>{request.buildingName}</Text>
        <Text>{formatDateTime(request.createdAt)}</Text>
      </View>
      {ACTIVE.has(request.status) ? (
        <Text
          className={`request-card__due ${request.overdue ? 'request-card__due--overdue' : ''}`}
          data-testid="request-due"
        >
          {formatDue(request.dueAt)}
        </Text>
      ) : null}
    </View>
  )
})
