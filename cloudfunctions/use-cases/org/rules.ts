// org.rules, org.updateRules, org.ruleChanges: staff read and edit the community's rules (issue 11 §4).
import type { ActionOutput, ParsedInput, RuleValues } from '@linli/types'
import type { Caller } from '../caller'
import type { Deps } from '../deps'
import { readRules, saveRules, type RuleSet } from './rule-store'

const viewOf = <K extends keyof RuleValues>(set: RuleSet<K>) => ({
  version: set.version,
  value: set.value,
  updatedAt: set.updatedAt?.toISOString() ?? null,
})

export const getRules = async (
  _input: ParsedInput<'org', 'rules'>,
  caller: Caller,
  deps: Deps,
): Promise<ActionOutput<'org', 'rules'>> => {
  const sets = await readRules(caller.communityId, ['categories', 'dueTimes', 'points'], deps)
  return {
    categories: viewOf(sets.categories),
    dueTimes: viewOf(sets.dueTimes),
    points: viewOf(sets.points),
  }
}

export const updateRules = async (
  input: ParsedInput<'org', 'updateRules'>,
  caller: Caller,
  deps: Deps,
): Promise<ActionOutput<'org', 'updateRules'>> => {
  const saved = await saveRules(input.kind, input.value, input.version, caller, deps)
  return {
    kind: input.kind,
    version: saved.version,
    updatedAt: (saved.updatedAt ?? deps.now()).toISOString(),
  }
}

export const listRuleChanges = async (
  input: ParsedInput<'org', 'ruleChanges'>,
  caller: Caller,
  deps: Deps,
): Promise<ActionOutput<'org', 'ruleChanges'>> => {
  const page = await deps.rules.listChanges(caller.communityId, input)
  return {
    items: page.items.map((c) => ({
      id: c._id,
      kind: c.kind,
      version: c.version,
      before: c.before,
      after: c.after,
      byName: c.byName,
      at: c.createdAt.toISOString(),
    })),
    nextCursor: page.nextCursor,
  }
}
