// 议事会 rules (issue 11 §3), pure: when reports make a hot spot, and how a decision's status moves.
import type { DecisionStatus, HotSpotRule } from '@linli/types'
import type { Actor } from './actor'

/** 5 reports of one category from one building or grid within 30 days (DESIGN §3 "Hot spots"). */
export const DEFAULT_HOT_SPOT_RULE: HotSpotRule = { count: 5, days: 30 }

const DAY_MS = 86_400_000

/** The community's rule, or the default when it keeps none or keeps one out of bounds. */
export const hotSpotRuleOf = (
  stored: { count?: unknown; days?: unknown } | undefined,
): HotSpotRule => {
  const count = stored?.count
  const days = stored?.days
  const fine = (v: unknown, min: number, max: number): v is number =>
    typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max
  return {
    count: fine(count, 2, 100) ? count : DEFAULT_HOT_SPOT_RULE.count,
    days: fine(days, 1, 365) ? days : DEFAULT_HOT_SPOT_RULE.days,
  }
}

/** The window's start: reports from then on count. */
export const hotSpotSince = (now: Date, rule: HotSpotRule): Date =>
  new Date(now.getTime() - rule.days * DAY_MS)

export const isHotSpot = (count: number, rule: HotSpotRule): boolean => count >= rule.count

/**
 * planned → inProgress | done | dropped; inProgress → inProgress (a further note) | done | dropped;
 * done and dropped are final.
 */
const NEXT: Record<DecisionStatus, readonly DecisionStatus[]> = {
  planned: ['inProgress', 'done', 'dropped'],
  inProgress: ['inProgress', 'done', 'dropped'],
  done: [],
  dropped: [],
}

export const canMoveDecision = (from: DecisionStatus, to: DecisionStatus): boolean =>
  NEXT[from].includes(to)

/** Decisions done of those not dropped. */
export const decisionTally = (
  statuses: readonly DecisionStatus[],
): { done: number; total: number } => ({
  done: statuses.filter((s) => s === 'done').length,
  total: statuses.filter((s) => s !== 'dropped').length,
})

/** The caller carries the decision out: the person named, the unit's liaison, the team's captain. */
export const ownsDecision = (
  owner: { kind: 'person' | 'unit' | 'team'; id: string },
  actor: Pick<Actor, 'personId' | 'roles'>,
): boolean => {
  if (owner.kind === 'person') return actor.personId === owner.id
  if (owner.kind === 'unit')
    return actor.roles.some((r) => r.role === 'unitLiaison' && r.unitId === owner.id)
  return actor.roles.some((r) => r.role === 'teamCaptain' && r.teamId === owner.id)
}

/** The grids a person reads meetings of: their household's, those they lead or are posted in. */
export const gridsOfReader = (
  actor: Pick<Actor, 'roles'>,
  householdGridId: string | null,
): string[] => {
  const grids = new Set<string>()
  if (householdGridId) grids.add(householdGridId)
  for (const r of actor.roles) {
    if (r.role === 'gridLeader') grids.add(r.gridId)
    if (r.role === 'member' && r.gridId) grids.add(r.gridId)
  }
  return [...grids]
}
