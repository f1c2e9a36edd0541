// 首页 entries of issue 11 §4 for staff: 社区设置 and 规则设置 (the console subpackage).
import type { Me } from '@linli/types'
import { ROUTES } from '@/shared/lib/routes'

export type ConsoleEntryKey = 'console-setup' | 'console-rules'

export const CONSOLE_ENTRIES: Record<
  ConsoleEntryKey,
  { key: ConsoleEntryKey; title: string; hint: string; url: string }
> = {
  'console-setup': {
    key: 'console-setup',
    title: '社区设置',
    hint: '网格、楼栋、驻区单位、服务队、党员设岗',
    url: ROUTES.consoleSetup,
  },
  'console-rules': {
    key: 'console-rules',
    title: '规则设置',
    hint: '问题类别、办理时限、积分，留有修改记录',
    url: ROUTES.consoleRules,
  },
}

export const consoleEntryKeys = (me: Me): ConsoleEntryKey[] =>
  me.roles.some((r) => r.role === 'staff' || r.role === 'admin')
    ? ['console-setup', 'console-rules']
    : []
