// members.pointsRules and members.setPointsRules: the community's points rules, as data.
import type { ActionOutput, ParsedInput, PointsRules } from '@linli/types'
import { DEFAULT_POINTS_RULES } from '../../domain/points'
import type { Caller } from '../caller'
import type { Deps } from '../deps'

/** Until staff save their own, a community uses the default rules. */
export const rulesOf = async (
  communityId: string,
  deps: Pick<Deps, 'serviceRecords'>,
): Promise<PointsRules> => (await deps.serviceRecords.getRules(communityId)) ?? DEFAULT_POINTS_RULES

export const getPointsRules = async (
  _input: ParsedInput<'members', 'pointsRules'>,
  caller: Caller,
  deps: Deps,
): Promise<ActionOutput<'members', 'pointsRules'>> => ({
  rules: await rulesOf(caller.communityId, deps),
})

/** New rules apply to records written from now on; earlier points stay as they were earned. */
export const setPointsRules = async (
  input: ParsedInput<'members', 'setPointsRules'>,
  caller: Caller,
  deps: Deps,
): Promise<ActionOutput<'members', 'setPointsRules'>> => {
  await deps.writes.spend()
  await deps.serviceRecords.setRules(caller.communityId, input.rules, deps.now())
  return { rules: input.rules }
}
