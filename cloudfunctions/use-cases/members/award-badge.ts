// members.awardBadge: staff award (or withdraw) 党员标兵岗; it shows on the card and on requests.
import type { ActionOutput, ParsedInput } from '@linli/types'
import { notFound } from '../../shared/app-error'
import type { Caller } from '../caller'
import type { Deps } from '../deps'
import { cardOf, loadOrgNames, photoUrlsOf } from './member-views'

export const awardBadge = async (
  input: ParsedInput<'members', 'awardBadge'>,
  caller: Caller,
  deps: Deps,
): Promise<ActionOutput<'members', 'awardBadge'>> => {
  const person = await deps.persons.getById(input.memberId)
  if (!person || person.communityId !== caller.communityId || !person.member)
    throw notFound('member')
  const current = person.member.badges
  const badges = input.awarded
    ? [...new Set([...current, input.badge])]
    : current.filter((b) => b !== input.badge)
  const write = async () => {
    await deps.writes.spend()
    const updated = await deps.members.setBadges(person._id, badges)
    if (!updated) {
      await deps.writes.refund()
      throw notFound('member')
    }
    return updated
  }
  // The card's names are read while the write lands: they do not depend on it.
  const [updated, names] = await Promise.all([write(), loadOrgNames(caller.communityId, deps)])
  return cardOf(updated, names, await photoUrlsOf([updated], deps))
}
