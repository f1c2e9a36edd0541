// activities.list: the community's activities, newest first (or those the caller organises), each
// with places left, its phase and the caller's own sign-up.
import type { ActionOutput, ParsedInput } from '@linli/types'
import type { Caller } from '../caller'
import type { Deps } from '../deps'
import { signUpIdOf } from '../offerings/booking-ids'
import { activityView } from './activity-views'

export const listActivities = async (
  input: ParsedInput<'activities', 'list'>,
  caller: Caller,
  deps: Deps,
): Promise<ActionOutput<'activities', 'list'>> => {
  const personId = caller.personId
  if (input.organised && !personId) return { items: [], nextCursor: null }
  const page = await deps.activities.page(
    {
      communityId: caller.communityId,
      ...(input.organised && personId ? { organiserId: personId } : {}),
    },
    { limit: input.limit, cursor: input.cursor },
  )
  const mine = personId
    ? await deps.activities.getSignUps(page.items.map((a) => signUpIdOf(a._id, personId)))
    : []
  const now = deps.now()
  return {
    items: page.items.map((a) =>
      activityView(a, caller, mine.find((s) => s.activityId === a._id) ?? null, now),
    ),
    nextCursor: page.nextCursor,
  }
}
