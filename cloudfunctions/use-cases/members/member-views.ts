// Member answers built field by field from stored documents, so nothing (a phone) leaks by accident.
import type {
  CheckInDoc,
  CheckInView,
  MemberCard,
  Person,
  PledgeDoc,
  PledgeView,
  ServiceRecordDoc,
  ServiceRecordView,
} from '@linli/types'
import { pledgeOverdue } from '../../domain/pledge-rules'
import type { Deps } from '../deps'
import { postGridOf } from './member-access'

export interface OrgNames {
  grids: Map<string, string>
  teams: Map<string, { name: string; kind: MemberCard['teams'][number]['kind'] }>
  units: Map<string, string>
}

/**
 * The names cards show: a community has a few grids, teams and units, read in four queries sent
 * together. The grids named are those the community's buildings stand in.
 */
export const loadOrgNames = async (communityId: string, deps: Pick<Deps, 'org'>) => {
  const [teams, units, buildings, grids] = await Promise.all([
    deps.org.listTeams(communityId),
    deps.org.listUnits(communityId),
    deps.org.listBuildings(communityId),
    deps.org.listGrids(communityId),
  ])
  const gridNames = new Map(grids.map((g) => [g._id, g.name] as const))
  const built = [...new Set(buildings.map((b) => b.gridId))]
  return {
    grids: new Map(
      built.flatMap((id) => {
        const name = gridNames.get(id)
        return name === undefined ? [] : [[id, name] as const]
      }),
    ),
    teams: new Map(teams.map((t) => [t._id, { name: t.name, kind: t.kind }] as const)),
    units: new Map(units.map((u) => [u._id, u.name] as const)),
  }
}

/** Download URLs of these members' photos, in one storage call (none when nobody has a photo). */
export const photoUrlsOf = (
  people: readonly Person[],
  deps: Pick<Deps, 'files'>,
): Promise<ReadonlyMap<string, string>> =>
  deps.files.downloadUrls(people.flatMap((p) => (p.member?.photo ? [p.member.photo] : [])))

export const cardOf = (
  person: Person,
  names: OrgNames,
  photoUrls: ReadonlyMap<string, string>,
): MemberCard => {
  const profile = person.member
  const post = postGridOf(person)
  return {
    id: person._id,
    name: person.name,
    // The stored file ID never leaves: a photo shows through its short-lived URL, or not at all.
    photo: profile?.photo ? (photoUrls.get(profile.photo) ?? null) : null,
    kind: profile?.kind ?? 'community',
    partyOrgName: profile?.partyOrgName ?? '',
    unitName: profile?.unitId ? (names.units.get(profile.unitId) ?? null) : null,
    post: post ? { id: post, name: names.grids.get(post) ?? post } : null,
    teams: (profile?.teamIds ?? []).flatMap((id) => {
      const team = names.teams.get(id)
      return team ? [{ id, name: team.name, kind: team.kind }] : []
    }),
    specialties: profile?.specialties ?? [],
    badges: profile?.badges ?? [],
  }
}

export const pledgeView = (p: PledgeDoc, today: string): PledgeView => ({
  id: p._id,
  memberId: p.memberId,
  text: p.text,
  dueDate: p.dueDate,
  status: p.status,
  overdue: pledgeOverdue(p, today),
  progress: p.progress.map((x) => ({ text: x.note, at: x.at.toISOString() })),
  outcomeReason: p.outcomeReason,
  createdAt: p.createdAt.toISOString(),
})

export const checkInView = (c: CheckInDoc, names: OrgNames): CheckInView => ({
  id: c._id,
  name: c.name,
  unit: { id: c.unitId, name: names.units.get(c.unitId) ?? c.unitId },
  partyOrgName: c.partyOrgName,
  grid: { id: c.gridId, name: names.grids.get(c.gridId) ?? c.gridId },
  teams: c.teamIds.map((id) => ({ id, name: names.teams.get(id)?.name ?? id })),
  specialties: c.specialties,
  status: c.status,
  reason: c.reason,
  createdAt: c.createdAt.toISOString(),
})

/** Download URLs of these records' photos, in one storage call. */
export const recordPhotoUrlsOf = (
  records: readonly ServiceRecordDoc[],
  deps: Pick<Deps, 'files'>,
): Promise<ReadonlyMap<string, string>> =>
  deps.files.downloadUrls(records.flatMap((r) => (r.photo ? [r.photo] : [])))

export const recordView = (
  r: ServiceRecordDoc,
  memberName: string | null,
  photoUrls: ReadonlyMap<string, string>,
): ServiceRecordView => ({
  id: r._id,
  memberId: r.memberId,
  memberName,
  kind: r.kind,
  requestId: r.requestId,
  category: r.category,
  note: r.note,
  hours: r.hours,
  hasPhoto: r.photo !== null,
  photoUrl: r.photo ? (photoUrls.get(r.photo) ?? null) : null,
  status: r.status,
  points: r.points,
  detail: r.detail,
  at: r.at.toISOString(),
  month: r.month,
  reason: r.reason,
})
