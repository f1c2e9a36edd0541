// org.decideJoin: the grid leader (or staff) approves a newcomer into the household they named, or
// rejects the request. Settled once: of two leaders deciding at once, one decision lands.
import type { ParsedInput } from '@linli/types'
import { isLeaderOf } from '../../domain/actor'
import { AppError, notFound } from '../../shared/app-error'
import type { Caller } from '../caller'
import type { Deps } from '../deps'

const decided = () =>
  new AppError('ORG.JOIN_ALREADY_DECIDED', 'the join request was decided already')

export const decideJoin = async (
  input: ParsedInput<'org', 'decideJoin'>,
  caller: Caller,
  deps: Deps,
) => {
  const request = await deps.households.getJoinRequest(input.id)
  if (
    !request ||
    request.communityId !== caller.communityId ||
    !isLeaderOf(caller, request.gridId)
  ) {
    throw notFound('join request')
  }
  if (request.status !== 'pending') throw decided()
  await deps.writes.spend()
  const status: 'approved' | 'rejected' = input.decision === 'approve' ? 'approved' : 'rejected'
  // The newcomer's person (if any) is read beside the decision, which settles the request first.
  const [settled, person] = await Promise.all([
    deps.households.decideJoin(request._id, {
      status,
      by: caller.personId,
      reason: input.reason ?? null,
      at: deps.now(),
    }),
    status === 'approved' ? deps.households.findPerson(request.openid) : null,
  ])
  if (!settled) {
    await deps.writes.refund()
    throw decided()
  }
  // Joined a flat meanwhile (an invite code): the approval stands, their household stays as it is.
  if (status === 'approved' && !person?.roles.some((r) => r.role === 'resident')) {
    await deps.households.verifyResident(
      person,
      { openid: request.openid, communityId: request.communityId, name: request.name },
      request.householdId,
    )
  }
  return { id: request._id, status }
}
