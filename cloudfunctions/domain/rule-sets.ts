// The rules a community edits (issue 11 §4) and what they default to: today's constants of
// categories.ts, due-time.ts and points.ts. Pure: the stored documents are read by the caller.
import {
  REQUEST_CATEGORIES,
  REQUEST_CATEGORY_IDS,
  type CategoryRules,
  type RequestCategoryId,
  type RuleKind,
  type RuleValues,
} from '@linli/types'
import { DEFAULT_DUE_TIME_RULES } from './due-time'
import { DEFAULT_POINTS_RULES } from './points'
import type { RoutingRules } from './routing'

export const DEFAULT_CATEGORY_RULES: CategoryRules = Object.fromEntries(
  REQUEST_CATEGORIES.map((c) => [
    c.id,
    {
      name: c.name,
      enabled: true,
      handlingMode: c.handlingMode,
      teamKinds: [...c.teamKinds],
      sensitive: c.sensitive,
    },
  ]),
) as CategoryRules

export const DEFAULT_RULES: RuleValues = {
  categories: DEFAULT_CATEGORY_RULES,
  dueTimes: DEFAULT_DUE_TIME_RULES,
  points: DEFAULT_POINTS_RULES,
}

export const defaultRulesOf = <K extends RuleKind>(kind: K): RuleValues[K] => DEFAULT_RULES[kind]

/** What routeRequest reads, from a community's categories and due times. */
export const routingRulesOf = (
  categories: CategoryRules,
  dueTimes: RuleValues['dueTimes'],
): RoutingRules => {
  const routes = {} as RoutingRules['categories']
  for (const id of REQUEST_CATEGORY_IDS) {
    const c = categories[id]
    routes[id] = { handlingMode: c.handlingMode, teamKinds: c.teamKinds, sensitive: c.sensitive }
  }
  return { categories: routes, dueTimes }
}

/** The categories a report may name: the enabled ones, in the fixed order, under their names. */
export const reportCategoriesOf = (
  categories: CategoryRules,
): { id: RequestCategoryId; name: string; sensitive: boolean }[] =>
  REQUEST_CATEGORY_IDS.filter((id) => categories[id].enabled).map((id) => ({
    id,
    name: categories[id].name,
    sensitive: categories[id].sensitive,
  }))

export const isCategoryEnabled = (categories: CategoryRules, id: RequestCategoryId): boolean =>
  categories[id].enabled
