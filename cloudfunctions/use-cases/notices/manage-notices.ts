// The sender's side: their notices and the targets they may pick (staff's review: moderation/).
import { isStaff } from '../../domain/actor'
import type { NoticeTarget, ParsedInput } from '@linli/types'
import type { Caller } from '../caller'
import type { Deps } from '../deps'
import { checkTarget } from './notice-audience'
import { summaryOf } from './notice-views'

export const listSent = async (
  input: ParsedInput<'notices', 'listSent'>,
  caller: Caller,
  deps: Deps,
) => {
  if (!caller.personId) return { items: [], nextCursor: null }
  const page = await deps.notices.listByAuthor(caller.personId, input)
  return {
    nextCursor: page.nextCursor,
    items: page.items.map((n) => ({
      ...summaryOf(n, true),
      status: n.status,
      recipientCount: n.recipientCount,
      scheduledAt: n.scheduledAt?.toISOString() ?? null,
    })),
  }
}

/** The targets the compose form offers this caller, each labelled as readers will see it. */
export const listTargets = async (
  _input: ParsedInput<'notices', 'targets'>,
  caller: Caller,
  deps: Deps,
) => {
  const staff = isStaff(caller.roles)
  const buildings = await deps.org.listBuildings(caller.communityId)
  const gridIds = staff
    ? [...new Set(buildings.map((b) => b.gridId))]
    : caller.roles.flatMap((r) => (r.role === 'gridLeader' ? [r.gridId] : []))
  const teamIds = staff
    ? (await deps.org.listTeams(caller.communityId)).map((t) => t._id)
    : caller.roles.flatMap((r) => (r.role === 'teamCaptain' ? [r.teamId] : []))
  const targets: NoticeTarget[] = [
    ...(staff ? [{ kind: 'community' as const }, { kind: 'allMembers' as const }] : []),
    ...gridIds.flatMap((gridId) => [
      { kind: 'grid' as const, gridId },
      { kind: 'gridMembers' as const, gridId },
    ]),
    ...teamIds.map((teamId) => ({ kind: 'team' as const, teamId })),
  ]
  const options = await Promise.all(
    targets.map(async (target) => ({ target, label: await checkTarget(target, caller, deps) })),
  )
  return {
    options,
    buildings: buildings
      .filter((b) => gridIds.includes(b.gridId))
      .map((b) => ({ id: b._id, gridId: b.gridId, name: b.name })),
  }
}
