// `stats`, `doorKnockList` and `markVisited`: read receipts by household and building, and the
// households of an urgent notice nobody read in time, for the building's leader to visit.
import type { Building, NoticeDoc, ParsedInput } from '@linli/types'
import {
  doorKnockDueAt,
  knockableBuildings,
  readsByBuilding,
  unreadHouseholds,
} from '../../domain/door-knock'
import { forbidden, invalidInput, notFound } from '../../shared/app-error'
import type { Caller } from '../caller'
import type { Deps } from '../deps'
import { overseesNotice } from './notice-access'
import { targetBuildings, targetHouseholds } from './notice-audience'

const publishedNotice = async (id: string, caller: Caller, deps: Deps): Promise<NoticeDoc> => {
  const notice = await deps.notices.getById(id)
  if (!notice || notice.communityId !== caller.communityId) throw notFound('notice')
  return notice
}

const readHouseholdsOf = async (noticeId: string, deps: Deps) => {
  const receipts = await deps.noticeReceipts.listForNotice(noticeId)
  const read = receipts.filter((r) => r.readAt !== null)
  return {
    recipients: receipts.length,
    readers: read.length,
    households: new Set(read.flatMap((r) => (r.householdId ? [r.householdId] : []))),
  }
}

export const noticeStats = async (
  input: ParsedInput<'notices', 'stats'>,
  caller: Caller,
  deps: Deps,
) => {
  const notice = await publishedNotice(input.id, caller, deps)
  if (!overseesNotice(notice, caller)) throw notFound('notice')
  const buildings = await targetBuildings(notice.target, notice.communityId, deps)
  const [households, reads] = await Promise.all([
    targetHouseholds(buildings, deps),
    readHouseholdsOf(notice._id, deps),
  ])
  const rows = readsByBuilding(households, reads.households)
  return {
    id: notice._id,
    title: notice.title,
    urgency: notice.urgency,
    recipients: reads.recipients,
    readers: reads.readers,
    households: households.length,
    householdsRead: households.filter((h) => reads.households.has(h._id)).length,
    byBuilding: buildings.map((b) => ({
      buildingId: b._id,
      name: b.name,
      households: rows.get(b._id)?.households ?? 0,
      read: rows.get(b._id)?.read ?? 0,
    })),
  }
}

/** The target's buildings this caller knocks in (none: not their notice to follow up). */
const knockable = async (notice: NoticeDoc, caller: Caller, deps: Deps): Promise<Building[]> => {
  const [buildings, leaders] = await Promise.all([
    targetBuildings(notice.target, notice.communityId, deps),
    deps.persons.findWithRole(notice.communityId, 'buildingLeader'),
  ])
  const withLeader = new Set(
    leaders.flatMap((p) =>
      p.roles.flatMap((r) => (r.role === 'buildingLeader' ? [r.buildingId] : [])),
    ),
  )
  return knockableBuildings(caller.roles, buildings, withLeader)
}

export const doorKnockList = async (
  input: ParsedInput<'notices', 'doorKnockList'>,
  caller: Caller,
  deps: Deps,
) => {
  const notice = await publishedNotice(input.id, caller, deps)
  const buildings = await knockable(notice, caller, deps)
  if (buildings.length === 0 && !overseesNotice(notice, caller)) throw notFound('notice')
  const dueAt = doorKnockDueAt(notice, input.afterHours)
  const due = dueAt !== null && dueAt <= deps.now()
  if (!due) return { id: notice._id, due: false, dueAt: dueAt?.toISOString() ?? null, items: [] }
  const [households, reads, visits] = await Promise.all([
    targetHouseholds(buildings, deps),
    readHouseholdsOf(notice._id, deps),
    deps.noticeVisits.listForNotice(notice._id),
  ])
  const names = new Map(buildings.map((b) => [b._id, b.name]))
  const visited = new Map(visits.map((v) => [v.householdId, v]))
  return {
    id: notice._id,
    due: true,
    dueAt: dueAt.toISOString(),
    items: unreadHouseholds(households, reads.households).map((h) => ({
      householdId: h._id,
      buildingId: h.buildingId,
      buildingName: names.get(h.buildingId) ?? '',
      room: h.room,
      visited: visited.has(h._id),
      note: visited.get(h._id)?.note ?? null,
    })),
  }
}

export const markVisited = async (
  input: ParsedInput<'notices', 'markVisited'>,
  caller: Caller,
  deps: Deps,
) => {
  // The notice and the household were read ahead with the caller.
  const [notice, household] = await Promise.all([
    publishedNotice(input.id, caller, deps),
    deps.org.getHousehold(input.householdId),
  ])
  if (!household || household.communityId !== notice.communityId) {
    throw invalidInput('no such household', [{ path: ['householdId'], message: '找不到该住户' }])
  }
  // What refuses comes before the allowance is spent: a refused visit writes nothing.
  const buildings = await knockable(notice, caller, deps)
  if (buildings.length === 0 && !overseesNotice(notice, caller)) throw notFound('notice')
  if (!buildings.some((b) => b._id === household.buildingId)) {
    throw forbidden('this household is not on your door-knock list')
  }
  await deps.writes.spend()
  await deps.noticeVisits.mark({
    communityId: notice.communityId,
    noticeId: notice._id,
    householdId: household._id,
    visitedBy: caller.personId ?? caller.openid,
    note: input.note ?? null,
    at: deps.now(),
  })
  return { householdId: household._id, visited: true as const }
}
