// requests.get: one request, in full or masked by who asks; unseen ones are NOT_FOUND (no leak).
import type { ParsedInput, RequestDetail } from '@linli/types'
import { requestVisibility } from '../../domain/visibility'
import { notFound } from '../../shared/app-error'
import type { Caller } from '../caller'
import type { Deps } from '../deps'
import { toDetail } from './request-views'

export const getRequest = async (
  input: ParsedInput<'requests', 'get'>,
  caller: Caller,
  deps: Deps,
): Promise<RequestDetail> => {
  const doc = await deps.requests.getById(input.id)
  const visibility = doc ? requestVisibility(doc, caller) : 'none'
  if (!doc || visibility === 'none') throw notFound('request')
  const masked = visibility === 'masked'
  const [building, grid, reporter, household] = await Promise.all([
    deps.org.getBuilding(doc.buildingId),
    deps.org.getGrid(doc.gridId),
    masked ? null : reporterOf(doc.reporterOpenid, caller, deps),
    !masked && doc.householdId ? deps.org.getHousehold(doc.householdId) : null,
  ])
  return toDetail(doc, { building, grid, reporter, household, masked, now: deps.now() })
}

const reporterOf = (openid: string, caller: Caller, deps: Deps) =>
  openid === caller.openid ? Promise.resolve(caller.person) : deps.persons.findByOpenid(openid)
