// 首页 entries of issue 11 §4: 加入家庭 for whoever has no flat, 邀请家人 for a resident,
// 入户审核 for grid leaders and staff, 导入住户 for staff.
import type { Me } from '@linli/types'
import { ROUTES } from '@/shared/lib/routes'

export type HouseholdEntryKey =
  'join-household' | 'invite-family' | 'join-requests' | 'import-households'

interface Entry {
  key: HouseholdEntryKey
  title: string
  hint: string
  url: string
}

export const HOUSEHOLD_ENTRIES: Record<HouseholdEntryKey, Entry> = {
  'join-household': {
    key: 'join-household',
    title: '加入家庭',
    hint: '输入邀请码，或请网格长审核',
    url: ROUTES.joinHousehold,
  },
  'invite-family': {
    key: 'invite-family',
    title: '邀请家人',
    hint: '生成邀请码，家人加入本户',
    url: ROUTES.inviteFamily,
  },
  'join-requests': {
    key: 'join-requests',
    title: '入户审核',
    hint: '新居民申请加入的住户',
    url: ROUTES.joinRequests,
  },
  'import-households': {
    key: 'import-households',
    title: '导入住户',
    hint: '从表格导入住户和居民',
    url: ROUTES.importHouseholds,
  },
}

export const householdEntryKeys = (me: Me): HouseholdEntryKey[] => {
  const has = (role: string) => me.roles.some((r) => r.role === role)
  const keys: HouseholdEntryKey[] = []
  // Only a newcomer is offered to join: a leader or staff member without a flat starts elsewhere.
  if (!me.verified) keys.push('join-household')
  if (me.household) keys.push('invite-family')
  if (has('gridLeader') || has('staff')) keys.push('join-requests')
  if (has('staff') || has('admin')) keys.push('import-households')
  return keys
}
