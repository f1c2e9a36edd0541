// A request's status as a labelled tag: text first, colour only as a second signal.
import { Text } from '@tarojs/components'
import type { RequestStatus } from '@linli/types'
import { STATUS_LABELS, STATUS_TONES } from '../lib/request-labels'
import './status-tag.css'

export function StatusTag({ status }: { status: RequestStatus }) {
  return (
    <Text className={`status-tag status-tag--${STATUS_TONES[status]}`} data-testid="status-tag">
      {STATUS_LABELS[status]}
    </Text>
  )
}

export function OverdueTag() {
  return (
    <Text className="status-tag status-tag--overdue" data-testid="overdue-marker">
      已超时
    </Text>
  )
}
