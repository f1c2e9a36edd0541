// requests.reportOnBehalf (代办): staff or the grid leader records a request for a resident who
// phoned, came in, wrote to the box or the WeChat group, or a 12345 work order (派单).
import type { NewRequestDoc, ParsedInput, RequestStatus } from '@linli/types'
import { requestIdFor } from '../../data/request.repository'
import { isLeaderOf } from '../../domain/actor'
import { routeRequest } from '../../domain/routing'
import { routingRulesOf } from '../../domain/rule-sets'
import { invalidInput, notFound } from '../../shared/app-error'
import type { Caller } from '../caller'
import type { Deps } from '../deps'
import { startMediaChecks } from '../moderation/media-checks'
import { checkRequestText, holdRequestText } from './check-request-text'
import { readRules } from '../org/rule-store'
import { assertCategoryEnabled } from './report-request'

type Input = ParsedInput<'requests', 'reportOnBehalf'>

export const reportOnBehalf = async (
  input: Input,
  caller: Caller,
  deps: Deps,
): Promise<{ id: string; gridId: string; status: RequestStatus }> => {
  // The key is the recorder's: a retried save by the same staff member finds the first.
  const id = requestIdFor(caller.openid, input.clientRequestId)
  // The household (read ahead by the entry) brings its building: read as soon as it is known.
  const householdRead = deps.org.getHousehold(input.householdId)
  const [existing, household, residents, building, rules] = await Promise.all([
    deps.requests.getById(id),
    householdRead,
    deps.persons.findByHouseholds([input.householdId]),
    householdRead.then((h) => (h ? deps.org.getBuilding(h.buildingId) : null)),
    readRules(caller.communityId, ['categories', 'dueTimes'], deps),
  ])
  if (existing) return { id: existing._id, gridId: existing.gridId, status: existing.status }
  if (!household || household.communityId !== caller.communityId) throw notFound('household')
  if (!isLeaderOf(caller, household.gridId)) throw notFound('household')
  if (!building) throw notFound('building')
  assertCategoryEnabled(rules.categories.value, input.category)
  const held = await checkRequestText(input.description, 'forum', 'description', caller, deps)
  const now = deps.now()
  const route = routeRequest(
    { category: input.category, building, now },
    routingRulesOf(rules.categories.value, rules.dueTimes.value),
  )
  const hotlineDue = input.hotline ? new Date(input.hotline.dueAt) : null
  if (hotlineDue && hotlineDue.getTime() <= now.getTime()) {
    throw invalidInput('hotline due time has passed', [
      { path: ['hotline', 'dueAt'], message: '工单时限已过，请核对' },
    ])
  }
  // The resident sees it in 我的诉求 when they use the app; otherwise it has no reporter account.
  const resident = residents.find((p) => p.verified) ?? null
  const doc: NewRequestDoc = {
    _id: id,
    communityId: caller.communityId,
    buildingId: building._id,
    householdId: household._id,
    reporterOpenid: resident?.openid ?? '',
    reporterId: resident?._id ?? null,
    category: input.category,
    description: input.description,
    photos: input.photos,
    urgency: input.urgency,
    hideName: input.hideName,
    channel: input.channel,
    clientRequestId: input.clientRequestId,
    ...route,
    // The hotline's own due time binds: 12345 judges the community by it.
    dueAt: hotlineDue ?? route.dueAt,
    hotline:
      input.hotline && hotlineDue
        ? { orderNo: input.hotline.orderNo, dueAt: hotlineDue, outcome: null, reportedBackAt: null }
        : null,
    recordedBy: caller.personId,
    createdAt: now,
    updatedAt: now,
    timeline: [
      { type: 'recordedOnBehalf', at: now, by: caller.personId, note: input.channel },
      { type: 'routed', at: now, by: null, note: route.gridId },
    ],
  }
  await deps.writes.spend()
  if (held) doc.heldTexts = [await holdRequestText(held, id, caller, deps)]
  const { doc: saved, created } = await deps.requests.insertIfAbsent(doc)
  if (!created) await deps.writes.refund()
  else await startMediaChecks({ kind: 'request', id: saved._id }, saved.photos, caller, deps)
  return { id: saved._id, gridId: saved.gridId, status: saved.status }
}
