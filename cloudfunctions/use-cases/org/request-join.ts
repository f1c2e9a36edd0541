// org.requestJoin: a newcomer names their building and room; the grid leader verifies them (入户审核).
// One request per WeChat user: asking again while it waits answers the same request.
import type { JoinRequest, JoinRequestView, ParsedInput } from '@linli/types'
import { joinRequestIdFor } from '../../data/household.repository'
import { normalisePhone, normaliseRoom } from '../../domain/household-import'
import { AppError, invalidInput } from '../../shared/app-error'
import type { Caller } from '../caller'
import type { Deps } from '../deps'

export const joinView = (doc: JoinRequest, buildingName: string): JoinRequestView => ({
  id: doc._id,
  status: doc.status,
  buildingName,
  room: doc.room,
  createdAt: doc.createdAt.toISOString(),
  reason: doc.reason,
})

export const alreadyVerified = () =>
  new AppError('ORG.ALREADY_VERIFIED', 'the caller is verified into a household already')

export const requestJoin = async (
  input: ParsedInput<'org', 'requestJoin'>,
  caller: Caller,
  deps: Deps,
): Promise<JoinRequestView> => {
  // Staff and leaders are verified people without a flat of their own: they may join one too.
  if (caller.household) throw alreadyVerified()
  const phone = input.phone ? normalisePhone(input.phone) : null
  if (input.phone && phone === null) {
    throw invalidInput('bad phone', [{ path: ['phone'], message: '手机号格式不对' }])
  }
  const room = normaliseRoom(input.room)
  const id = joinRequestIdFor(caller.communityId, caller.openid)
  // The building, the flat and an earlier request are read together.
  const [building, household, earlier] = await Promise.all([
    deps.org.getBuilding(input.buildingId),
    deps.households.findHousehold(input.buildingId, room),
    deps.households.getJoinRequest(id),
  ])
  if (!building || building.communityId !== caller.communityId) {
    throw invalidInput('unknown building', [
      { path: ['buildingId'], message: '请选择本社区的楼栋' },
    ])
  }
  if (!household || household.communityId !== caller.communityId) {
    throw new AppError('ORG.HOUSEHOLD_NOT_FOUND', 'no household with that room in the building')
  }
  if (earlier?.status === 'pending' && earlier.householdId === household._id) {
    return joinView(earlier, building.name)
  }
  const doc: JoinRequest = {
    _id: id,
    communityId: caller.communityId,
    gridId: household.gridId,
    buildingId: building._id,
    householdId: household._id,
    room: household.room,
    openid: caller.openid,
    name: input.name,
    phone,
    status: 'pending',
    createdAt: deps.now(),
    decidedAt: null,
    decidedBy: null,
    reason: null,
  }
  await deps.writes.spend()
  await deps.households.putJoinRequest(doc)
  return joinView(doc, building.name)
}
