// activities.create: staff (for the community) or a captain (for their team) create an activity
// with its capacity and sign-up deadline; it gets its own secret for the rotating check-in code.
import { randomBytes } from 'node:crypto'
import type { ActionOutput, ActivityDoc, ParsedInput } from '@linli/types'
import { isStaff } from '../../domain/actor'
import { serviceHoursOf } from '../../domain/booking-rules'
import { forbidden, invalidInput } from '../../shared/app-error'
import type { Caller } from '../caller'
import type { Deps } from '../deps'
import { idFor } from '../members/ids'
import { checkPublishedText } from '../members/published-text'
import { activityView } from './activity-views'

type Input = ParsedInput<'activities', 'create'>

const organiserOf = async (caller: Caller, personId: string, deps: Deps) => {
  if (isStaff(caller.roles)) {
    const community = await deps.org.getCommunity(caller.communityId)
    return { personId, teamId: null, name: community?.name ?? '社区' }
  }
  const team = caller.captainTeams[0]
  if (!team) throw forbidden('only staff or a team captain organise activities')
  return { personId, teamId: team.id, name: team.name }
}

const checkAhead = (input: Input, now: Date) => {
  if (Date.parse(input.signUpDeadline) <= now.getTime()) {
    throw invalidInput('the sign-up deadline is past', [
      { path: ['signUpDeadline'], message: '报名截止时间应晚于现在' },
    ])
  }
}

export const createActivity = async (
  input: Input,
  caller: Caller,
  deps: Deps,
): Promise<ActionOutput<'activities', 'create'>> => {
  const personId = caller.personId
  if (!personId) throw forbidden('not a known person')
  const now = deps.now()
  checkAhead(input, now)
  const organiser = await organiserOf(caller, personId, deps)
  const title = await checkPublishedText(input.title, caller, deps, 'title')
  const description = input.description
    ? await checkPublishedText(input.description, caller, deps, 'description')
    : ''
  const startsAt = new Date(input.startsAt)
  const endsAt = new Date(input.endsAt)
  const doc: ActivityDoc = {
    _id: idFor('act', personId, input.clientRequestId),
    communityId: caller.communityId,
    title,
    description,
    startsAt,
    endsAt,
    place: input.place,
    capacity: input.capacity,
    signUpDeadline: new Date(input.signUpDeadline),
    hours: input.hours ?? serviceHoursOf(startsAt, endsAt),
    organiser,
    signedUp: 0,
    participants: [],
    checkInSecret: randomBytes(32).toString('hex'),
    createdAt: now,
  }
  await deps.writes.spend()
  const { doc: stored, created } = await deps.activities.insert(doc)
  if (!created) await deps.writes.refund()
  return activityView(stored, caller, null, now)
}
