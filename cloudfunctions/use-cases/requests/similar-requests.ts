// requests.similar: "同一个问题？" — open requests of the last 14 days in one building and category,
// shown before a resident files a duplicate, so they can join one (附议) instead.
import type { ParsedInput, RequestSummary } from '@linli/types'
import { buildingInCommunity } from './report-request'
import type { Caller } from '../caller'
import type { Deps } from '../deps'
import { toSummary } from './request-views'

export const SIMILAR_WINDOW_DAYS = 14
const SHOWN = 5

export const similarRequests = async (
  input: ParsedInput<'requests', 'similar'>,
  caller: Caller,
  deps: Deps,
): Promise<{ items: (RequestSummary & { following: boolean })[] }> => {
  const building = await buildingInCommunity(input.buildingId, caller, deps)
  const now = deps.now()
  const since = new Date(now.getTime() - SIMILAR_WINDOW_DAYS * 24 * 3_600_000)
  const docs = await deps.requests.listSimilar(
    caller.communityId,
    building._id,
    input.category,
    since,
    ['open', 'claimed', 'assigned', 'inProgress', 'reopened'],
  )
  // The caller's own are left out: they know them, and cannot follow them.
  const others = docs
    .filter((d) => d.reporterOpenid !== caller.openid)
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
    .slice(0, SHOWN)
  return {
    items: others.map((d) => ({
      ...toSummary(d, building.name, now),
      following: d.followers.includes(caller.openid),
    })),
  }
}
