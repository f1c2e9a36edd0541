// What 首页 offers each role (from org.me): residents report, members claim, leaders and staff route.
import type { Me } from '@linli/types'
import { ROUTES } from '@/shared/lib/routes'
import { MEMBER_ENTRIES, memberEntryKeys, type MemberEntryKey } from './member-entries'
import { OFFERING_ENTRIES, offeringEntryKeys, type OfferingEntryKey } from './offering-entries'
import { CONSOLE_ENTRIES, consoleEntryKeys, type ConsoleEntryKey } from './console-entries'
import { HOUSEHOLD_ENTRIES, householdEntryKeys, type HouseholdEntryKey } from './household-entries'

export type EntryKey =
  | 'report'
  | 'my-requests'
  | 'task-hall'
  | 'my-tasks'
  | 'grid-board'
  | 'on-behalf'
  | 'inbox'
  | 'compose-notice'
  | 'content-review'
  | 'outbox'
  | 'figures'
  | MemberEntryKey
  | OfferingEntryKey
  | ConsoleEntryKey
  | HouseholdEntryKey

export interface HomeEntry {
  key: EntryKey
  title: string
  hint: string
  url: string
}

const ENTRIES: Record<EntryKey, HomeEntry> = {
  report: { key: 'report', title: '我要反映', hint: '遇到问题，告诉社区', url: ROUTES.report },
  'my-requests': {
    key: 'my-requests',
    title: '我的诉求',
    hint: '看看办到哪一步了',
    url: ROUTES.myRequests,
  },
  'task-hall': {
    key: 'task-hall',
    title: '任务大厅',
    hint: '认领网格里的居民诉求',
    url: ROUTES.taskHall,
  },
  'my-tasks': {
    key: 'my-tasks',
    title: '我的任务',
    hint: '我认领和被指派的诉求',
    url: ROUTES.myTasks,
  },
  'on-behalf': {
    key: 'on-behalf',
    title: '代居民登记',
    hint: '电话、来访、12345 派单',
    url: ROUTES.onBehalf,
  },
  'grid-board': {
    key: 'grid-board',
    title: '网格待办',
    hint: '跟进本网格的诉求',
    url: ROUTES.gridBoard,
  },
  inbox: { key: 'inbox', title: '消息', hint: '社区和网格发来的通知', url: ROUTES.inbox },
  'compose-notice': {
    key: 'compose-notice',
    title: '发通知',
    hint: '通知本网格、楼栋或队员',
    url: ROUTES.composeNotice,
  },
  'content-review': {
    key: 'content-review',
    title: '内容审核',
    hint: '待人工审核的通知、诉求和承诺',
    url: ROUTES.heldContent,
  },
  figures: {
    key: 'figures',
    title: '数据统计',
    hint: '三率、志愿服务、评议和通知阅读',
    url: ROUTES.figures,
  },
  outbox: {
    key: 'outbox',
    title: '本地消息出口',
    hint: '本机模拟的微信订阅消息',
    url: ROUTES.outbox,
  },
  ...MEMBER_ENTRIES,
  ...OFFERING_ENTRIES,
  ...CONSOLE_ENTRIES,
  ...HOUSEHOLD_ENTRIES,
}

export const entriesFor = (me: Me): HomeEntry[] => {
  const has = (role: string) => me.roles.some((r) => r.role === role)
  const keys: EntryKey[] = []
  if (has('gridLeader') || has('staff')) keys.push('grid-board', 'on-behalf')
  if (has('member') || has('teamCaptain')) keys.push('task-hall')
  // Handlers: a member or captain claims, a unit liaison receives transfers.
  if (has('member') || has('teamCaptain') || has('unitLiaison')) keys.push('my-tasks')
  // Anyone may report (an unverified newcomer too); only a pure leader or member starts elsewhere.
  const reports = has('resident') || !me.verified || keys.length === 0
  if (reports) keys.unshift('report', 'my-requests')
  else keys.push('report', 'my-requests')
  if (['gridLeader', 'teamCaptain', 'staff', 'admin'].some(has)) keys.push('compose-notice')
  if (has('staff') || has('admin')) keys.push('content-review')
  // The figures: a grid leader sees their grids, staff the community (FIGURE_READERS).
  if (['gridLeader', 'staff', 'admin'].some(has)) keys.push('figures')
  keys.push('inbox')
  // 三亮, 纪实, 双报到 and 评议 come after the request entries (member-entries.ts).
  keys.push(...memberEntryKeys(me))
  // 服务菜单, 我的预约 and 社区活动 (offering-entries.ts).
  keys.push(...offeringEntryKeys(me))
  // Staff's 社区设置 and 规则设置 (console-entries.ts).
  keys.push(...consoleEntryKeys(me))
  // 加入家庭, 邀请家人, 入户审核, 导入住户 (household-entries.ts).
  keys.push(...householdEntryKeys(me))
  // The emulator's outbox exists only in the local H5 build: last, it is a developer's page.
  if (process.env.TARO_ENV === 'h5') keys.push('outbox')
  return keys.map((key) => ENTRIES[key])
}
