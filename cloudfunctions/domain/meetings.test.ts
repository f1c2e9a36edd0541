import {
  canMoveDecision,
  decisionTally,
  DEFAULT_HOT_SPOT_RULE,
  hotSpotRuleOf,
  hotSpotSince,
  gridsOfReader,
  isHotSpot,
  ownsDecision,
} from './meetings'

describe('the hot-spot rule', () => {
  it('defaults to 5 in 30 days', () => {
    expect(hotSpotRuleOf(undefined)).toEqual({ count: 5, days: 30 })
    expect(DEFAULT_HOT_SPOT_RULE).toEqual({ count: 5, days: 30 })
  })
  it("keeps the community's own rule, and defaults each bad part", () => {
    expect(hotSpotRuleOf({ count: 3, days: 14 })).toEqual({ count: 3, days: 14 })
    expect(hotSpotRuleOf({ count: 1, days: 14 })).toEqual({ count: 5, days: 14 })
    expect(hotSpotRuleOf({ count: 3, days: 0 })).toEqual({ count: 3, days: 30 })
    expect(hotSpotRuleOf({ count: 2.5, days: '7' })).toEqual({ count: 5, days: 30 })
  })
  it('counts from the window start, at the threshold and above', () => {
    const now = new Date('2026-12-01T00:00:00Z')
    expect(hotSpotSince(now, { count: 5, days: 30 }).toISOString()).toBe('2026-11-01T00:00:00.000Z')
    expect(isHotSpot(4, DEFAULT_HOT_SPOT_RULE)).toBe(false)
    expect(isHotSpot(5, DEFAULT_HOT_SPOT_RULE)).toBe(true)
    expect(isHotSpot(9, DEFAULT_HOT_SPOT_RULE)).toBe(true)
  })
})

describe('a decision status', () => {
  it.each([
    ['planned', 'inProgress', true],
    ['planned', 'done', true],
    ['planned', 'dropped', true],
    ['planned', 'planned', false],
    ['inProgress', 'inProgress', true],
    ['inProgress', 'done', true],
    ['inProgress', 'planned', false],
    ['done', 'inProgress', false],
    ['done', 'done', false],
    ['dropped', 'inProgress', false],
  ] as const)('%s → %s: %s', (from, to, ok) => {
    expect(canMoveDecision(from, to)).toBe(ok)
  })
  it('tallies done of those not dropped', () => {
    expect(decisionTally(['done', 'planned', 'dropped', 'inProgress', 'done'])).toEqual({
      done: 2,
      total: 4,
    })
  })
})

describe('who owns a decision and which grids one reads', () => {
  const actor = (roles: Parameters<typeof gridsOfReader>[0]['roles'], personId = 'p1') => ({
    personId,
    roles,
  })
  it('is the person named, the unit liaison or the team captain', () => {
    expect(ownsDecision({ kind: 'person', id: 'p1' }, actor([]))).toBe(true)
    expect(ownsDecision({ kind: 'person', id: 'p2' }, actor([]))).toBe(false)
    expect(
      ownsDecision({ kind: 'unit', id: 'u1' }, actor([{ role: 'unitLiaison', unitId: 'u1' }])),
    ).toBe(true)
    expect(
      ownsDecision({ kind: 'unit', id: 'u2' }, actor([{ role: 'unitLiaison', unitId: 'u1' }])),
    ).toBe(false)
    expect(
      ownsDecision({ kind: 'team', id: 't1' }, actor([{ role: 'teamCaptain', teamId: 't1' }])),
    ).toBe(true)
    expect(
      ownsDecision({ kind: 'team', id: 't1' }, actor([{ role: 'member', gridId: null }])),
    ).toBe(false)
  })
  it('reads the household grid and the grids led or posted in', () => {
    expect(
      gridsOfReader(
        actor([
          { role: 'gridLeader', gridId: 'g2' },
          { role: 'member', gridId: 'g3' },
          { role: 'member', gridId: null },
        ]),
        'g1',
      ).sort(),
    ).toEqual(['g1', 'g2', 'g3'])
    expect(gridsOfReader(actor([]), null)).toEqual([])
  })
})
