// A meeting as its reader sees it: decisions with progress, no reporter, room or phone; residents'
// representatives by name only for staff. Whether the caller may read it at all.
import type { MeetingDoc, MeetingView } from '@linli/types'
import { isStaff } from '../../domain/actor'
import { decisionTally, gridsOfReader, ownsDecision } from '../../domain/meetings'
import type { Caller } from '../caller'

export const readsAll = (caller: Caller): boolean => isStaff(caller.roles)

export const readerGrids = (caller: Caller): string[] =>
  gridsOfReader(caller, caller.household?.gridId ?? null)

/** Staff; a reader of an affected grid; a follower; an owner of one of its decisions. */
export const mayRead = (m: MeetingDoc, caller: Caller): boolean => {
  if (m.communityId !== caller.communityId) return false
  if (readsAll(caller)) return true
  if (caller.openid && m.followers.includes(caller.openid)) return true
  const grids = readerGrids(caller)
  if (m.gridIds.some((g) => grids.includes(g))) return true
  return m.decisions.some((d) => ownsDecision(d.owner, caller))
}

export const meetingView = (m: MeetingDoc, caller: Caller): MeetingView => {
  const staff = readsAll(caller)
  return {
    id: m._id,
    topic: m.topic,
    heldOn: m.heldOn,
    participants: m.participants.map((p) => ({
      kind: p.kind,
      name: p.kind === 'resident' && !staff ? '居民代表' : p.name,
    })),
    requestIds: m.requestIds,
    gridIds: m.gridIds,
    decisions: m.decisions.map((d) => ({
      id: d.id,
      text: d.text,
      owner: d.owner,
      dueOn: d.dueOn,
      requestIds: d.requestIds,
      status: d.status,
      progress: d.progress.map((p) => ({
        status: p.status,
        note: p.note,
        at: p.at.toISOString(),
      })),
      updatedAt: d.updatedAt.toISOString(),
      canUpdate: staff || ownsDecision(d.owner, caller),
    })),
    ...decisionTally(m.decisions.map((d) => d.status)),
    following: caller.openid !== '' && m.followers.includes(caller.openid),
    createdAt: m.createdAt.toISOString(),
  }
}
