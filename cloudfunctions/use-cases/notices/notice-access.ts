// Who may see a notice beyond its recipients: its author, staff, and the leaders of its target
// (they read receipts and forward it); drafts and held notices only their author and staff.
import type { NoticeDoc } from '@linli/types'
import { isStaff } from '../../domain/actor'
import type { Caller } from '../caller'

export const overseesNotice = (notice: NoticeDoc, caller: Caller): boolean => {
  if (notice.communityId !== caller.communityId) return false
  if (notice.authorId === caller.personId || isStaff(caller.roles)) return true
  if (notice.status !== 'published') return false
  const target = notice.target
  switch (target.kind) {
    case 'grid':
    case 'buildings':
    case 'gridMembers':
      return caller.roles.some(
        (r) =>
          (r.role === 'gridLeader' && r.gridId === target.gridId) ||
          (r.role === 'buildingLeader' &&
            target.kind === 'buildings' &&
            target.buildingIds.includes(r.buildingId)),
      )
    case 'team':
      return caller.roles.some((r) => r.role === 'teamCaptain' && r.teamId === target.teamId)
    default:
      return false
  }
}
