// What 首页 offers each role (from org.me): residents report, members claim, leaders and staff route.
import type { Me } from '@linli/types'
import { ROUTES } from '@/shared/lib/routes'

export type EntryKey = 'report' | 'my-requests' | 'task-hall' | 'grid-board'

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
  'grid-board': {
    key: 'grid-board',
    title: '网格待办',
    hint: '跟进本网格的诉求',
    url: ROUTES.gridBoard,
  },
}

export const entriesFor = (me: Me): HomeEntry[] => {
  const has = (role: string) => me.roles.some((r) => r.role === role)
  const keys: EntryKey[] = []
  if (has('gridLeader') || has('staff')) keys.push('grid-board')
  if (has('member')) keys.push('task-hall')
  // Anyone may report (an unverified newcomer too); only a pure leader or member starts elsewhere.
  const reports = has('resident') || !me.verified || keys.length === 0
  if (reports) keys.unshift('report', 'my-requests')
  else keys.push('report', 'my-requests')
  return keys.map((key) => ENTRIES[key])
}
