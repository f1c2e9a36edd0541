// Chinese labels for member kinds (badges: shared/lib/badge-labels), pledge and record states, verdicts.
import type {
  MemberKind,
  PledgeStatus,
  ServiceKind,
  ServiceStatus,
  TeamKind,
  Verdict,
} from '@linli/types'

export const MEMBER_KIND_LABELS: Record<MemberKind, string> = {
  community: '社区党员',
  retired: '离退休党员',
  inService: '在职党员',
}
export const PLEDGE_STATUS_LABELS: Record<PledgeStatus, string> = {
  open: '进行中',
  fulfilled: '已兑现',
  notFulfilled: '未兑现',
}
export const SERVICE_KIND_LABELS: Record<ServiceKind, string> = {
  request: '办理诉求',
  activity: '参加活动',
  patrol: '巡逻',
  homeVisit: '入户走访',
  other: '其他服务',
  offering: '服务项目',
}
export const SERVICE_STATUS_LABELS: Record<ServiceStatus, string> = {
  pending: '待核实',
  verified: '已核实',
  rejected: '未通过',
}
export const VERDICT_LABELS: Record<Verdict, string> = {
  satisfied: '满意',
  basicallySatisfied: '基本满意',
  dissatisfied: '不满意',
}
export const TEAM_KIND_LABELS: Record<TeamKind, string> = {
  teaching: '教育辅导',
  legal: '法律服务',
  cultureSports: '文体',
  medical: '医疗健康',
  skills: '技能维修',
  sanitation: '环境卫生',
  elderCare: '助老助残',
  publicSecurity: '综治巡逻',
}
