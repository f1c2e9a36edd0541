// Chinese labels for request states, categories, urgency and timeline events (DESIGN §3).
import { REQUEST_CATEGORIES } from '@linli/types'
import type { HandlingMode, RequestStatus, Urgency } from '@linli/types'

export const STATUS_LABELS: Record<RequestStatus, string> = {
  submitted: '已提交',
  open: '待认领',
  claimed: '已认领',
  assigned: '已指派',
  inProgress: '处理中',
  resolved: '已解决',
  closed: '已办结',
  reopened: '重新处理',
  cancelled: '已撤销',
  rejected: '未受理',
}

export type StatusTone = 'waiting' | 'active' | 'done' | 'muted'

export const STATUS_TONES: Record<RequestStatus, StatusTone> = {
  submitted: 'waiting',
  open: 'waiting',
  claimed: 'active',
  assigned: 'active',
  inProgress: 'active',
  reopened: 'active',
  resolved: 'done',
  closed: 'done',
  cancelled: 'muted',
  rejected: 'muted',
}

export const URGENCY_LABELS: Record<Urgency, string> = { normal: '一般', urgent: '紧急' }

/** 五办 */
export const HANDLING_MODE_LABELS: Record<HandlingMode, string> = {
  onSite: '现场办',
  sameDay: '当天办',
  difficult: '想法办',
  departmental: '协调办',
  homeVisit: '上门办',
}

export const categoryName = (id: string): string =>
  REQUEST_CATEGORIES.find((c) => c.id === id)?.name ?? '其他'

const TIMELINE_LABELS: Record<string, string> = {
  reported: '居民提交诉求',
  routed: '已分派到网格',
}

export const timelineLabel = (type: string): string => TIMELINE_LABELS[type] ?? '状态更新'
