// What each lifecycle action is called on its button, and which form it opens.
import type { HandlerKind, RequestAction } from '@linli/types'

export const ACTION_LABELS: Record<RequestAction, string> = {
  accept: '受理',
  claim: '认领',
  assign: '指派',
  transfer: '转办',
  reject: '不予受理',
  start: '开始办理',
  progress: '更新进展',
  resolve: '办结',
  confirm: '确认解决并评价',
  reopen: '还没解决',
  cancel: '撤销诉求',
  follow: '附议（我也遇到了）',
  recordFollowUp: '记录回访',
  reportBack: '反馈 12345',
}

/** Actions that move a request forward read as primary; the others as secondary. */
export const SECONDARY_ACTIONS: ReadonlySet<RequestAction> = new Set([
  'reject',
  'cancel',
  'reopen',
  'transfer',
  'progress',
])

export const HANDLER_KIND_LABELS: Record<HandlerKind, string> = {
  member: '党员',
  team: '志愿服务队',
  unit: '驻区单位',
  department: '部门',
}
