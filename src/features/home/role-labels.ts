// The caller's roles in Chinese, for the greeting on 首页 (DESIGN §1 vocabulary).
import type { Me, RoleName } from '@linli/types'

const ROLE_LABELS: Record<RoleName, string> = {
  resident: '居民',
  member: '党员',
  teamCaptain: '服务队队长',
  buildingLeader: '楼长',
  gridLeader: '网格长',
  unitLiaison: '驻区单位联络员',
  staff: '社区工作人员',
  admin: '管理员',
}

export const roleLabels = (me: Me): string => {
  const names = [...new Set(me.roles.map((r) => ROLE_LABELS[r.role]))]
  return names.length > 0 ? names.join(' · ') : '新用户'
}
