import { REQUEST_CATEGORIES, REQUEST_CATEGORY_IDS } from '@linli/types'
import { DEFAULT_DUE_TIME_RULES } from './due-time'
import { DEFAULT_POINTS_RULES } from './points'
import { DEFAULT_ROUTING_RULES, routeRequest } from './routing'
import {
  DEFAULT_CATEGORY_RULES,
  defaultRulesOf,
  isCategoryEnabled,
  routingRulesOf,
} from './rule-sets'

const now = new Date('2026-11-26T02:00:00.000Z') // 10:00 in China, a Thursday

describe('the default rules', () => {
  it('are today\u2019s constants: every category enabled under its name, mode and team kinds', () => {
    expect(Object.keys(DEFAULT_CATEGORY_RULES)).toEqual([...REQUEST_CATEGORY_IDS])
    for (const c of REQUEST_CATEGORIES) {
      expect(DEFAULT_CATEGORY_RULES[c.id]).toEqual({
        name: c.name,
        enabled: true,
        handlingMode: c.handlingMode,
        teamKinds: [...c.teamKinds],
        sensitive: c.sensitive,
      })
    }
    expect(defaultRulesOf('dueTimes')).toBe(DEFAULT_DUE_TIME_RULES)
    expect(defaultRulesOf('points')).toBe(DEFAULT_POINTS_RULES)
  })

  it('route exactly as the built-in routing rules do', () => {
    expect(routingRulesOf(DEFAULT_CATEGORY_RULES, DEFAULT_DUE_TIME_RULES)).toEqual(
      DEFAULT_ROUTING_RULES,
    )
  })
})

describe('edited rules', () => {
  it('route a category by its edited mode and team kinds, due by the edited time', () => {
    // GIVEN repairs made 现场办 for the skills and sanitation teams, 现场办 due in 2 hours
    const categories = {
      ...DEFAULT_CATEGORY_RULES,
      repair: {
        ...DEFAULT_CATEGORY_RULES.repair,
        handlingMode: 'onSite' as const,
        teamKinds: ['skills' as const, 'sanitation' as const],
      },
    }
    const dueTimes = { ...DEFAULT_DUE_TIME_RULES, onSite: { kind: 'hours' as const, hours: 2 } }
    // WHEN a repair is routed
    const route = routeRequest(
      { category: 'repair', building: { gridId: 'g1' }, now },
      routingRulesOf(categories, dueTimes),
    )
    // THEN it follows the edit
    expect(route.handlingMode).toBe('onSite')
    expect(route.suggestedTeamKinds).toEqual(['skills', 'sanitation'])
    expect(route.dueAt.toISOString()).toBe('2026-11-26T04:00:00.000Z')
  })

  it('tell a switched-off category from an enabled one', () => {
    const categories = {
      ...DEFAULT_CATEGORY_RULES,
      heating: { ...DEFAULT_CATEGORY_RULES.heating, enabled: false },
    }
    expect(isCategoryEnabled(categories, 'heating')).toBe(false)
    expect(isCategoryEnabled(categories, 'repair')).toBe(true)
  })
})
