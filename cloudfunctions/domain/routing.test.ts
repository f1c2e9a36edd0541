import { DEFAULT_ROUTING_RULES, routeRequest } from './routing'

// GIVEN Thursday 2026-11-26 10:00 in Beijing
const now = new Date('2026-11-26T02:00:00Z')
const building = { gridId: 'grid-7' }

// Due times written out: sameDay → the end of today; onSite → +4 h; homeVisit → +24 h;
// difficult and departmental → 5 working days from tomorrow: Fri 27, Mon 30, Tue 1, Wed 2, Thu 3 Dec.
const END_OF_TODAY = '2026-11-26T15:59:59.999Z'
const IN_4_HOURS = '2026-11-26T06:00:00.000Z'
const IN_24_HOURS = '2026-11-27T02:00:00.000Z'
const IN_5_WORKING_DAYS = '2026-12-03T15:59:59.999Z'

// DESIGN §3 written out by hand, so a change to the category table cannot pass unnoticed.
const EXPECTED_ROUTES = [
  ['sanitation', ['sanitation'], 'sameDay', false, END_OF_TODAY],
  ['repair', ['skills'], 'sameDay', false, END_OF_TODAY],
  ['heating', ['skills'], 'sameDay', false, END_OF_TODAY],
  ['greening', ['sanitation'], 'sameDay', false, END_OF_TODAY],
  ['security', ['publicSecurity'], 'onSite', false, IN_4_HOURS],
  ['dispute', ['legal'], 'difficult', true, IN_5_WORKING_DAYS],
  ['legal', ['legal'], 'sameDay', false, END_OF_TODAY],
  ['medical', ['medical'], 'homeVisit', true, IN_24_HOURS],
  ['elderCare', ['elderCare'], 'homeVisit', true, IN_24_HOURS],
  ['education', ['teaching'], 'difficult', false, IN_5_WORKING_DAYS],
  ['culture', ['cultureSports'], 'difficult', false, IN_5_WORKING_DAYS],
  ['roads', [], 'departmental', false, IN_5_WORKING_DAYS],
  ['other', [], 'sameDay', false, END_OF_TODAY],
] as const

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

  it('routes all 13 categories of DESIGN §3', () => {
    expect(Object.keys(DEFAULT_ROUTING_RULES.categories).sort()).toEqual(
      EXPECTED_ROUTES.map(([id]) => id).sort(),
    )
  })

  it.each(EXPECTED_ROUTES)(
    'routes %s to teams %j, %s, sensitive %s, due %s',
    (category, teamKinds, handlingMode, sensitive, dueAt) => {
      const route = routeRequest({ category, building, now })
      expect(route).toEqual({
        gridId: 'grid-7',
        status: 'open',
        handlingMode,
        suggestedTeamKinds: teamKinds,
        sensitive,
        dueAt: new Date(dueAt),
      })
    },
  )

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
    expect(route.dueAt).toEqual(new Date(IN_4_HOURS))
  })
})
