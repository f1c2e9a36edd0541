// meetings.list: staff see the community's meetings; others those of their grids (household, led,
// posted), or with `mine` those they follow (they reported one of the linked requests).
import type { ActionOutput, ParsedInput } from '@linli/types'
import type { Caller } from '../caller'
import type { Deps } from '../deps'
import { meetingView, readerGrids, readsAll } from './meeting-views'

export const listMeetings = async (
  input: ParsedInput<'meetings', 'list'>,
  caller: Caller,
  deps: Deps,
): Promise<ActionOutput<'meetings', 'list'>> => {
  const page = { limit: input.limit, cursor: input.cursor }
  const communityId = caller.communityId
  let query: Parameters<Deps['meetings']['page']>[0]
  if (input.mine) {
    if (!caller.openid) return { items: [], nextCursor: null }
    query = { communityId, follower: caller.openid }
  } else if (readsAll(caller)) {
    query = { communityId }
  } else {
    const gridIds = readerGrids(caller)
    if (gridIds.length === 0) return { items: [], nextCursor: null }
    query = { communityId, gridIds }
  }
  const found = await deps.meetings.page(query, page)
  return {
    items: found.items.map((m) => meetingView(m, caller)),
    nextCursor: found.nextCursor,
  }
}
