// Who may send a notice to whom, and who receives it (DESIGN §5). Pure: the org data is passed in.
import type { NoticeTarget, Person } from '@linli/types'
import { isStaff, type Actor } from './actor'

/** A household's place in the tree, as targeting needs it. */
export interface HouseholdPlace {
  buildingId: string
  gridId: string
}

export interface Recipient {
  personId: string
  openid: string
  /** Set for residents: read receipts count households. */
  householdId: string | null
  buildingId: string | null
  gridId: string | null
}

/** Grid leaders reach their grid; captains their team; staff anyone. Buildings are checked apart. */
export const mayTarget = (actor: Actor, target: NoticeTarget): boolean => {
  if (isStaff(actor.roles)) return true
  switch (target.kind) {
    case 'grid':
    case 'buildings':
    case 'gridMembers':
      return actor.roles.some((r) => r.role === 'gridLeader' && r.gridId === target.gridId)
    case 'team':
      // Stryker disable next-line ConditionalExpression: only teamCaptain roles carry a teamId, so the other roles fail the teamId check anyway
      return actor.roles.some((r) => r.role === 'teamCaptain' && r.teamId === target.teamId)
    case 'allMembers':
    case 'community':
      return false
  }
}

const residenceOf = (
  person: Person,
  places: ReadonlyMap<string, HouseholdPlace>,
): { householdId: string; place: HouseholdPlace } | null => {
  for (const role of person.roles) {
    // Stryker disable next-line ConditionalExpression: only resident roles carry a householdId; the others look up undefined and find no place
    if (role.role !== 'resident') continue
    const place = places.get(role.householdId)
    if (place) return { householdId: role.householdId, place }
  }
  return null
}

const isMember = (person: Person): boolean => person.roles.some((r) => r.role === 'member')

const inTeam = (person: Person, teamId: string): boolean =>
  (person.member?.teamIds.includes(teamId) ?? false) ||
  // Stryker disable next-line ConditionalExpression: only teamCaptain roles carry a teamId, so the other roles fail the teamId check anyway
  person.roles.some((r) => r.role === 'teamCaptain' && r.teamId === teamId)

/** Whether this person is one the target means (residence targets need the household's place). */
const isTargeted = (
  target: NoticeTarget,
  person: Person,
  home: { place: HouseholdPlace } | null,
): boolean => {
  switch (target.kind) {
    case 'grid':
      return home?.place.gridId === target.gridId
    case 'buildings':
      return home !== null && target.buildingIds.includes(home.place.buildingId)
    case 'gridMembers':
      return person.roles.some((r) => r.role === 'member' && r.gridId === target.gridId)
    case 'team':
      return inTeam(person, target.teamId)
    case 'allMembers':
      return isMember(person)
    case 'community':
      return true
  }
}

/**
 * The recipients among `candidates` (whatever the repository loaded for the target): each person
 * once, only of the notice's community, only those the target means.
 */
export const selectRecipients = (
  target: NoticeTarget,
  communityId: string,
  candidates: readonly Person[],
  places: ReadonlyMap<string, HouseholdPlace>,
): Recipient[] => {
  const seen = new Set<string>()
  const out: Recipient[] = []
  for (const person of candidates) {
    if (person.communityId !== communityId || seen.has(person._id)) continue
    const home = residenceOf(person, places)
    if (!isTargeted(target, person, home)) continue
    seen.add(person._id)
    out.push({
      personId: person._id,
      openid: person.openid,
      householdId: home?.householdId ?? null,
      buildingId: home?.place.buildingId ?? null,
      gridId: home?.place.gridId ?? null,
    })
  }
  return out
}

/** Residence targets are measured by households (read receipts, door-knocks); the rest by people. */
export const targetsHouseholds = (target: NoticeTarget): boolean =>
  target.kind === 'grid' || target.kind === 'buildings' || target.kind === 'community'
