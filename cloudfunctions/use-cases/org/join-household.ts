// org.joinHousehold: a newcomer enters a household's invite code and is verified into it at once.
// A use of the code is taken atomically: a single-use code used twice at once verifies one person.
import type { ParsedInput } from '@linli/types'
import { inviteIdFor, normaliseInviteCode } from '../../data/household.repository'
import { AppError } from '../../shared/app-error'
import type { Caller } from '../caller'
import type { Deps } from '../deps'
import { alreadyVerified } from './request-join'

const invalid = () => new AppError('ORG.INVITE_INVALID', 'unknown, expired or used-up invite code')

export const joinHousehold = async (
  input: ParsedInput<'org', 'joinHousehold'>,
  caller: Caller,
  deps: Deps,
) => {
  if (caller.household) throw alreadyVerified()
  const id = inviteIdFor(caller.communityId, normaliseInviteCode(input.code))
  // A wrong, stale or used-up code is refused before anything is written (read with the caller).
  const now = deps.now()
  const found = await deps.households.getInvite(id)
  if (!found || found.usesLeft < 1 || found.expiresAt.getTime() <= now.getTime()) throw invalid()
  await deps.writes.spend()
  const invite = await deps.households.useInvite(id, now)
  if (!invite) {
    // Used up by another newcomer a moment ago: the allowance it took is given back.
    await deps.writes.refund()
    throw invalid()
  }
  const [building, verified] = await Promise.all([
    deps.org.getBuilding(invite.buildingId),
    deps.households.verifyResident(
      caller.person,
      { openid: caller.openid, communityId: caller.communityId, name: input.name },
      invite.householdId,
    ),
  ])
  if (!verified) {
    // Verified by another call a moment earlier: this use of the code is given back.
    await Promise.all([deps.households.returnInvite(id), deps.writes.refund()])
    throw alreadyVerified()
  }
  return {
    householdId: invite.householdId,
    room: invite.room,
    buildingName: building?.name ?? '',
  }
}
