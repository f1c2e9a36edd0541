// meetings.hotSpots: buildings and grids that keep reporting one category (the community's rule,
// 5 in 30 days by default), each with its requests: what staff put on a meeting's agenda.
import {
  requestCategoryIdSchema,
  type ActionOutput,
  type HotSpot,
  type ParsedInput,
} from '@linli/types'
import { hotSpotRuleOf, hotSpotSince } from '../../domain/meetings'
import type { HotSpotRow } from '../../data/meeting.repository'
import type { Caller } from '../caller'
import type { Deps } from '../deps'

const spotOf = (scope: HotSpot['scope'], r: HotSpotRow): HotSpot[] => {
  const category = requestCategoryIdSchema.safeParse(r.category)
  if (!category.success) return []
  return [
    {
      scope,
      id: r.id,
      category: category.data,
      count: r.count,
      requestIds: r.requestIds,
      latestAt: r.latestAt.toISOString(),
    },
  ]
}

export const hotSpots = async (
  _input: ParsedInput<'meetings', 'hotSpots'>,
  caller: Caller,
  deps: Deps,
): Promise<ActionOutput<'meetings', 'hotSpots'>> => {
  const community = await deps.org.getCommunity(caller.communityId)
  const rule = hotSpotRuleOf(community?.hotSpotRule)
  const since = hotSpotSince(deps.now(), rule)
  const [buildings, grids] = await deps.meetings.hotSpots(caller.communityId, since, rule.count)
  return {
    rule,
    since: since.toISOString(),
    items: [
      ...buildings.flatMap((r) => spotOf('building', r)),
      ...grids.flatMap((r) => spotOf('grid', r)),
    ],
  }
}
