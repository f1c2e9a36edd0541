// Chinese labels for request states, categories, urgency and timeline events (DESIGN §3).
import { REQUEST_CATEGORIES } from '@linli/types'
import type { HandlingMode, RequestStatus, TimelineEventType, Urgency } from '@linli/types'

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

/** Every timeline event in words (the closed list of types/request-lifecycle.ts). */
export const TIMELINE_LABELS: Record<TimelineEventType, string> = {
  reported: '居民提交诉求',
  recordedOnBehalf: '工作人员代为登记',
  routed: '已分派到网格',
  accepted: '网格长已受理',
  claimed: '已认领',
  assigned: '已指派',
  transferred: '已转办',
  rejected: '不予受理',
  started: '开始办理',
  progress: '办理进展',
  resolved: '已办结，待居民确认',
  confirmed: '居民已确认并评价',
  reopened: '居民反映未解决，重新办理',
  cancelled: '居民已撤销',
  followed: '有居民附议',
  followUpOpened: '评价较低，待网格长回访',
  followUpRecorded: '网格长已回访',
  reportedBack: '已向 12345 反馈结果',
  escalated: '超时提醒',
  autoClosed: '自动办结',
}

export const timelineLabel = (type: TimelineEventType): string => TIMELINE_LABELS[type]
