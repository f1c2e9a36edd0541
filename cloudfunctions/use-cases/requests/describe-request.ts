// One request as this caller may see it, with the actions they may take now: reads in parallel.
import type { RequestDetail, RequestDoc } from '@linli/types'
import { allowedActions } from '../../domain/lifecycle'
import { requestVisibility } from '../../domain/visibility'
import { notFound } from '../../shared/app-error'
import type { Caller } from '../caller'
import type { Deps } from '../deps'
import { photoIdsOf, toDetail } from './request-views'

export const describeRequest = async (
  doc: RequestDoc,
  caller: Caller,
  deps: Deps,
): Promise<RequestDetail> => {
  const visibility = requestVisibility(doc, caller)
  // NOT_FOUND, not FORBIDDEN: a caller may not even learn that the request exists.
  if (visibility === 'none') throw notFound('request')
  const masked = visibility === 'masked'
  // One batch: the handler's person (for the 党员标兵岗 badge) is read beside the others.
  const [building, grid, reporter, household, photoUrls, handlerPerson] = await Promise.all([
    deps.org.getBuilding(doc.buildingId),
    deps.org.getGrid(doc.gridId),
    masked ? null : reporterOf(doc.reporterOpenid, caller, deps),
    !masked && doc.householdId ? deps.org.getHousehold(doc.householdId) : null,
    deps.files.downloadUrls(photoIdsOf(doc)),
    memberHandlerOf(doc, caller, deps),
  ])
  const now = deps.now()
  return toDetail(doc, {
    building,
    grid,
    reporter,
    household,
    handlerBadges: handlerPerson?.member?.badges ?? [],
    masked,
    photoUrls,
    actions: allowedActions(doc, caller, now),
    viewerOpenid: caller.openid,
    now,
  })
}

const reporterOf = (openid: string, caller: Caller, deps: Deps) =>
  !openid
    ? Promise.resolve(null)
    : openid === caller.openid
      ? Promise.resolve(caller.person)
      : deps.persons.findByOpenid(openid)

/** The member handling the request (the caller themself needs no read); teams and units have none. */
const memberHandlerOf = (doc: RequestDoc, caller: Caller, deps: Deps) => {
  const handler = doc.handler
  if (handler?.kind !== 'member') return Promise.resolve(null)
  if (handler.id === caller.personId) return Promise.resolve(caller.person)
  return deps.persons.getById(handler.id)
}
