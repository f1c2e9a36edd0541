// Names the 社区设置 screen shows for team kinds and unit kinds.
import type { SetupUnit, TeamKind } from '@linli/types'

export const TEAM_KIND_NAMES: Record<TeamKind, string> = {
  teaching: '教育',
  legal: '法律',
  cultureSports: '文体',
  medical: '医疗',
  skills: '技能',
  sanitation: '环境',
  elderCare: '助老',
  publicSecurity: '治安',
}

export const UNIT_KIND_NAMES: Record<SetupUnit['kind'], string> = {
  government: '机关',
  school: '学校',
  hospital: '医院',
  enterprise: '企业',
  finance: '金融',
  other: '其他',
}
