// Read receipts by household and the door-knock list of an urgent notice (DESIGN §5). Pure.
import type { Role } from '@linli/types'
import { isStaff } from './actor'

export const DOOR_KNOCK_AFTER_HOURS = 24

/** When unread households of an urgent notice need a visit; null for a normal one. */
export const doorKnockDueAt = (
  notice: { urgency: 'normal' | 'urgent'; publishedAt: Date | null },
  afterHours: number,
): Date | null =>
  notice.urgency === 'urgent' && notice.publishedAt
    ? new Date(notice.publishedAt.getTime() + afterHours * 3_600_000)
    : null

export interface HouseholdRef {
  _id: string
  buildingId: string
}

/** Households in which nobody has read the notice, in the order given (street order). */
export const unreadHouseholds = <H extends HouseholdRef>(
  households: readonly H[],
  readHouseholdIds: ReadonlySet<string>,
): H[] => households.filter((h) => !readHouseholdIds.has(h._id))

export interface BuildingRef {
  _id: string
  gridId: string
}

/**
 * The buildings whose doors this person knocks on: a building leader their building; a grid leader
 * the buildings of their grid that have no leader of their own; staff every building.
 */
export const knockableBuildings = <B extends BuildingRef>(
  roles: readonly Role[],
  buildings: readonly B[],
  buildingsWithLeader: ReadonlySet<string>,
): B[] => {
  if (isStaff(roles)) return [...buildings]
  return buildings.filter(
    (b) =>
      roles.some((r) => r.role === 'buildingLeader' && r.buildingId === b._id) ||
      (roles.some((r) => r.role === 'gridLeader' && r.gridId === b.gridId) &&
        !buildingsWithLeader.has(b._id)),
  )
}

/** Households read, per building, for the statistics' bars. */
export const readsByBuilding = (
  households: readonly HouseholdRef[],
  readHouseholdIds: ReadonlySet<string>,
): Map<string, { households: number; read: number }> => {
  const out = new Map<string, { households: number; read: number }>()
  for (const h of households) {
    const row = out.get(h.buildingId) ?? { households: 0, read: 0 }
    row.households++
    if (readHouseholdIds.has(h._id)) row.read++
    out.set(h.buildingId, row)
  }
  return out
}
