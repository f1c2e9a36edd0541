// activities.checkInCode and checkIn: at the door the organiser shows a code that changes every
// minute (the rules in domain/check-in-code.ts, the clock passed in here); an attendee who signed
// up scans it and checks in once. A member's check-in becomes a service record with the hours.
import type { ActionOutput, ParsedInput } from '@linli/types'
import {
  checkCode,
  checkInCodeFor,
  checkInOpen,
  checkInPayload,
  windowEndsAt,
  windowOf,
} from '../../domain/check-in-code'
import { AppError, notFound } from '../../shared/app-error'
import type { Caller } from '../caller'
import type { Deps } from '../deps'
import { postGridOf } from '../members/member-access'
import { creditService, rulesAhead } from '../offerings/credit-service'
import { signUpIdOf } from '../offerings/booking-ids'
import { macOf, manages } from './activity-views'
import { activityIn } from './sign-up'

const notOpen = () => new AppError('ACTIVITY.CLOSED', 'check-in is not open now')

export const checkInCode = async (
  input: ParsedInput<'activities', 'checkInCode'>,
  caller: Caller,
  deps: Deps,
): Promise<ActionOutput<'activities', 'checkInCode'>> => {
  const activity = await activityIn(input.id, caller, deps)
  if (!manages(caller, activity)) throw notFound('activity')
  const now = deps.now()
  if (!checkInOpen(activity, now)) throw notOpen()
  const window = windowOf(now)
  const code = checkInCodeFor(macOf(activity), activity._id, window)
  return {
    activityId: activity._id,
    window,
    code,
    payload: checkInPayload(activity._id, window, code),
    validUntil: windowEndsAt(window).toISOString(),
    checkedIn: await deps.activities.countCheckedIn(activity._id),
  }
}

export const checkIn = async (
  input: ParsedInput<'activities', 'checkIn'>,
  caller: Caller,
  deps: Deps,
): Promise<ActionOutput<'activities', 'checkIn'>> => {
  const activity = await activityIn(input.id, caller, deps)
  const now = deps.now()
  if (!checkInOpen(activity, now)) throw notOpen()
  const verdict = checkCode(macOf(activity), { activityId: activity._id, ...input }, now)
  if (!verdict.ok) {
    throw verdict.reason === 'expired'
      ? new AppError('ACTIVITY.CODE_EXPIRED', 'the code is of a minute that is over')
      : new AppError('ACTIVITY.CODE_INVALID', 'the code is not this activity’s')
  }
  const personId = caller.personId
  // The points rules are read beside the sign-up when the caller is a member (their record).
  const member = caller.roles.some((r) => r.role === 'member')
  const rules = member ? rulesAhead(activity.communityId, deps) : null
  const mine = personId ? await deps.activities.getSignUp(signUpIdOf(activity._id, personId)) : null
  if (!mine || mine.status !== 'signedUp') {
    throw new AppError('ACTIVITY.NOT_SIGNED_UP', 'sign up before checking in')
  }
  const credited = mine.member && caller.person ? activity.hours : 0
  const answer = (at: Date) => ({
    activityId: activity._id,
    title: activity.title,
    checkedInAt: at.toISOString(),
    hours: credited,
  })
  const twice = () => new AppError('ACTIVITY.ALREADY_CHECKED_IN', 'checked in already')
  if (mine.checkedInAt !== null) throw twice()
  await deps.writes.spend()
  // The record goes with the check-in (both written once). If the check-in does not land, a record
  // written now is taken back unless a twin call checked the person in (then it is theirs).
  const credit =
    credited > 0 && caller.person
      ? creditService(
          [
            {
              communityId: activity.communityId,
              kind: 'activity',
              sourceId: activity._id,
              memberId: mine.personId,
              gridId: postGridOf(caller.person),
              note: `参加活动：${activity.title}`,
              hours: credited,
              at: now,
              vouchedBy: activity.organiser.personId,
            },
          ],
          deps,
          rules ?? rulesAhead(activity.communityId, deps),
        )
      : Promise.resolve([])
  const [checked, written] = await Promise.all([deps.activities.checkIn(mine._id, now), credit])
  if (!checked) {
    const after = await deps.activities.getSignUp(mine._id)
    if (after?.checkedInAt == null) {
      await Promise.all(written.map((id) => deps.serviceRecords.remove(id)))
    }
    await deps.writes.refund()
    if (after?.status === 'cancelled') {
      throw new AppError('ACTIVITY.NOT_SIGNED_UP', 'the sign-up was cancelled meanwhile')
    }
    throw twice()
  }
  return answer(now)
}
