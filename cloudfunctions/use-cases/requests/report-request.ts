// requests.report: a resident files a problem; it is routed to its grid at once. Idempotent per form.
// A newcomer (not yet verified into a household) waits as `submitted` for the grid leader.
import type {
  Building,
  CategoryRules,
  NewRequestDoc,
  ParsedInput,
  RequestCategoryId,
  RequestStatus,
} from '@linli/types'
import { requestIdFor } from '../../data/request.repository'
import { routeRequest } from '../../domain/routing'
import { isCategoryEnabled, routingRulesOf } from '../../domain/rule-sets'
import { AppError, invalidInput } from '../../shared/app-error'
import { residenceOf, type Caller } from '../caller'
import type { Deps } from '../deps'
import { startMediaChecks } from '../moderation/media-checks'
import { checkRequestText, holdRequestText } from './check-request-text'
import { takeAllowance } from '../limits'
import { readRules } from '../org/rule-store'

type Input = ParsedInput<'requests', 'report'>

export const buildingInCommunity = async (
  buildingId: string,
  caller: Caller,
  deps: Deps,
): Promise<Building> => {
  const building = await deps.org.getBuilding(buildingId)
  if (!building || building.communityId !== caller.communityId) {
    throw invalidInput('unknown building', [
      { path: ['buildingId'], message: '请选择本社区的楼栋' },
    ])
  }
  return building
}

/** A category staff switched off takes no new reports (those filed before stay as they are). */
export const assertCategoryEnabled = (categories: CategoryRules, category: RequestCategoryId) => {
  if (!isCategoryEnabled(categories, category)) {
    throw new AppError('RULES.CATEGORY_DISABLED', `category ${category} is switched off`, [
      { path: ['category'], message: '该类别暂不受理，请选择其他类别' },
    ])
  }
}

/** The building named, or else the caller's home building. */
const reportedBuilding = async (input: Input, caller: Caller, deps: Deps): Promise<Building> => {
  // A resident's own building comes with the caller (their household is read with them).
  const buildingId = input.buildingId ?? caller.household?.buildingId ?? null
  if (!buildingId) {
    throw new AppError(
      'REQUEST.BUILDING_REQUIRED',
      'no building given and the caller has no household',
    )
  }
  return buildingInCommunity(buildingId, caller, deps)
}

export const reportRequest = async (
  input: Input,
  caller: Caller,
  deps: Deps,
): Promise<{ id: string; gridId: string; status: RequestStatus }> => {
  const id = requestIdFor(caller.openid, input.clientRequestId)
  // A retried submit finds the first one and spends nothing of the hourly allowance. The building
  // is read alongside; its refusal counts only for a first submit.
  // The community's categories and due times (issue 11 §4) come in the same wave.
  const [existing, building, rules] = await Promise.all([
    deps.requests.getById(id),
    reportedBuilding(input, caller, deps).then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    ),
    readRules(caller.communityId, ['categories', 'dueTimes'], deps),
  ])
  if (existing) return { id: existing._id, gridId: existing.gridId, status: existing.status }
  if ('error' in building) throw building.error
  assertCategoryEnabled(rules.categories.value, input.category)
  const held = await checkRequestText(input.description, 'forum', 'description', caller, deps)
  // Only a valid report spends the allowances: bad input writes nothing, not even a counter. Both
  // are taken at once; a refusal of either (RATE.LIMITED, recorded) gives the other back.
  const [hourly, minute] = await Promise.allSettled([
    takeAllowance('reportsPerHour', caller, deps),
    deps.writes.spend(),
  ])
  if (hourly.status === 'rejected' || minute.status === 'rejected') {
    await Promise.all([
      hourly.status === 'fulfilled' ? hourly.value.giveBack() : undefined,
      minute.status === 'fulfilled' ? deps.writes.refund() : undefined,
    ])
    throw hourly.status === 'rejected' ? hourly.reason : (minute as PromiseRejectedResult).reason
  }
  const allowance = hourly.value
  const now = deps.now()
  const route = routeRequest(
    { category: input.category, building: building.value, now },
    routingRulesOf(rules.categories.value, rules.dueTimes.value),
  )
  const householdId = residenceOf(caller)
  const verifiedResident = caller.verified && householdId !== null
  const reporterId = caller.person?._id ?? null
  const doc: NewRequestDoc = {
    _id: id,
    communityId: caller.communityId,
    buildingId: building.value._id,
    householdId,
    reporterOpenid: caller.openid,
    reporterId,
    category: input.category,
    description: input.description,
    photos: input.photos,
    urgency: input.urgency,
    hideName: input.hideName,
    channel: 'miniProgram',
    clientRequestId: input.clientRequestId,
    ...route,
    status: verifiedResident ? route.status : 'submitted',
    createdAt: now,
    updatedAt: now,
    timeline: [
      { type: 'reported', at: now, by: reporterId },
      { type: 'routed', at: now, by: null, note: route.gridId },
    ],
  }
  if (held) doc.heldTexts = [await holdRequestText(held, id, caller, deps)]
  const { doc: saved, created } = await deps.requests.insertIfAbsent(doc)
  // The same form sent twice at once: both took an allowance before either was stored.
  if (!created) await Promise.all([allowance.giveBack(), deps.writes.refund()])
  else await startMediaChecks({ kind: 'request', id: saved._id }, saved.photos, caller, deps)
  return { id: saved._id, gridId: saved.gridId, status: saved.status }
}
