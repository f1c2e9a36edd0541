// members.card and members.listForGrid: 亮身份 and 亮承诺 for whoever may see the member.
import { chinaDateOf, type ActionOutput, type ParsedInput } from '@linli/types'
import { isStaff } from '../../domain/actor'
import { notFound } from '../../shared/app-error'
import type { Caller } from '../caller'
import type { Deps } from '../deps'
import { callerGridIds, maySeeMember } from './member-access'
import { cardOf, loadOrgNames, photoUrlsOf, pledgeView } from './member-views'

export const memberCard = async (
  input: ParsedInput<'members', 'card'>,
  caller: Caller,
  deps: Deps,
): Promise<ActionOutput<'members', 'card'>> => {
  const person = await deps.persons.getById(input.memberId)
  // Someone else's person, a non-member or a member out of sight all read as "not found".
  const isMember = person?.roles.some((r) => r.role === 'member') ?? false
  if (!person || person.communityId !== caller.communityId || !isMember) throw notFound('member')
  if (!(await maySeeMember(caller, person, deps))) throw notFound('member')
  const [names, pledges, photoUrls] = await Promise.all([
    loadOrgNames(caller.communityId, deps),
    deps.pledges.listByMembers([person._id]),
    photoUrlsOf([person], deps),
  ])
  const today = chinaDateOf(deps.now())
  return {
    card: cardOf(person, names, photoUrls),
    pledges: pledges.map((p) => pledgeView(p, today)),
  }
}

export const listMembersForGrid = async (
  input: ParsedInput<'members', 'listForGrid'>,
  caller: Caller,
  deps: Deps,
): Promise<ActionOutput<'members', 'listForGrid'>> => {
  const mine = await callerGridIds(caller, deps)
  const gridId = input.gridId ?? mine[0] ?? null
  if (gridId === null) return { grid: null, items: [] }
  if (!isStaff(caller.roles) && !mine.includes(gridId)) throw notFound('grid')
  // The grid, its members and the names are read together; nothing is answered before the grid
  // is known to be this community's.
  const [grid, members, names] = await Promise.all([
    deps.org.getGrid(gridId),
    deps.persons.findMembersInGrid(gridId),
    loadOrgNames(caller.communityId, deps),
  ])
  if (!grid || grid.communityId !== caller.communityId) throw notFound('grid')
  const photoUrls = await photoUrlsOf(members, deps)
  const cards = members.map((m) => cardOf(m, names, photoUrls))
  // 党员标兵岗 first, then by name: the order residents expect on a notice board.
  cards.sort((a, b) => b.badges.length - a.badges.length || a.name.localeCompare(b.name, 'zh'))
  return { grid: { id: grid._id, name: grid.name }, items: cards }
}
