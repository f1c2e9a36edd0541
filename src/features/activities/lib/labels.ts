// The activities' words in Chinese.
import type { ActivityPhase } from '@linli/types'

export const PHASE_LABELS: Record<ActivityPhase, string> = {
  signUp: '报名中',
  closed: '报名已截止',
  ongoing: '进行中',
  ended: '已结束',
}
