// 党员标兵岗 and any later badge: shown on a member's card and on the requests the member handles.
import type { MemberBadge } from '@linli/types'

export const BADGE_LABELS: Record<MemberBadge, string> = { pioneerPost: '党员标兵岗' }
