// org.createInviteCode (邀请家人): a verified resident invites to their own household; the grid
// leader (or staff) to a household of their grid. Short-lived, single-use unless said, kept hashed.
import type { InviteCodeView, ParsedInput } from '@linli/types'
import { isLeaderOf } from '../../domain/actor'
import { forbidden, notFound } from '../../shared/app-error'
import { residenceOf, type Caller } from '../caller'
import type { Deps } from '../deps'

/** A day: long enough to pass the code on in the family's chat, short enough to go stale. */
export const INVITE_TTL_MS = 24 * 3_600_000

const householdFor = async (input: { householdId?: string }, caller: Caller, deps: Deps) => {
  const own = caller.verified ? residenceOf(caller) : null
  const id = input.householdId ?? own
  if (!id) throw forbidden('only a verified resident or the grid leader invites')
  if (id === own && caller.household) return caller.household
  const household = await deps.org.getHousehold(id)
  if (!household || household.communityId !== caller.communityId) throw notFound('household')
  if (!isLeaderOf(caller, household.gridId)) throw notFound('household')
  return household
}

export const createInviteCode = async (
  input: ParsedInput<'org', 'createInviteCode'>,
  caller: Caller,
  deps: Deps,
): Promise<InviteCodeView> => {
  const household = await householdFor(input, caller, deps)
  const now = deps.now()
  const expiresAt = new Date(now.getTime() + INVITE_TTL_MS)
  await deps.writes.spend()
  const code = await deps.households.addInvite({
    communityId: caller.communityId,
    householdId: household._id,
    buildingId: household.buildingId,
    room: household.room,
    createdBy: caller.personId ?? caller.openid,
    createdAt: now,
    expiresAt,
    usesLeft: input.uses,
  })
  return { code, expiresAt: expiresAt.toISOString(), uses: input.uses }
}
