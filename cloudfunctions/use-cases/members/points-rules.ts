// members.pointsRules and members.setPointsRules: the community's points rules, as data (kept in
// org's rule store since issue 11 §4, with its version and change log).
import type { ActionOutput, ParsedInput, PointsRules } from '@linli/types'
import { DEFAULT_POINTS_RULES } from '../../domain/points'
import type { Caller } from '../caller'
import type { Deps } from '../deps'
import { readRules, saveRules } from '../org/rule-store'

/**
 * The points rules of org's rule store (issue 11 §4); a community that saved its rules before that
 * store existed still has them in `pointsRules`, read in the same wave. Else the defaults.
 */
export const rulesOf = async (
  communityId: string,
  deps: Pick<Deps, 'serviceRecords' | 'rules'>,
): Promise<PointsRules> => {
  const [stored, legacy] = await Promise.all([
    readRules(communityId, ['points'], deps),
    deps.serviceRecords.getRules(communityId),
  ])
  return stored.points.version > 0 ? stored.points.value : (legacy ?? DEFAULT_POINTS_RULES)
}

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
  // Saved through org's rule store, over whatever version is stored now, and logged there.
  await saveRules('points', input.rules, 'current', caller, deps)
  return { rules: input.rules }
}
