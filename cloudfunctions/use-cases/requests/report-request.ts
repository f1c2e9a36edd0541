// requests.report: a resident files a problem; it is routed to its grid at once. Idempotent per form.
import type { ParsedInput, RequestDoc, RequestStatus } from '@linli/types'
import { requestIdFor } from '../../data/request.repository'
import { routeRequest } from '../../domain/routing'
import { AppError, invalidInput } from '../../shared/app-error'
import { residenceOf, type Caller } from '../caller'
import type { Deps } from '../deps'

type Input = ParsedInput<'requests', 'report'>

const homeBuildingId = async (caller: Caller, deps: Deps): Promise<string | null> => {
  const householdId = residenceOf(caller)
  const household = householdId ? await deps.org.getHousehold(householdId) : null
  return household?.buildingId ?? null
}

export const reportRequest = async (
  input: Input,
  caller: Caller,
  deps: Deps,
): Promise<{ id: string; gridId: string; status: RequestStatus }> => {
  const buildingId = input.buildingId ?? (await homeBuildingId(caller, deps))
  if (!buildingId) {
    throw new AppError(
      'REQUEST.BUILDING_REQUIRED',
      'no building given and the caller has no household',
    )
  }
  const building = await deps.org.getBuilding(buildingId)
  if (!building || building.communityId !== caller.communityId) {
    throw invalidInput('unknown building', [
      { path: ['buildingId'], message: '请选择本社区的楼栋' },
    ])
  }
  const now = deps.now()
  const route = routeRequest({ category: input.category, building, now })
  const reporterId = caller.person?._id ?? null
  const doc: RequestDoc = {
    _id: requestIdFor(caller.openid, input.clientRequestId),
    communityId: caller.communityId,
    buildingId: building._id,
    householdId: residenceOf(caller),
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
    createdAt: now,
    updatedAt: now,
    timeline: [
      { type: 'reported', at: now, by: reporterId },
      { type: 'routed', at: now, by: null, note: route.gridId },
    ],
  }
  const { doc: saved } = await deps.requests.insertIfAbsent(doc)
  return { id: saved._id, gridId: saved.gridId, status: saved.status }
}
