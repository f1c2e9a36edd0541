// 首页 entries of issue 8: 党员风采 and 评议 for residents, 承诺/纪实 for members, 双报到, staff's lists.
import type { Me } from '@linli/types'
import { ROUTES } from '@/shared/lib/routes'

export type MemberEntryKey =
  | 'member-grid'
  | 'ballot'
  | 'my-pledges'
  | 'my-records'
  | 'my-evaluations'
  | 'check-in'
  | 'service-reviews'
  | 'check-ins'
  | 'rounds'
  | 'ranking'
  | 'points-rules'

interface Entry {
  key: MemberEntryKey
  title: string
  hint: string
  url: string
}

export const MEMBER_ENTRIES: Record<MemberEntryKey, Entry> = {
  'member-grid': {
    key: 'member-grid',
    title: '党员风采',
    hint: '本网格的党员和他们的承诺',
    url: ROUTES.memberGrid,
  },
  ballot: { key: 'ballot', title: '评议党员', hint: '为本网格党员打分', url: ROUTES.ballot },
  'my-pledges': {
    key: 'my-pledges',
    title: '我的承诺',
    hint: '亮承诺，报进展',
    url: ROUTES.myPledges,
  },
  'my-records': {
    key: 'my-records',
    title: '我的纪实',
    hint: '服务记录和积分',
    url: ROUTES.myRecords,
  },
  'my-evaluations': {
    key: 'my-evaluations',
    title: '我的评议',
    hint: '评议结果和申诉',
    url: ROUTES.myEvaluations,
  },
  'check-in': { key: 'check-in', title: '双报到', hint: '在职党员到社区报到', url: ROUTES.checkIn },
  'check-ins': {
    key: 'check-ins',
    title: '报到审核',
    hint: '审核在职党员报到',
    url: ROUTES.checkIns,
  },
  rounds: { key: 'rounds', title: '评议与申诉', hint: '开启评议，查看结果', url: ROUTES.rounds },
  'service-reviews': {
    key: 'service-reviews',
    title: '纪实核实',
    hint: '核实党员记录的服务',
    url: ROUTES.serviceReviews,
  },
  ranking: {
    key: 'ranking',
    title: '党员积分排名',
    hint: '全体党员积分，导出表格，授予标兵岗',
    url: ROUTES.ranking,
  },
  'points-rules': {
    key: 'points-rules',
    title: '积分规则',
    hint: '设定纪实积分的计算规则',
    url: ROUTES.pointsRules,
  },
}

export const memberEntryKeys = (me: Me): MemberEntryKey[] => {
  const has = (role: string) => me.roles.some((r) => r.role === role)
  const keys: MemberEntryKey[] = []
  if (has('resident') || has('member')) keys.push('member-grid')
  if (has('resident')) keys.push('ballot')
  if (has('member')) keys.push('my-pledges', 'my-records', 'my-evaluations')
  // 双报到 for whoever is not a member yet (an in-service member arrives as a plain WeChat user).
  if (!has('member') && !has('staff') && !has('admin')) keys.push('check-in')
  if (has('gridLeader') || has('staff') || has('admin')) keys.push('service-reviews')
  if (has('staff') || has('admin')) keys.push('check-ins', 'rounds', 'ranking', 'points-rules')
  return keys
}
