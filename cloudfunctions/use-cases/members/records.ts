// members.records: a member's own records, a grid leader's grid (e.g. the pending queue), anyone's
// for staff; newest first, paged.
import type { ActionOutput, ParsedInput } from '@linli/types'
import { isStaff, leadsGrid } from '../../domain/actor'
import { notFound } from '../../shared/app-error'
import type { Caller } from '../caller'
import type { Deps } from '../deps'
import { recordPhotoUrlsOf, recordView } from './member-views'

export const listRecords = async (
  input: ParsedInput<'members', 'records'>,
  caller: Caller,
  deps: Deps,
): Promise<ActionOutput<'members', 'records'>> => {
  const staff = isStaff(caller.roles)
  let memberId = input.memberId
  const gridId = input.gridId
  if (gridId !== undefined) {
    if (!staff && !leadsGrid(caller.roles, gridId)) throw notFound('grid')
  } else if (memberId === undefined || memberId !== caller.personId) {
    // Without a grid: the caller's own records, or (staff only) another member's.
    if (memberId !== undefined && !staff) throw notFound('member')
    if (memberId === undefined && !staff) memberId = caller.personId ?? undefined
    if (memberId === undefined && !staff) return { items: [], nextCursor: null }
  }
  const page = await deps.serviceRecords.page(
    {
      communityId: caller.communityId,
      ...(memberId !== undefined ? { memberId } : {}),
      ...(gridId !== undefined ? { gridId } : {}),
      ...(input.status !== undefined ? { status: input.status } : {}),
    },
    { limit: input.limit, cursor: input.cursor },
  )
  const ids = [...new Set(page.items.flatMap((r) => (r.memberId ? [r.memberId] : [])))]
  const [members, photoUrls] = await Promise.all([
    deps.members.getByIds(ids),
    recordPhotoUrlsOf(page.items, deps),
  ])
  const names = new Map(members.map((p) => [p._id, p.name] as const))
  return {
    items: page.items.map((r) =>
      recordView(r, r.memberId ? (names.get(r.memberId) ?? null) : null, photoUrls),
    ),
    nextCursor: page.nextCursor,
  }
}
