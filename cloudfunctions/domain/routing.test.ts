import { REQUEST_CATEGORIES } from '@linli/types'
import { DEFAULT_ROUTING_RULES, routeRequest } from './routing'

const now = new Date('2026-11-26T02:00:00Z')
const building = { gridId: 'grid-7' }

describe('routeRequest', () => {
  it('routes a broken stair light to the building grid, the skills team, sameDay', () => {
    // GIVEN a repair request in a building of grid-7
    // WHEN it is routed
    const route = routeRequest({ category: 'repair', building, now })
    // THEN it opens on grid-7's board for the skills team, due by end of day
    expect(route).toEqual({
      gridId: 'grid-7',
      status: 'open',
      handlingMode: 'sameDay',
      suggestedTeamKinds: ['skills'],
      sensitive: false,
      dueAt: new Date('2026-11-26T15:59:59.999Z'),
    })
  })

  it.each(REQUEST_CATEGORIES.map((c) => [c.id, c]))(
    'routes %s by the category table',
    (_id, category) => {
      const route = routeRequest({ category: category.id, building, now })
      expect(route.handlingMode).toBe(category.handlingMode)
      expect(route.suggestedTeamKinds).toEqual(category.teamKinds)
      expect(route.sensitive).toBe(category.sensitive)
    },
  )

  it('marks mediation and elder care sensitive', () => {
    expect(routeRequest({ category: 'dispute', building, now }).sensitive).toBe(true)
    expect(routeRequest({ category: 'elderCare', building, now }).sensitive).toBe(true)
  })

  it('takes routing from data: a community can send roads to onSite', () => {
    // GIVEN rules where 道路交通 is handled on site by the public-security team
    const rules = {
      ...DEFAULT_ROUTING_RULES,
      categories: {
        ...DEFAULT_ROUTING_RULES.categories,
        roads: {
          handlingMode: 'onSite' as const,
          teamKinds: ['publicSecurity' as const],
          sensitive: false,
        },
      },
    }
    // WHEN a roads request is routed with them
    const route = routeRequest({ category: 'roads', building, now }, rules)
    // THEN the data decides
    expect(route.handlingMode).toBe('onSite')
    expect(route.suggestedTeamKinds).toEqual(['publicSecurity'])
  })
})
