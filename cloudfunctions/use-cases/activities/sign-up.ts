// activities.signUp and cancelSignUp: one conditional write on the activity takes or gives back a
// place (capacity and one sign-up per person hold under parallel calls); the sign-up document
// follows, and a retry writes it if it was lost. Sign-up closes at the deadline, cancelling at the start.
// The activity is read while the caller is looked up (the function's read-ahead).
import type { ActionOutput, ActivityDoc, ParsedInput, SignUpDoc } from '@linli/types'
import { activityPhase } from '../../domain/check-in-code'
import { AppError, forbidden, notFound } from '../../shared/app-error'
import type { Caller } from '../caller'
import type { Deps } from '../deps'
import { signUpIdOf } from '../offerings/booking-ids'
import { activityView } from './activity-views'

type Output = ActionOutput<'activities', 'signUp'>

export const activityIn = async (id: string, caller: Caller, deps: Deps): Promise<ActivityDoc> => {
  const activity = await deps.activities.get(id)
  if (!activity || activity.communityId !== caller.communityId) throw notFound('activity')
  return activity
}

const signUpFor = (activity: ActivityDoc, caller: Caller, key: string, now: Date): SignUpDoc => ({
  _id: signUpIdOf(activity._id, caller.personId ?? ''),
  communityId: activity.communityId,
  activityId: activity._id,
  personId: caller.personId ?? '',
  name: caller.person?.name ?? '',
  phone: caller.person?.phone ?? null,
  member: caller.roles.some((r) => r.role === 'member'),
  status: 'signedUp',
  checkedInAt: null,
  clientRequestId: key,
  createdAt: now,
  updatedAt: now,
})

const already = async (activity: ActivityDoc, caller: Caller, key: string, deps: Deps) => {
  const now = deps.now()
  const existing = await deps.activities.getSignUp(signUpIdOf(activity._id, caller.personId ?? ''))
  if (!existing) {
    const written = await deps.activities.putSignUp(signUpFor(activity, caller, key, now))
    return activityView(activity, caller, written, now)
  }
  if (existing.status === 'signedUp' && existing.clientRequestId === key) {
    return activityView(activity, caller, existing, now)
  }
  throw new AppError('ACTIVITY.ALREADY_SIGNED_UP', 'signed up already')
}

export const signUp = async (
  input: ParsedInput<'activities', 'signUp'>,
  caller: Caller,
  deps: Deps,
): Promise<Output> => {
  const personId = caller.personId
  if (!personId || !caller.person) throw forbidden('verify your household before signing up')
  const activity = await activityIn(input.id, caller, deps)
  if (activity.participants.includes(personId)) {
    return already(activity, caller, input.clientRequestId, deps)
  }
  const now = deps.now()
  if (activityPhase(activity, now) !== 'signUp') {
    throw new AppError('ACTIVITY.CLOSED', 'sign-up is closed')
  }
  if (activity.signedUp >= activity.capacity) throw new AppError('ACTIVITY.FULL', 'no place left')
  await deps.writes.spend()
  const taken = await deps.activities.takePlace(activity, personId)
  if (taken) {
    const written = await deps.activities.putSignUp(
      signUpFor(activity, caller, input.clientRequestId, now),
    )
    return activityView(taken, caller, written, now)
  }
  await deps.writes.refund()
  const fresh = await activityIn(activity._id, caller, deps)
  if (fresh.participants.includes(personId)) {
    return already(fresh, caller, input.clientRequestId, deps)
  }
  throw new AppError('ACTIVITY.FULL', 'no place left')
}

export const cancelSignUp = async (
  input: ParsedInput<'activities', 'cancelSignUp'>,
  caller: Caller,
  deps: Deps,
): Promise<Output> => {
  const personId = caller.personId
  const activity = await activityIn(input.id, caller, deps)
  const mine = personId ? await deps.activities.getSignUp(signUpIdOf(activity._id, personId)) : null
  if (!mine || !personId) throw new AppError('ACTIVITY.NOT_SIGNED_UP', 'not signed up')
  const now = deps.now()
  if (mine.status === 'cancelled') {
    const released = await deps.activities.releasePlace(activity._id, personId)
    return activityView(released ?? activity, caller, mine, now)
  }
  if (mine.checkedInAt !== null || now.getTime() >= activity.startsAt.getTime()) {
    throw new AppError('ACTIVITY.CLOSED', 'the activity has started')
  }
  await deps.writes.spend()
  // Both conditional, so sent together: the place goes back only if held, the sign-up is
  // cancelled only if not checked in. A retry after a crash between them finishes the job.
  const [released, cancelled] = await Promise.all([
    deps.activities.releasePlace(activity._id, personId),
    deps.activities.cancelSignUp(mine._id, now),
  ])
  const after = released ?? activity
  if (cancelled) return activityView(after, caller, cancelled, now)
  const again = await deps.activities.getSignUp(mine._id)
  if (again?.status === 'cancelled') return activityView(after, caller, again, now)
  // Checked in meanwhile: they keep their place.
  if (released) await deps.activities.restorePlace(activity._id, personId)
  await deps.writes.refund()
  throw new AppError('ACTIVITY.CLOSED', 'checked in meanwhile')
}
