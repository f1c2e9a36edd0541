// org.listLimitHits: who ran into a per-person limit lately, newest first (staff only).
import type { LimitHit, ParsedInput } from '@linli/types'
import type { Caller } from '../caller'
import type { Deps } from '../deps'

export const listLimitHits = async (
  input: ParsedInput<'org', 'listLimitHits'>,
  caller: Caller,
  deps: Deps,
): Promise<{ items: LimitHit[] }> => {
  const hits = await deps.limitHits.latest(caller.communityId, input.limit)
  const people = await deps.persons.findByOpenids(hits.map((h) => h.openid))
  const nameOf = new Map(people.map((p) => [p.openid, p.name]))
  return {
    items: hits.map((h) => ({
      openid: h.openid,
      name: nameOf.get(h.openid) ?? null,
      limit: h.limit,
      at: h.at.toISOString(),
      count: h.count,
    })),
  }
}
